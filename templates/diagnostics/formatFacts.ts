/**
 * Small formatters of the device report: fixed words and units, so the same device always reads the
 * same and screenshots compare line by line.
 */
import type { GlobalPresence, MemberPresence } from '../../src/index.js';

/** A platform function's presence: `yes` on the host object, `global`, `no`, `throws`, `?` (not inspectable). */
export function memberWord(p: MemberPresence | 'unknown'): string {
  switch (p) {
    case 'api':
      return 'yes';
    case 'global':
      return 'global';
    case 'absent':
      return 'no';
    case 'throws':
      return 'throws';
    case 'unknown':
      return '?';
  }
}

/** A global's presence, as is (`present`, `absent`, `throws`). */
export function globalWord(p: GlobalPresence): string {
  return p;
}

/** Milliseconds with one decimal: `16.7 ms`. */
export function ms(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(1)} ms`;
}

/** A size in px: `750×1334`. */
export function size(width: number | undefined, height: number | undefined): string {
  return width === undefined || height === undefined ? '—' : `${fmt(width)}×${fmt(height)}`;
}

/** A coordinate or length, at most one decimal (`120`, `120.5`). */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Pairs joined the way every multi-part line reads: `a yes · b no`. */
export function pairs(entries: ReadonlyArray<readonly [string, string]>): string {
  return entries.map(([k, v]) => `${k} ${v}`).join(' · ');
}
