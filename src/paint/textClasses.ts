import { EXTENDED_PICTOGRAPHIC_SOURCES, firstSupportedSource } from './firstSupportedSource.js';

/**
 * Character classes used for line breaking (a small subset of UAX #14): ideographic text and emoji
 * may break on either side; some CJK punctuation must not start or end a line (kinsoku).
 */

const IDEOGRAPHIC =
  /^[\u1100-\u11FF\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
let pictographic: RegExp | undefined; // built at first use; stateless (no g/y flag), so shared
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]/u;

/** Closing punctuation and small kana that must not begin a line (JIS X 4051 / CSS line-break: normal). */
const NO_BREAK_BEFORE = new Set(Array.from('、。，．,.：；？！:;?!）」』】〕〉》〗〙〛｝］)]}ー〜ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…'));
/** Opening punctuation that must not end a line. */
const NO_BREAK_AFTER = new Set(Array.from('（「『【〔〈《〖〘〚｛［([{'));

/** Whether a grapheme is CJK (Han, kana, Hangul, CJK punctuation, full-width forms). */
export function isCjkGrapheme(g: string): boolean {
  return IDEOGRAPHIC.test(g);
}

/** Whether a grapheme is an emoji (pictographic or a flag). */
export function isEmojiGrapheme(g: string): boolean {
  pictographic ??= new RegExp(`^(?:${firstSupportedSource(...EXTENDED_PICTOGRAPHIC_SOURCES)})`, 'u');
  return pictographic.test(g) || REGIONAL_INDICATOR.test(g);
}

/** Whether a line may break on both sides of this grapheme (UAX #14 class ID, roughly). */
export function isBreakAnywhereGrapheme(g: string): boolean {
  return isCjkGrapheme(g) || isEmojiGrapheme(g);
}

/** Whether a grapheme must stay on the line of the grapheme before it. */
export function isNoBreakBefore(g: string): boolean {
  return NO_BREAK_BEFORE.has(g);
}

/** Whether a grapheme must stay on the line of the grapheme after it. */
export function isNoBreakAfter(g: string): boolean {
  return NO_BREAK_AFTER.has(g);
}

/** Whether a grapheme is a breakable space (not NBSP, which must not break). */
export function isBreakSpace(g: string): boolean {
  return g === ' ' || g === '\t';
}
