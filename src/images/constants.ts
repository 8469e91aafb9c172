/** Tunables of the image module, with their units. */

/** Default bound on cached image entries (count; entries with live handles are never evicted). */
export const DEFAULT_IMAGE_CACHE_ENTRIES = 100;

/** Default time a host gets to fire `load` or `error` before the attempt counts as failed (ms). */
export const DEFAULT_IMAGE_TIMEOUT_MS = 8000;

/** Default number of retries after the first failed attempt. */
export const DEFAULT_IMAGE_RETRIES = 2;

/** Default delay before the first retry (ms); it doubles for each later retry. */
export const DEFAULT_IMAGE_RETRY_BACKOFF_MS = 500;

/** How long a URL that failed every attempt is not requested again by `acquire` (ms). */
export const FAILED_IMAGE_COOLDOWN_MS = 60_000;

/** Corner radius of a `'rounded'` placeholder avatar, as a fraction of its size. */
export const AVATAR_ROUNDED_RADIUS_RATIO = 0.2;

/** Initials font size as a fraction of the avatar size, for one and for two initials. */
export const AVATAR_FONT_RATIO_ONE = 0.46;
/** See {@link AVATAR_FONT_RATIO_ONE}. */
export const AVATAR_FONT_RATIO_TWO = 0.38;

/** Initials drawn when a name gives none. */
export const AVATAR_UNKNOWN_INITIALS = '?';

/** Text colour on every placeholder background. */
export const AVATAR_FOREGROUND = '#FFFFFF';

/**
 * Placeholder avatar backgrounds (Material Design 600-series hues), each with at least 3:1 contrast
 * against white text (WCAG 2 large-text threshold; checked by a test).
 */
export const AVATAR_PALETTE: readonly string[] = Object.freeze([
  '#E53935',
  '#D81B60',
  '#8E24AA',
  '#5E35B1',
  '#3949AB',
  '#1E88E5',
  '#0097A7',
  '#00897B',
  '#43A047',
  '#F4511E',
  '#6D4C41',
  '#546E7A',
]);

/**
 * How initials are split into graphemes: by the UAX #29 code (`splitGraphemesFallback`), never the host's
 * `Intl.Segmenter`. A word is scanned over at most 64 units, and building the segmenter (it loads ICU break
 * rules: ~30 ms on Node 20) for the first avatar whose name has an emoji was a third of a cold open's
 * first frame.
 */
export const INITIALS_SPLIT = { fallback: true } as const;
