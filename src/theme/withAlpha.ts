import { parseColor } from './parseColor.js';
import type { Rgba } from './Rgba.js';
import { toCssColor } from './toCssColor.js';

/**
 * Returns `color` with its alpha replaced by `alpha` (clamped to 0-1), as a CSS string. A colour that
 * does not parse gives fully transparent black, so a bad token fades out instead of painting garbage.
 * A non-finite `alpha` keeps the colour's own alpha.
 *
 * @example
 * withAlpha('#161823', 0.3); // "rgba(22, 24, 35, 0.3)"
 */
export function withAlpha(color: string | Rgba, alpha: number): string {
  const parsed = typeof color === 'string' ? parseColor(color) : color;
  if (!parsed) return 'rgba(0, 0, 0, 0)';
  const a = Number.isFinite(alpha) ? Math.max(0, Math.min(1, alpha)) : parsed.a;
  return toCssColor({ r: parsed.r, g: parsed.g, b: parsed.b, a });
}
