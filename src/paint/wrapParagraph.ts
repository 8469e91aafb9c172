import type { GraphemeSplitter } from './splitGraphemes.js';
import type { TextMeasure } from './TextMeasure.js';
import { tokenizeForWrap } from './tokenizeForWrap.js';
import type { WrapToken } from './tokenizeForWrap.js';
import { trimTrailingSpace } from './trimTrailingSpace.js';

/** Lines of one paragraph, and whether text was left over because `room` lines were filled. */
export interface WrappedParagraph {
  lines: string[];
  more: boolean;
  /** UTF-16 offset in the paragraph where the last line starts (a truncated last line continues from it). */
  lastStart: number;
}

/** The longest grapheme prefix (at least one grapheme) whose measured width fits `maxWidth`. */
function fitPrefix(measurer: TextMeasure, font: string, graphemes: readonly string[], maxWidth: number): number {
  let lo = 1;
  let hi = graphemes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measurer.measure(font, graphemes.slice(0, mid).join('')) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Greedy line breaking of one paragraph (no newlines) into at most `room` lines of `maxWidth` px.
 * Token widths are summed to pick a break (each token is measured once and cached), then every
 * line is measured whole, and tokens are moved to the next line if kerning made it too wide.
 */
export function wrapParagraph(
  measurer: TextMeasure,
  font: string,
  paragraph: string,
  maxWidth: number,
  room: number,
  split: GraphemeSplitter,
): WrappedParagraph {
  const whole = trimTrailingSpace(paragraph);
  // Most texts (names, scores) fit on one line: one measurement, no tokenizing.
  if (measurer.measure(font, whole) <= maxWidth) return { lines: [whole], more: false, lastStart: 0 };

  const tokens: WrapToken[] = tokenizeForWrap(split(paragraph));
  const lines: string[] = [];
  let line: WrapToken[] = [];
  let sum = 0;
  let i = 0;
  // Offsets into the paragraph: tokens (and split word parts) concatenate back to it exactly.
  let consumed = 0;
  let lastStart = 0;

  const finishLine = (): void => {
    let raw = line.map((t) => t.core + t.space).join('');
    let text = trimTrailingSpace(raw);
    while (line.length > 1 && measurer.measure(font, text) > maxWidth) {
      line.pop();
      i--;
      raw = line.map((t) => t.core + t.space).join('');
      text = trimTrailingSpace(raw);
    }
    lastStart = consumed;
    consumed += raw.length;
    lines.push(text);
    line = [];
    sum = 0;
  };

  while (i < tokens.length || line.length > 0) {
    const token = tokens[i];
    if (token === undefined) {
      finishLine();
      if (i < tokens.length && lines.length >= room) return { lines, more: true, lastStart };
      continue;
    }
    const coreWidth = measurer.measure(font, token.core);
    if (line.length > 0 && sum + coreWidth > maxWidth) {
      finishLine();
      if (lines.length >= room) return { lines, more: true, lastStart };
      continue;
    }
    if (line.length === 0 && coreWidth > maxWidth) {
      const graphemes = split(token.core);
      if (graphemes.length > 1) {
        // A word wider than the line breaks between graphemes (CSS overflow-wrap: anywhere).
        const k = fitPrefix(measurer, font, graphemes, maxWidth);
        if (k < graphemes.length) {
          const head = graphemes.slice(0, k).join('');
          lastStart = consumed;
          consumed += head.length;
          lines.push(head);
          tokens[i] = { core: token.core.slice(head.length), space: token.space };
          if (lines.length >= room) return { lines, more: true, lastStart };
          continue;
        }
      }
      // A single grapheme wider than the line overflows: it has to go somewhere.
    }
    line.push(token);
    sum += coreWidth + measurer.measure(font, token.space);
    i++;
  }
  return { lines, more: false, lastStart };
}
