import type { MetricUnit } from './metrics.js';
import type { Spread } from './stats.js';

/** A figure with precision that suits its size: 0.123, 1.23, 12.3, 123. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a < 1) return v.toFixed(3);
  if (a < 10) return v.toFixed(2);
  if (a < 100) return v.toFixed(1);
  return v.toFixed(0);
}

/** One table cell: `median (min–max)`, or a single value when every run agreed. */
export function formatCell(s: Spread | undefined, unit: MetricUnit): string {
  if (s === undefined || s.n === 0) return 'n/a';
  const f = unit === 'count' ? (v: number): string => String(Math.round(v)) : formatNumber;
  if (s.min === s.max) return f(s.median);
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** Unit suffix shown in the metric column. */
export function unitLabel(unit: MetricUnit): string {
  return unit === 'count' ? '' : unit === 'us' ? ' (µs)' : unit === 'ratio' ? ' (×)' : ` (${unit})`;
}
