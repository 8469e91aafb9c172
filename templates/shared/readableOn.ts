import { parseColor } from '../../src/index.js';
import { MIN_BADGE_CONTRAST } from './constants.js';

function channel(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function luminance(color: string): number | undefined {
  const c = parseColor(color);
  if (!c) return undefined;
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/**
 * Picks, among theme colours, the first that reads on `background` (WCAG contrast ≥
 * {@link MIN_BADGE_CONTRAST}), else the one with the most contrast. Medal colours are theme tokens,
 * so the number on a medal must adapt: white on a light gold badge would vanish.
 */
export function readableOn(background: string, candidates: readonly string[]): string {
  const bg = luminance(background);
  let best = candidates[0] ?? background;
  let bestRatio = -1;
  if (bg === undefined) return best;
  for (const candidate of candidates) {
    const fg = luminance(candidate);
    if (fg === undefined) continue;
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio >= MIN_BADGE_CONTRAST) return candidate;
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = candidate;
    }
  }
  return best;
}
