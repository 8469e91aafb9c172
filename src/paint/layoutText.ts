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
 * When `maxLines` cuts the text, the last line holds as many graphemes of the remaining text as fit
 * before the ellipsis (by measured width, never splitting a grapheme, trailing spaces trimmed).
 * Right-to-left runs are kept in logical order (no bidi reordering).
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
  // When cut, the last line is refitted from the text that continues at its start, so a line
  // that wrapped early (e.g. before a long word) still shows as much as fits before the ellipsis.
  let rest = '';
  let forceEllipsis = true; // whether text follows `rest`
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] ?? '';
    if (lines.length >= limit) {
      cut = true;
      break;
    }
    if (wrap && limit - lines.length > 1) {
      const wrapped = wrapParagraph(measurer, font, paragraph, maxWidth, limit - lines.length, split);
      lines.push(...wrapped.lines);
      rest = trimTrailingSpace(paragraph.slice(wrapped.lastStart));
      if (wrapped.more) {
        cut = true;
        forceEllipsis = p < paragraphs.length - 1;
        break;
      }
    } else {
      // One line left (or no wrapping): the line is the whole paragraph, ellipsized; wrapping it
      // first would only cost measurements and then cut it at a word instead of a grapheme.
      rest = trimTrailingSpace(paragraph);
      let fitted = ellipsizeLine(measurer, font, rest, maxWidth, ellipsis, false, split);
      // When wrapping, a lone grapheme wider than the line overflows rather than vanish.
      if (wrap && fitted !== rest && split(rest).length === 1) fitted = rest;
      if (fitted !== rest) truncated = true;
      lines.push(fitted);
    }
  }
  if (cut) {
    lines.pop();
    const last = ellipsizeLine(measurer, font, rest, maxWidth, ellipsis, forceEllipsis, split);
    if (forceEllipsis || last !== rest) truncated = true;
    lines.push(last);
  }
  let width = 0;
  for (const line of lines) width = Math.max(width, measurer.measure(font, line));
  return { lines, width, truncated };
}
