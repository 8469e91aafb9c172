import { contrastRatio } from '../../src/index.js';
import { MIN_BADGE_CONTRAST } from './constants.js';

/**
 * Picks, among theme colours, the first that reads on `background` (WCAG contrast ≥
 * {@link MIN_BADGE_CONTRAST}), else the one with the most contrast. Medal colours are theme tokens,
 * so the number on a medal must adapt: white on a light gold badge would vanish.
 */
export function readableOn(background: string, candidates: readonly string[]): string {
  let best = candidates[0] ?? background;
  let bestRatio = -1;
  // An unparsable background cannot be judged: keep the first candidate.
  if (contrastRatio(background, background) === undefined) return best;
  for (const candidate of candidates) {
    const ratio = contrastRatio(candidate, background);
    if (ratio === undefined) continue;
    if (ratio >= MIN_BADGE_CONTRAST) return candidate;
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = candidate;
    }
  }
  return best;
}
