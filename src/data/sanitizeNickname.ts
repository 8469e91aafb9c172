import { MAX_NICKNAME_CLUSTERS, MAX_NICKNAME_CODE_UNITS, MAX_RAW_NICKNAME_CODE_UNITS } from './constants.js';

/** Runs of whitespace (including line breaks and tabs, which are control characters) collapse to one space. */
const WHITESPACE_RUN = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Characters removed outright: C0/C1 controls, bidi embeddings/overrides/isolates (they can reorder
 * the rest of a row, a known spoofing trick), zero-width space, word joiner, BOM and interlinear
 * annotation marks. ZWNJ/ZWJ (U+200C/D) and variation selectors are kept: emoji and scripts need them.
 */
const REMOVED = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** A name made only of these is invisible, so it counts as no name. */
const INVISIBLE_ONLY = /^[\s\u200C\u200D\uFE00-\uFE0F\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\p{M}]*$/u;

/** Code points that attach to the previous one (never start a cluster). */
const EXTENDER = /^[\p{M}\u200C\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;

const ZWJ = '\u200D';

/**
 * Characters that cleaning never changes and that are visible: printable ASCII but the space, Latin-1
 * and Latin Extended-A/B letters and signs (not U+00A0), kana (not the combining sound marks
 * U+3099/U+309A), CJK ideographs and Hangul syllables. None is whitespace, removed, a surrogate or a
 * mark, so a name made of runs of them separated by single spaces is already clean.
 */
const PLAIN = '!-~\u00A1-\u024F\u3040-\u3098\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3';

/** A name cleaning returns unchanged (checked up to {@link MAX_NICKNAME_CLUSTERS} units): one regex test instead of five passes. */
const ALREADY_CLEAN = new RegExp(`^[${PLAIN}]+(?: [${PLAIN}]+)*$`);

/** Any UTF-16 surrogate: only a string holding one needs the lone-surrogate pass. */
const SURROGATE = /[\uD800-\uDFFF]/;

function isRegionalIndicator(cp: string): boolean {
  const c = cp.codePointAt(0) ?? 0;
  return c >= 0x1f1e6 && c <= 0x1f1ff;
}

/** Drops unpaired UTF-16 surrogates, which canvases render as replacement boxes. */
function dropLoneSurrogates(text: string): string {
  // Clean runs are copied whole: a name whose pairs are all complete (emoji) comes back as it is.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * Keeps at most `maxClusters` grapheme-ish clusters and `maxUnits` code units. A cluster is a code
 * point plus following marks, variation selectors, skin-tone modifiers, tags and ZWJ-joined code
 * points; regional indicators pair into flags. Cuts therefore never split a surrogate pair or an emoji.
 * When `cutShort` (the input was already cut), the last cluster may be missing its tail and is dropped.
 */
function capClusters(text: string, maxClusters: number, maxUnits: number, cutShort: boolean): string {
  let out = '';
  let cluster = '';
  let clusters = 0;
  let joinNext = false;
  let openFlag = false;
  for (const cp of text) {
    const attaches = cluster !== '' && (joinNext || EXTENDER.test(cp) || (openFlag && isRegionalIndicator(cp)));
    if (!attaches) {
      if (cluster !== '') {
        if (out.length + cluster.length > maxUnits) return out;
        out += cluster;
      }
      if (clusters === maxClusters) return out;
      clusters++;
      cluster = cp;
      openFlag = isRegionalIndicator(cp);
    } else {
      cluster += cp;
      if (isRegionalIndicator(cp)) openFlag = false;
    }
    joinNext = cp === ZWJ;
  }
  if (cluster !== '' && !cutShort && out.length + cluster.length <= maxUnits) out += cluster;
  return out;
}

/**
 * Cleans a nickname for display: strings only, whitespace collapsed and trimmed, control and bidi
 * characters removed, capped at {@link MAX_NICKNAME_CLUSTERS} clusters. Returns '' when nothing
 * visible is left (the caller then shows a placeholder). The work is bounded first: only the first
 * {@link MAX_RAW_NICKNAME_CODE_UNITS} code units are read, so a megabyte name costs no more than that.
 */
export function sanitizeNickname(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') return '';
  // The common case (10,000 names at a time): nothing to clean, nothing to cap.
  if (raw.length <= MAX_NICKNAME_CLUSTERS && raw.length <= MAX_NICKNAME_CODE_UNITS && ALREADY_CLEAN.test(raw)) return raw;
  return cleanNickname(raw);
}

/** @internal The full cleaning of {@link sanitizeNickname}, without its fast path (tests compare both). */
export function cleanNickname(raw: string): string {
  if (raw === '') return '';
  const cutShort = raw.length > MAX_RAW_NICKNAME_CODE_UNITS;
  let text = cutShort ? raw.slice(0, MAX_RAW_NICKNAME_CODE_UNITS) : raw;
  text = text.replace(WHITESPACE_RUN, ' ').replace(REMOVED, '');
  // A cut between the halves of a surrogate pair leaves a lone high surrogate: dropped here too.
  if (SURROGATE.test(text)) text = dropLoneSurrogates(text);
  text = text.trim();
  if (INVISIBLE_ONLY.test(text)) return '';
  // A name of at most MAX_NICKNAME_CLUSTERS code units has at most that many clusters: nothing to cap
  // (the common case; walking clusters costs a regex test per code point, 10,000 names at a time).
  if (!cutShort && text.length <= MAX_NICKNAME_CLUSTERS && text.length <= MAX_NICKNAME_CODE_UNITS) return text;
  text = capClusters(text, MAX_NICKNAME_CLUSTERS, MAX_NICKNAME_CODE_UNITS, cutShort).trim();
  return INVISIBLE_ONLY.test(text) ? '' : text;
}
