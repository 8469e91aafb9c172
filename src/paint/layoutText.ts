import { DEFAULT_ELLIPSIS } from './constants.js';
import { ellipsizeLine } from './ellipsize.js';
import type { GraphemeSplitter } from './splitGraphemes.js';
import { splitGraphemes } from './splitGraphemes.js';
import type { TextMeasure } from './TextMeasure.js';
import { trimTrailingSpace } from './trimTrailingSpace.js';
import { wrapParagraph } from './wrapParagraph.js';

/** Options of {@link layoutText}. */
export interface TextLayoutOptions {
  /** Line width in px; `<= 0` or NaN gives no lines. `Infinity` never wraps. */
  maxWidth: number;
  /** Most lines to produce; `0` or `undefined` is unlimited. */
  maxLines?: number;
  /** Appended to the last shown line when text is cut; default `…`. */
  ellipsis?: string;
  /** Break lines to fit `maxWidth` (default `true`); when `false`, each paragraph is one ellipsized line. */
  wrap?: boolean;
  /** Grapheme splitter override (tests force the `Intl.Segmenter`-free fallback through it). */
  splitGraphemes?: GraphemeSplitter;
}

/** The lines of a laid-out text. */
export interface TextLayout {
  /** The lines to draw, top to bottom, without trailing spaces. */
  lines: string[];
  /** Width of the widest line in px. */
  width: number;
  /** Whether text was cut (lines dropped or ellipsized). */
  truncated: boolean;
}

/**
 * Breaks `text` into lines of at most `maxWidth` px measured with `font`: at spaces for words,
 * anywhere around CJK and emoji, at every `\n`; a word wider than a line breaks between graphemes.
 * When `maxLines` cuts the text, the last line ends with the ellipsis, fitted by measured width and
 * never splitting a grapheme. Right-to-left runs are kept in logical order (no bidi reordering).
 *
 * @example
 * const { lines } = layoutText(measurer, 'Hello world', '14px sans-serif', { maxWidth: 60, maxLines: 2 });
 */
export function layoutText(measurer: TextMeasure, text: string, font: string, options: TextLayoutOptions): TextLayout {
  if (typeof text !== 'string') throw new TypeError('layoutText: text must be a string');
  const { maxWidth, maxLines = 0, ellipsis = DEFAULT_ELLIPSIS, wrap = true } = options;
  if (typeof maxLines !== 'number' || Number.isNaN(maxLines) || maxLines < 0) {
    throw new RangeError(`layoutText: maxLines must be >= 0, got ${String(maxLines)}`);
  }
  if (typeof ellipsis !== 'string') throw new TypeError('layoutText: ellipsis must be a string');
  const split = options.splitGraphemes ?? splitGraphemes;
  // A trailing newline would only add an empty last line.
  const body = text.replace(/(?:\r\n|\r|\n)+$/, '');
  if (body === '') return { lines: [], width: 0, truncated: false };
  if (!(maxWidth > 0)) return { lines: [], width: 0, truncated: true };

  const limit = maxLines > 0 ? Math.floor(maxLines) || 1 : Infinity;
  const paragraphs = body.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  let truncated = false;
  let cut = false; // text continues past the last line
  let lastSource = ''; // the last line before any ellipsis, so it is never ellipsized twice
  for (const paragraph of paragraphs) {
    if (lines.length >= limit) {
      cut = true;
      break;
    }
    if (wrap) {
      const wrapped = wrapParagraph(measurer, font, paragraph, maxWidth, limit - lines.length, split);
      lines.push(...wrapped.lines);
      lastSource = wrapped.lines[wrapped.lines.length - 1] ?? '';
      if (wrapped.more) {
        cut = true;
        break;
      }
    } else {
      const line = trimTrailingSpace(paragraph);
      const fitted = ellipsizeLine(measurer, font, line, maxWidth, ellipsis, false, split);
      if (fitted !== line) truncated = true;
      lines.push(fitted);
      lastSource = line;
    }
  }
  if (cut) {
    truncated = true;
    lines.pop();
    lines.push(ellipsizeLine(measurer, font, lastSource, maxWidth, ellipsis, true, split));
  }
  let width = 0;
  for (const line of lines) width = Math.max(width, measurer.measure(font, line));
  return { lines, width, truncated };
}
