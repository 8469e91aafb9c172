import type { Rgba } from './Rgba.js';

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/** Serialises a colour: `#rrggbb` when opaque, else `rgba(r, g, b, a)` (channels clamped to range). */
export function toCssColor(color: Rgba): string {
  const a = Math.max(0, Math.min(1, color.a));
  if (a === 1) return `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;
  const channel = (n: number): number => Math.max(0, Math.min(255, Math.round(n)));
  return `rgba(${channel(color.r)}, ${channel(color.g)}, ${channel(color.b)}, ${Math.round(a * 1000) / 1000})`;
}
