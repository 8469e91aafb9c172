import {
  EXT_PICT,
  GCB_CONTROL,
  GCB_CR,
  GCB_EXTEND,
  GCB_L,
  GCB_LF,
  GCB_LV,
  GCB_LVT,
  GCB_MASK,
  GCB_OTHER,
  GCB_PREPEND,
  GCB_REGIONAL_INDICATOR,
  GCB_SPACING_MARK,
  GCB_T,
  GCB_V,
  GCB_ZWJ,
  INCB_CONSONANT,
  INCB_EXTEND,
  INCB_LINKER,
} from './graphemeBreakConstants.js';
import { graphemeBreakExceptions, graphemeBreakProperty, hostGraphemePropertyMatcher } from './graphemeBreakProperty.js';

/** GB11 state: nothing, `ExtPict Extend*`, or `ExtPict Extend* ZWJ` just before. */
const EMOJI_NONE = 0;
const EMOJI_PICTOGRAPH = 1;
const EMOJI_AFTER_ZWJ = 2;

/** GB9c state: nothing, `Consonant [Extend Linker]*` without a linker yet, or with one. */
const CONJUNCT_NONE = 0;
const CONJUNCT_CONSONANT = 1;
const CONJUNCT_LINKED = 2;

/**
 * Whether UAX #29 puts a boundary between a code point of property `before` and one of property
 * `after` (both from `graphemeBreakProperty`); `emoji` and `conjunct` describe the text before, and
 * `oddRegionalIndicators` whether an odd number of regional indicators ends it.
 */
function isBoundary(before: number, after: number, emoji: number, conjunct: number, oddRegionalIndicators: boolean): boolean {
  const a = before & GCB_MASK;
  const b = after & GCB_MASK;
  if (a === GCB_CR && b === GCB_LF) return false; // GB3
  if (a === GCB_CONTROL || a === GCB_CR || a === GCB_LF) return true; // GB4
  if (b === GCB_CONTROL || b === GCB_CR || b === GCB_LF) return true; // GB5
  if (a === GCB_L && (b === GCB_L || b === GCB_V || b === GCB_LV || b === GCB_LVT)) return false; // GB6
  if ((a === GCB_LV || a === GCB_V) && (b === GCB_V || b === GCB_T)) return false; // GB7
  if ((a === GCB_LVT || a === GCB_T) && b === GCB_T) return false; // GB8
  if (b === GCB_EXTEND || b === GCB_ZWJ || b === GCB_SPACING_MARK || a === GCB_PREPEND) return false; // GB9, GB9a, GB9b
  if ((after & INCB_CONSONANT) !== 0 && conjunct === CONJUNCT_LINKED) return false; // GB9c
  if ((after & EXT_PICT) !== 0 && emoji === EMOJI_AFTER_ZWJ) return false; // GB11
  if (a === GCB_REGIONAL_INDICATOR && b === GCB_REGIONAL_INDICATOR) return !oddRegionalIndicators; // GB12, GB13
  return true; // GB999
}

/**
 * Splits `text` into extended grapheme clusters by the rules of UAX #29 (GB1–GB999, with the Indic
 * conjunct rule GB9c), for hosts without `Intl.Segmenter`. Properties regexes expose come from the
 * host, so clusters follow its Unicode version; the rest come from a generated table.
 *
 * @example
 * splitGraphemesFallback('👨‍👩‍👧🇯🇵क्षि') // ['👨‍👩‍👧', '🇯🇵', 'क्षि']
 */
export function splitGraphemesFallback(text: string): string[] {
  const out: string[] = [];
  const match = hostGraphemePropertyMatcher();
  const exceptions = graphemeBreakExceptions();
  let start = 0; // of the current cluster
  let before = -1;
  let emoji = EMOJI_NONE;
  let conjunct = CONJUNCT_NONE;
  let regionalIndicators = 0; // in a row just before
  // Indexes and slices rather than a string iterator and concatenation: hosts without a JIT run
  // this loop interpreted.
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x20 && cp < 0x7f) {
      // Printable ASCII (GCB Other, no other property): a boundary before it unless after Prepend.
      if (before >= 0 && (before & GCB_MASK) !== GCB_PREPEND) {
        out.push(text.slice(start, i));
        start = i;
      }
      before = GCB_OTHER;
      emoji = EMOJI_NONE;
      conjunct = CONJUNCT_NONE;
      regionalIndicators = 0;
      i++;
      continue;
    }
    const next = cp > 0xffff ? i + 2 : i + 1;
    const after = graphemeBreakProperty(cp, cp < 0x80 ? '' : text.slice(i, next), match, exceptions);
    if (before >= 0 && isBoundary(before, after, emoji, conjunct, regionalIndicators % 2 === 1)) {
      out.push(text.slice(start, i));
      start = i;
    }
    const gcb = after & GCB_MASK;
    if ((after & EXT_PICT) !== 0) emoji = EMOJI_PICTOGRAPH;
    else if (emoji === EMOJI_PICTOGRAPH && gcb === GCB_ZWJ) emoji = EMOJI_AFTER_ZWJ;
    else if (emoji !== EMOJI_PICTOGRAPH || gcb !== GCB_EXTEND) emoji = EMOJI_NONE;
    if ((after & INCB_CONSONANT) !== 0) conjunct = CONJUNCT_CONSONANT;
    else if (conjunct !== CONJUNCT_NONE && (after & INCB_LINKER) !== 0) conjunct = CONJUNCT_LINKED;
    else if ((after & INCB_EXTEND) === 0) conjunct = CONJUNCT_NONE;
    regionalIndicators = gcb === GCB_REGIONAL_INDICATOR ? regionalIndicators + 1 : 0;
    before = after;
    i = next;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
