export { DIRTY_LAYOUT, DIRTY_PAINT, FULL_REPAINT_AREA_RATIO, MAX_DIRTY_RECTS } from './constants.js';
export { FrameScheduler } from './FrameScheduler.js';
export type { FrameDriver, FrameHost } from './FrameScheduler.js';
export type { LayoutTemplates, LayoutTemplateStats } from './LayoutTemplates.js';
export { Node } from './Node.js';
export type { PointerEvents, TapEvent } from './TapEvent.js';
export {
  childFrame,
  clipBoxOf,
  clipRadius,
  clipsChildren,
  contentOrigin,
  forEachPaintedNode,
  paintedAlpha,
  placeChild,
  placeNode,
  stageRectOf,
} from './paintWalk.js';
export type { ChildFrame, PaintedNode } from './paintWalk.js';
export { containsPoint, containsPointRounded, intersectClip, intersection, intersects, union } from './Rect.js';
export type { Rect } from './Rect.js';
export { Stage } from './Stage.js';
export type { StageOptions, StageStats } from './StageOptions.js';
export type { StageContext } from './StageContext.js';
