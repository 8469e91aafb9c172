/** Tunables of the paint module, with their units. */

/** Default bound on cached text measurements (entries, each one font + text pair). */
export const DEFAULT_MEASURE_CACHE_ENTRIES = 2000;

/** Ellipsis appended to truncated text when the caller gives none (U+2026, one grapheme). */
export const DEFAULT_ELLIPSIS = '\u2026';

/** Line height as a multiple of the font size when none is given (unitless; common UI default). */
export const DEFAULT_LINE_HEIGHT_RATIO = 1.2;

/** Generic family used by {@link fontString} checks: these names are never quoted (CSS Fonts 4 §generic). */
export const GENERIC_FONT_FAMILIES: ReadonlySet<string> = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  'fangsong',
]);
