import { splitGraphemesFallback } from './splitGraphemesFallback.js';

/** A function that splits text into user-perceived characters (grapheme clusters). */
export type GraphemeSplitter = (text: string) => string[];

interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

/** Not yet looked for; `null` once looked for and not usable. */
let segmenter: GraphemeSegmenter | null | undefined;

/**
 * The host's grapheme `Intl.Segmenter`, created at first use rather than at load (building one
 * loads ICU break rules: 18% of boot samples when it was eager). Kept once per process afterwards:
 * a Segmenter holds no per-call state (each `segment()` returns a fresh iterable), and grapheme
 * clusters do not depend on the locale, so two apps sharing it cannot see each other.
 */
function hostSegmenter(): GraphemeSegmenter | null {
  if (segmenter === undefined) {
    segmenter = null;
    // Missing on older JavaScriptCore/V8 builds some hosts ship, and a host whose Intl lacks locale
    // data may throw on construction: both use the fallback.
    try {
      if (typeof Intl === 'object' && Intl !== null && typeof Intl.Segmenter === 'function') {
        segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      }
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/**
 * Whether {@link splitGraphemes} uses the host's `Intl.Segmenter` (false when it is missing or
 * throws on construction). The first call creates the segmenter.
 */
export function hasIntlSegmenter(): boolean {
  return hostSegmenter() !== null;
}

/**
 * Splits `text` into grapheme clusters: `Intl.Segmenter` when the host has a working one, else
 * {@link splitGraphemesFallback} (UAX #29). Pass `{ fallback: true }` to force the fallback.
 *
 * @example
 * splitGraphemes('a👨‍👩‍👧🇯🇵') // ['a', '👨‍👩‍👧', '🇯🇵']
 */
export function splitGraphemes(text: string, options?: { fallback?: boolean }): string[] {
  if (text === '') return [];
  const simple = splitSimple(text);
  if (simple !== undefined) return simple;
  const s = options?.fallback === true ? null : hostSegmenter();
  if (s === null) return splitGraphemesFallback(text);
  const out: string[] = [];
  for (const part of s.segment(text)) out.push(part.segment);
  return out;
}

/**
 * The common case without a segmenter: text whose every UTF-16 unit is below U+0300 (Latin, no
 * combining marks), a CJK unified ideograph, kana (not the combining voiced marks) or a Hangul
 * syllable has Grapheme_Cluster_Break `Other` or `Control` on every unit (UAX #29), so each unit is its
 * own cluster except CR LF. Returns undefined for anything else. Saves building an `Intl.Segmenter`
 * (it loads ICU break rules: ~18 ms on the first row of a cold open) for most names.
 */
function splitSimple(text: string): string[] | undefined {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!(c < 0x300 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0xac00 && c <= 0xd7a3))) {
      return undefined;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      out.push('\r\n');
      i++;
    } else {
      out.push(text[i]!);
    }
  }
  return out;
}
