import { parseColor } from './parseColor.js';
import type { Rgba } from './Rgba.js';

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
function luminance(c: Rgba): number {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/**
 * WCAG 2 contrast ratio (1 to 21) of `foreground` drawn over `background`. A translucent foreground
 * is composited over the background first; the background is taken as opaque. Undefined when either
 * colour does not parse.
 *
 * @example
 * contrastRatio('#000', '#fff'); // 21
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg || !bg) return undefined;
  const mix = (f: number, b: number): number => f * fg.a + b * (1 - fg.a);
  const top: Rgba = { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), a: 1 };
  const l1 = luminance(top);
  const l2 = luminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
