/** The paint module's door: drawing primitives, fonts, text measurement and line layout. */
export { clampRadii, pathRoundRect } from './pathRoundRect.js';
export type { CornerRadii } from './pathRoundRect.js';
export { pathCircle } from './pathCircle.js';
export { drawImageFit } from './drawImageFit.js';
export type { ImageFit } from './drawImageFit.js';
export { nineSlicePatches, drawNineSlice } from './nineSlice.js';
export type { NineSlicePatch, SliceInsets } from './nineSlice.js';
export { linearGradientFill } from './linearGradient.js';
export type { LinearGradient } from './linearGradient.js';
export { applyShadow, clearShadow } from './applyShadow.js';
export type { Shadow } from './applyShadow.js';
export { fontString } from './fontString.js';
export type { FontSpec } from './fontString.js';
export { lineHeightFor } from './lineHeightFor.js';
export { CachedContext } from './CachedContext.js';
export { MAX_PICTURE_BITMAP_PIXELS, MAX_PICTURE_BITMAP_TOTAL_PIXELS, MAX_PICTURE_BITMAPS, PICTURE_BITMAP_AFTER_PAINTS, PictureBitmaps } from './PictureBitmaps.js';
export type { PictureBitmapStats, PictureClip } from './PictureBitmaps.js';
export { createTextMeasurer } from './TextMeasurer.js';
export type { TextMeasurer, TextMeasurerOptions } from './TextMeasurer.js';
export type { TextMeasure } from './TextMeasure.js';
export { splitGraphemes, hasIntlSegmenter } from './splitGraphemes.js';
export type { GraphemeSplitter } from './splitGraphemes.js';
export { splitGraphemesFallback } from './splitGraphemesFallback.js';
export { isCjkGrapheme, isEmojiGrapheme } from './textClasses.js';
export { layoutText } from './layoutText.js';
export type { TextLayout, TextLayoutOptions } from './layoutText.js';
export { ellipsize } from './ellipsize.js';
export {
  DEFAULT_ELLIPSIS,
  DEFAULT_LINE_HEIGHT_RATIO,
  DEFAULT_MEASURE_CACHE_ENTRIES,
} from './constants.js';
