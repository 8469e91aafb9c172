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

/** The first grapheme of a word that can stand for it (letter, digit, CJK or emoji), if any. */
function initialOf(word: string): string | undefined {
  for (const g of splitGraphemes(word, INITIALS_SPLIT)) {
    if (isEmojiGrapheme(g) || LETTER_OR_DIGIT.test(g)) return g;
  }
  return undefined;
}

function upper(g: string): string {
  const u = g.toUpperCase();
  // 'ß' upper-cases to 'SS': keep one grapheme rather than show two letters for one.
  return splitGraphemes(u, INITIALS_SPLIT).length === 1 ? u : g;
}

/** Code units of a word looked at for its initial: a grapheme cluster is never near this long in a real name. */
const INITIAL_SCAN_UNITS = 64;

function initialsOf(name: unknown): string {
  if (typeof name !== 'string') return AVATAR_UNKNOWN_INITIALS;
  // The first two words with an initial; each word's initial is read from its start only.
  let first: string | undefined;
  let second: string | undefined;
  for (const word of name.trim().split(/\s+/u)) {
    const g = word === '' ? undefined : initialOf(word.slice(0, INITIAL_SCAN_UNITS));
    if (g === undefined) continue;
    if (first !== undefined) {
      second = g;
      break;
    }
    first = g;
    // CJK names read as one character; an emoji is a picture on its own.
    if (isCjkGrapheme(g) || isEmojiGrapheme(g)) return g;
  }
  if (first === undefined) return AVATAR_UNKNOWN_INITIALS;
  if (second === undefined || isCjkGrapheme(second) || isEmojiGrapheme(second)) return upper(first);
  return upper(first) + upper(second);
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
