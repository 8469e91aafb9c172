/**
 * `friendcanvas/engine`: the machinery under the widgets, for tests, benchmarks and code that drives a
 * `Stage` without the app: frame scheduling and dirty bits, input routing and hit testing, scroll
 * physics and row virtualization, text measurement, the image loader and pictures kept as bitmaps. A panel needs none of it
 * (`friendcanvas` says where the line is); these names are versioned like the root's and listed in
 * `api/friendcanvas-engine.api.md`.
 */
// Frames and dirty bits
export { FrameScheduler, DIRTY_LAYOUT, DIRTY_PAINT } from '../core/index.js';
export type { FrameDriver, LayoutTemplates, LayoutTemplateStats } from '../core/index.js';
// Input
export { InputRouter, hitTest } from '../input/index.js';
export type { InputRouterOptions, PointerSource, ViewportRect } from '../input/index.js';
// Scrolling physics and virtualized rows
export { RowLayout, Scroller, VelocityTracker } from '../scroll/index.js';
export type { ScrollerOptions } from '../scroll/index.js';
// Text measurement and pictures kept as bitmaps (`stage.pictures`)
export { createTextMeasurer, MAX_PICTURE_BITMAP_PIXELS, MAX_PICTURE_BITMAP_TOTAL_PIXELS, MAX_PICTURE_BITMAPS, PICTURE_BITMAP_AFTER_PAINTS, PictureBitmaps } from '../paint/index.js';
export type { PictureBitmapStats, PictureClip } from '../paint/index.js';
// Images
export { createImageLoader } from '../images/index.js';
export type { ImageEntry, ImageLoaderOptions } from '../images/index.js';
