import { isCjkGrapheme, isEmojiGrapheme, splitGraphemes } from '../paint/index.js';
import { AVATAR_FOREGROUND, AVATAR_PALETTE, AVATAR_UNKNOWN_INITIALS, INITIALS_SPLIT } from './constants.js';

/** A generated avatar: background and text colours (CSS hex) and the initials to draw. */
export interface PlaceholderAvatar {
  background: string;
  foreground: string;
  initials: string;
}

/** FNV-1a over UTF-16 code units: tiny, stable across hosts, well spread for short ids. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A CJK ideograph, kana (not the combining sound marks) or Hangul syllable: a letter, its own grapheme. */
function isPlainCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0xac00 && c <= 0xd7a3);
}

/**
 * A letter or digit most names start with, one unit and one grapheme on its own: ASCII letters and
 * digits, the Latin-1 and Latin Extended-A/B letters, the basic Greek and Cyrillic letters, and the
 * {@link isPlainCjk} letters.
 */
function isPlainLetter(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x391 && c <= 0x3c9 && c !== 0x3a2 && (c <= 0x3a9 || c >= 0x3b1)) ||
    (c >= 0x410 && c <= 0x44f) ||
    isPlainCjk(c)
  );
}

/**
 * The common names' initial without splitting graphemes or Unicode-property regexes (building those
 * costs milliseconds on a cold open): the first unit when it is a {@link isPlainLetter} and the next
 * unit cannot extend it (below U+0300 or another plain letter: no mark, joiner or selector). Undefined:
 * the full path decides.
 */
function plainInitial(word: string): string | undefined {
  // Leading ASCII punctuation ("<b>", "(bob)") is skipped as the full path skips it, when nothing extends it.
  let i = 0;
  while (i < word.length - 1 && isAsciiPunctuation(word.charCodeAt(i)) && word.charCodeAt(i + 1) < 0x300) i++;
  if (!isPlainLetter(word.charCodeAt(i))) return undefined;
  const next = word.charCodeAt(i + 1);
  return i === word.length - 1 || next < 0x300 || isPlainLetter(next) ? word.charAt(i) : undefined;
}

/** Printable ASCII that is neither a letter, a digit nor a space: no emoji without a selector after it. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** Whether an initial stands alone (a CJK character reads as one; an emoji is a picture on its own). */
function standsAlone(g: string, fast: boolean): boolean {
  if (fast && g.length === 1 && isPlainLetter(g.charCodeAt(0))) return isPlainCjk(g.charCodeAt(0));
  return g.charCodeAt(0) >= 0x80 && (isCjkGrapheme(g) || isEmojiGrapheme(g));
}

/** The first grapheme of a word that can stand for it (letter, digit, CJK or emoji), if any. */
function initialOf(word: string, fast: boolean): string | undefined {
  const plain = fast ? plainInitial(word) : undefined;
  if (plain !== undefined) return plain;
  for (const g of splitGraphemes(word, INITIALS_SPLIT)) {
    if (isEmojiGrapheme(g) || LETTER_OR_DIGIT.test(g)) return g;
  }
  return undefined;
}

function upper(g: string, fast: boolean): string {
  const u = g.toUpperCase();
  // One plain letter upper-cased to one unit is one grapheme: no need to split it.
  if (fast && u.length === 1 && g.length === 1 && isPlainLetter(g.charCodeAt(0))) return u;
  // 'ß' upper-cases to 'SS': keep one grapheme rather than show two letters for one.
  return splitGraphemes(u, INITIALS_SPLIT).length === 1 ? u : g;
}

/** Code units of a word looked at for its initial: a grapheme cluster is never near this long in a real name. */
const INITIAL_SCAN_UNITS = 64;

/** @internal The initials of {@link placeholderAvatar}; `fast: false` skips the common names' shortcut (tests compare both). */
export function initialsOf(name: unknown, fast = true): string {
  if (typeof name !== 'string') return AVATAR_UNKNOWN_INITIALS;
  // The first two words with an initial; each word's initial is read from its start only.
  let first: string | undefined;
  let second: string | undefined;
  for (const word of name.trim().split(/\s+/u)) {
    const g = word === '' ? undefined : initialOf(word.slice(0, INITIAL_SCAN_UNITS), fast);
    if (g === undefined) continue;
    if (first !== undefined) {
      second = g;
      break;
    }
    first = g;
    if (standsAlone(g, fast)) return g;
  }
  if (first === undefined) return AVATAR_UNKNOWN_INITIALS;
  if (second === undefined || standsAlone(second, fast)) return upper(first, fast);
  return upper(first, fast) + upper(second, fast);
}

/** Placeholders made recently, by id and name: rows rebind the same friends on every score or scroll. */
const recent = new Map<string, PlaceholderAvatar>();
const RECENT_MAX = 512;

/**
 * A deterministic placeholder for a friend without an avatar: the background is picked from
 * {@link AVATAR_PALETTE} by a hash of `id` (of `name` when `id` is empty), the initials are the first
 * grapheme of up to two words (upper-cased), one CJK character, or one whole emoji; `'?'` when the
 * name has none. Pass the friend's raw name (empty when unknown), not a display fallback. The result
 * is frozen and may be shared between calls with the same id and name.
 *
 * @example
 * placeholderAvatar('openid-123', 'Ada Lovelace') // { background: '#…', foreground: '#FFFFFF', initials: 'AL' }
 */
export function placeholderAvatar(id: string, name: string): PlaceholderAvatar {
  const key = typeof id === 'string' && id !== '' ? id : typeof name === 'string' ? name : '';
  const cacheKey = typeof name === 'string' ? `${key}\u0000${name}` : undefined;
  const hit = cacheKey === undefined ? undefined : recent.get(cacheKey);
  if (hit !== undefined) return hit;
  const background = AVATAR_PALETTE[hash32(key) % AVATAR_PALETTE.length] ?? '#546E7A';
  const made: PlaceholderAvatar = Object.freeze({ background, foreground: AVATAR_FOREGROUND, initials: initialsOf(name) });
  if (cacheKey !== undefined) {
    // Cleared whole when full: cheaper than an LRU, and a screenful of rows refills it at once.
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(cacheKey, made);
  }
  return made;
}
