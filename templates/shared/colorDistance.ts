import { parseColor } from '../../src/index.js';

/** sRGB channel (0-255) to linear light (0-1). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The CIE Lab f() companding of an XYZ ratio. */
function lab(t: number): number {
  return t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116;
}

/** CIE L*a*b* (D65) of an sRGB colour given as 0-255 channels. */
function toLab(r: number, g: number, b: number): [number, number, number] {
  const R = linear(r);
  const G = linear(g);
  const B = linear(b);
  // sRGB → XYZ (D65), each divided by the white point's.
  const x = lab((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = lab(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = lab((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/**
 * How different two opaque colours look: CIE76 ΔE in L*a*b* (about 2.3 is a just-noticeable
 * difference; 10+ reads as "another colour" at a glance). Alpha is ignored. Infinity when either
 * colour does not parse (so an unknown colour is never taken as "the same").
 */
export function colorDistance(a: string, b: string): number {
  const p = parseColor(a);
  const q = parseColor(b);
  if (!p || !q) return Infinity;
  const [l1, a1, b1] = toLab(p.r, p.g, p.b);
  const [l2, a2, b2] = toLab(q.r, q.g, q.b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
