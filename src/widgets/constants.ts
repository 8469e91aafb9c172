/** Font size when a Text has none, logical px. */
export const DEFAULT_FONT_SIZE = 14;
/** Font family when a Text has none. */
export const DEFAULT_FONT_FAMILY = 'sans-serif';
/** Text colour when a Text has none. */
export const DEFAULT_TEXT_COLOR = '#000';
/** Width used to measure text that is not constrained (content sizing), logical px. */
export const UNBOUNDED_WIDTH = 1e6;
/** Default duration of an image's fade-in once loaded, ms. */
export const IMAGE_FADE_MS = 180;
/** Default placeholder colour of an image that has not loaded. */
export const IMAGE_PLACEHOLDER_COLOR = 'rgba(128,128,128,0.25)';
/**
 * Where a `List` parks a pooled row, logical px from the top of its content: far above any scroll
 * position (10⁹ px is 15 million 64 px rows), so the viewport's clip culls it from paint and hits.
 */
export const PARKED_ROW_OFFSET_PX = -1e9;
