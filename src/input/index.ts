/**
 * input: one router for both touch paths (native ODC listeners and forwarded `pointer` messages), the
 * screen → stage viewport mapping, hit testing along the paint path, and the tap / drag gesture arena.
 */
export { InputRouter } from './InputRouter.js';
export type { InputRouterOptions, InputStage, PointerSource } from './InputRouter.js';
export { MIRROR_TOUCH_RADIUS_PX, MIRROR_TOUCH_WINDOW_MS } from './constants.js';
export { hitTest } from './hitTest.js';
export { dispatchTap, nearestTapTarget } from './dispatchTap.js';
export { isScrollGestureTarget, nearestScrollable } from './ScrollGestureTarget.js';
export type { ScrollGestureTarget } from './ScrollGestureTarget.js';
export { checkViewportRect, screenToStage } from './ViewportRect.js';
export type { StagePoint, ViewportRect } from './ViewportRect.js';
