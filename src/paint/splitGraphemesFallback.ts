/**
 * Code points that never start a cluster (UAX #29 GB9/GB9a, simplified): combining and spacing
 * marks (variation selectors and the keycap U+20E3 are marks too), ZWNJ/ZWJ, emoji skin-tone
 * modifiers, tag characters (subdivision flags) and Hangul medial/final jamo.
 */
const EXTEND = /^(?:\p{M}|[\u200C\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u1160-\u11FF\uD7B0-\uD7FF])$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const ZWJ = '\u200D';

/**
 * Splits `text` into grapheme clusters without `Intl.Segmenter`: keeps surrogate pairs, combining
 * marks, ZWJ emoji sequences, variation selectors, skin tones, flag pairs, tag flags, keycaps and
 * CRLF together. An approximation of UAX #29 for hosts that lack the segmenter.
 */
export function splitGraphemesFallback(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let riRun = 0; // regional indicators in the current cluster (flags pair them two by two)
  let afterZwj = false;
  let prev = '';
  for (const cp of text) {
    let join = false;
    if (current !== '') {
      if (prev === '\r' && cp === '\n') join = true;
      else if (prev === '\r' || prev === '\n') join = false;
      else if (EXTEND.test(cp)) join = true;
      else if (afterZwj && PICTOGRAPHIC.test(cp)) join = true;
      else if (riRun === 1 && REGIONAL_INDICATOR.test(cp)) join = true;
    }
    if (join) {
      current += cp;
    } else {
      if (current !== '') out.push(current);
      current = cp;
      riRun = 0;
    }
    if (REGIONAL_INDICATOR.test(cp)) riRun++;
    afterZwj = cp === ZWJ;
    prev = cp;
  }
  if (current !== '') out.push(current);
  return out;
}
