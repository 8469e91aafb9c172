import { parseColor } from '../../src/index.js';

/**
 * Blends `amount` (0-1, times `fg`'s own alpha) of `fg` over `bg` into one opaque colour. Derived
 * tints stay opaque so shapes drawn in them can cut out of shapes drawn in `fg` (a translucent tint
 * would let the shape behind show through). A colour that does not parse gives `bg` unchanged.
 */
export function mixColor(fg: string, bg: string, amount: number): string {
  const f = parseColor(fg);
  const b = parseColor(bg);
  if (!f || !b) return bg;
  const k = Math.max(0, Math.min(1, amount)) * f.a;
  const channel = (x: number, y: number): number => Math.round(x * k + y * (1 - k));
  return `rgb(${channel(f.r, b.r)}, ${channel(f.g, b.g)}, ${channel(f.b, b.b)})`;
}
