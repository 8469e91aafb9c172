import { GRAPHEME_BREAK_EXCEPTION_GROUPS } from './graphemeBreakData.js';
import { EXTENDED_PICTOGRAPHIC_SOURCES, firstSupportedSource } from './firstSupportedSource.js';
import {
  EXT_PICT,
  GCB_CONTROL,
  GCB_CR,
  GCB_EXTEND,
  GCB_LF,
  GCB_LV,
  GCB_LVT,
  GCB_OTHER,
  GCB_REGIONAL_INDICATOR,
  GCB_SPACING_MARK,
  INCB_EXTEND,
} from './graphemeBreakConstants.js';

/**
 * Which of the properties the derivation reads a code point (a one-code-point string) has, the first
 * that matches in this order: 1 Grapheme_Extend or Emoji_Modifier, 2 General_Category = Spacing_Mark,
 * 3 a control (General_Category Cc, Cf, Zl or Zp, or unassigned and Default_Ignorable_Code_Point),
 * 4 Extended_Pictographic; 0 for none of them.
 */
export type GraphemePropertyMatcher = (ch: string) => number;

/** The derived property for each {@link GraphemePropertyMatcher} answer. */
const DERIVED: readonly number[] = [GCB_OTHER, GCB_EXTEND | INCB_EXTEND, GCB_SPACING_MARK, GCB_CONTROL, EXT_PICT];

let hostMatcher: GraphemePropertyMatcher | undefined;

/**
 * The host's {@link GraphemePropertyMatcher}: one RegExp, one group per property, so a code point
 * costs one match. Built at first use, not at load (compiling property classes costs boot time),
 * and kept once per process: a RegExp without the `g`/`y` flags keeps no state between matches, and
 * every app would build the same one.
 */
export function hostGraphemePropertyMatcher(): GraphemePropertyMatcher {
  if (hostMatcher === undefined) {
    // The fallbacks always compile alone; should even their union be refused, nothing matches (no property).
    const re = propertyRegExp(false) ?? propertyRegExp(true) ?? /(?!)/u;
    hostMatcher = (ch) => {
      const m = re.exec(ch);
      if (m === null) return 0;
      let i = 1;
      while (i < 4 && m[i] === undefined) i++;
      return i;
    };
  }
  return hostMatcher;
}

/**
 * The matcher's RegExp: with `fallbacks` false, the preferred source of each group, compiled once (a
 * current host knows every property: no probing); undefined when the host refuses it. With `fallbacks`,
 * each group is the first source this host compiles (`firstSupportedSource`), which always compiles.
 */
function propertyRegExp(fallbacks: boolean): RegExp | undefined {
  const groups: (readonly string[])[] = [
    ['[\\p{Grapheme_Extend}\\p{Emoji_Modifier}]', '\\p{M}'],
    ['\\p{Mc}'],
    // Cn ∩ Default_Ignorable_Code_Point as the ranges reserved for it (a lookahead on \p{Cn} is
    // slow in regex interpreters); those ranges' assigned characters are extenders or Cf anyway.
    ['[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\u2065\\uFFF0-\\uFFF8\\u{E0000}-\\u{E0FFF}]', '[\\0-\\x1F\\x7F-\\x9F]'],
    EXTENDED_PICTOGRAPHIC_SOURCES,
  ];
  const source = groups.map((g) => `(${fallbacks ? firstSupportedSource(...g) : g[0]!})`).join('|');
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

let hostExceptions: readonly number[] | undefined;

/**
 * {@link GRAPHEME_BREAK_EXCEPTION_GROUPS} as sorted `[first, last, property]` triples, decoded at
 * first use and kept once per process (never mutated, the same for every app).
 */
export function graphemeBreakExceptions(): readonly number[] {
  if (hostExceptions === undefined) {
    const triples: number[][] = [];
    for (const [property, encoded] of GRAPHEME_BREAK_EXCEPTION_GROUPS) {
      let next = 0;
      for (const range of encoded.split(' ')) {
        const [gap, length] = range.split(',');
        const first = next + parseInt(gap!, 36);
        next = first + (length === undefined ? 0 : parseInt(length, 36)) + 1;
        triples.push([first, next - 1, property]);
      }
    }
    triples.sort((a, b) => a[0]! - b[0]!);
    const flat: number[] = [];
    for (const t of triples) flat.push(...t);
    hostExceptions = flat;
  }
  return hostExceptions;
}

/** Finds `cp` in sorted `[start, end, value]` triples (ends inclusive); -1 when absent. */
function lookUp(ranges: readonly number[], cp: number): number {
  let lo = 0;
  let hi = ranges.length / 3 - 1;
  // Most code points lie outside the table's span (Latin, Cyrillic, emoji): skip the search.
  if (hi < 0 || cp < ranges[0]! || cp > ranges[hi * 3 + 1]!) return -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 3]!) hi = mid - 1;
    else if (cp > ranges[mid * 3 + 1]!) lo = mid + 1;
    else return ranges[mid * 3 + 2]!;
  }
  return -1;
}

/**
 * The grapheme property of one code point (`ch` is the code point as a string, unread below U+0080): a
 * Grapheme_Cluster_Break value (`GCB_MASK`) plus {@link EXT_PICT} and Indic_Conjunct_Break
 * bits. Derived from properties regexes expose (so it follows the host's Unicode version) where
 * UAX #29 defines Grapheme_Cluster_Break through them; `exceptions` ({@link graphemeBreakExceptions})
 * holds every code point where that derivation is not the answer
 * (Prepend, jamo, SpacingMark exceptions, Indic conjunct consonants and linkers, ZWJ…).
 */
export function graphemeBreakProperty(cp: number, ch: string, match: GraphemePropertyMatcher, exceptions: readonly number[]): number {
  if (cp < 0x80) return cp === 0x0d ? GCB_CR : cp === 0x0a ? GCB_LF : cp < 0x20 || cp === 0x7f ? GCB_CONTROL : GCB_OTHER;
  // Fast paths for the commonest letters in names: Latin with diacritics, kana, CJK ideographs and
  // Hangul syllables (scripts/generateGraphemeData.mjs checks them against the Unicode data).
  if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x4e00 && cp <= 0x9fff)) return GCB_OTHER;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? GCB_LV : GCB_LVT;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return GCB_REGIONAL_INDICATOR;
  const listed = lookUp(exceptions, cp);
  if (listed >= 0) return listed;
  return DERIVED[match(ch)]!;
}
