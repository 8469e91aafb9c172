/**
 * Cloud storage limits, checked before any host call. Sibling platforms document them; TikTok does
 * not confirm them (PLATFORM.md "Data shapes"), so staying inside them is the safe choice.
 */

/** Longest cloud storage key, in UTF-8 bytes. */
export const MAX_SCORE_KEY_BYTES = 128;

/** Longest key plus value of one pair, in UTF-8 bytes. */
export const MAX_SCORE_PAIR_BYTES = 1024;

/** Most key/value pairs a user may store, so the most one write may carry. */
export const MAX_SCORE_PAIRS = 128;

/** The theme presets the open data domain knows (defined once, in the protocol). */
export { THEME_PRESET_NAMES } from '../protocol/constants.js';
