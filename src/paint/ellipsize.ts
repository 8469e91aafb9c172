import { DEFAULT_ELLIPSIS } from './constants.js';
import type { GraphemeSplitter } from './splitGraphemes.js';
import { splitGraphemes } from './splitGraphemes.js';
import type { TextMeasure } from './TextMeasure.js';
import { trimTrailingSpace } from './trimTrailingSpace.js';

/**
 * Cuts `line` at a grapheme boundary so that it plus `ellipsis` fits `maxWidth` px, by binary search
 * over measured prefixes (O(log n) measurements). With `force`, the ellipsis is added even when the
 * whole line fits (the text continues on a line that is not shown). Returns '' when not even the
 * ellipsis fits. Internal to the paint module.
 */
export function ellipsizeLine(
  measurer: TextMeasure,
  font: string,
  line: string,
  maxWidth: number,
  ellipsis: string,
  force: boolean,
  split: GraphemeSplitter,
): string {
  if (!force && measurer.measure(font, line) <= maxWidth) return line;
  if (measurer.measure(font, ellipsis) > maxWidth) return '';
  const graphemes = split(line);
  const ends: number[] = [0];
  let offset = 0;
  for (const g of graphemes) {
    offset += g.length;
    ends.push(offset);
  }
  const candidate = (k: number): string => trimTrailingSpace(line.slice(0, ends[k] ?? 0)) + ellipsis;
  // Prefix widths grow with k, so the longest fitting prefix is found by bisection; k = 0 always fits.
  let lo = 0;
  let hi = force ? graphemes.length : Math.max(0, graphemes.length - 1);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measurer.measure(font, candidate(mid)) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return candidate(lo);
}

/**
 * Fits one line of `text` into `maxWidth` px, replacing the cut-off end with `ellipsis` (default `…`)
 * without ever splitting a grapheme (emoji, flags, CJK stay whole). Only the first line of a
 * multi-line text is kept (then always ending in the ellipsis).
 *
 * @example
 * ellipsize(measurer, 'Alexandra Johnson', '14px sans-serif', 80) // 'Alexandra J…'
 */
export function ellipsize(
  measurer: TextMeasure,
  text: string,
  font: string,
  maxWidth: number,
  ellipsis: string = DEFAULT_ELLIPSIS,
  split: GraphemeSplitter = splitGraphemes,
): string {
  if (typeof text !== 'string') throw new TypeError('ellipsize: text must be a string');
  if (!(maxWidth > 0)) return '';
  const breakAt = text.search(/\r\n|\r|\n/);
  const first = trimTrailingSpace(breakAt === -1 ? text : text.slice(0, breakAt));
  const more = breakAt !== -1 && trimTrailingSpace(text.slice(breakAt)) !== '';
  return ellipsizeLine(measurer, font, first, maxWidth, ellipsis, more, split);
}
