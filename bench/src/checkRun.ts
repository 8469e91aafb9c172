import type { BundleResult } from './bundleCase.js';
import type { EngineResult } from './engineCase.js';

/** Least share of the canvas the first list frame must paint to count as "the panel drew". */
const MIN_PAINTED_FRACTION = 0.5;

/**
 * Sanity checks that each case did what it claims (the panel drew, the drag scrolled, every score
 * was drawn, every tap shared inside the input); returns one message per failure, no friend data.
 */
export function checkRun(result: BundleResult | EngineResult): string[] {
  const at = `N=${result.n} @${result.pr}x`;
  const problems: string[] = [];
  if (result.kind === 'bundle') {
    if (!(result.firstFramePainted >= MIN_PAINTED_FRACTION)) {
      problems.push(`${at}: the first list frame painted only ${(result.firstFramePainted * 100).toFixed(0)}% of the canvas`);
    }
    if (result.warnings > 0) problems.push(`${at}: the bundle printed ${result.warnings} warning(s)`);
    if (result.avatarsRequested === 0) problems.push(`${at}: no avatar was requested`);
    if (!Number.isFinite(result.dataMs)) problems.push(`${at}: no friend-data answer was handled before the first list frame`);
  } else {
    if (!(result.scroll.scrolledPx > 0)) problems.push(`${at}: the drag did not scroll the list`);
    if (result.scoreWithoutFrame > 0) problems.push(`${at}: ${result.scoreWithoutFrame} score update(s) drew no frame`);
    if (result.taps === 0 || result.sharesInInput !== result.taps) {
      problems.push(`${at}: ${result.sharesInInput} of ${result.taps} taps called shareToUser inside the input`);
    }
  }
  return problems;
}
