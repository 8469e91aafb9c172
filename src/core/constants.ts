/** Dirty bits kept on each node. */
/** The node's layout inputs changed (style, children, measured content): the next frame runs layout. */
export const DIRTY_LAYOUT = 1 << 0;
/** The node's pixels changed without a size change: the next frame repaints its box only. */
export const DIRTY_PAINT = 1 << 1;

/** When the dirty rectangles cover more than this fraction of the canvas, they are repainted as one rectangle, their union. */
export const FULL_REPAINT_AREA_RATIO = 0.5;
/** At most this many separate dirty rectangles are repainted; beyond it they are merged into one. */
export const MAX_DIRTY_RECTS = 4;
/** Slack in device px when snapping a dirty region to whole pixels (absorbs yoga's float32 rounding noise). */
export const SNAP_SLACK_PX = 1e-3;
/**
 * Questions a measured leaf's log keeps (see `Node.markMeasureDirty`); yoga keeps at most 16 cached
 * measurements per node, and a text asks one or two per layout.
 */
export const MAX_MEASURE_LOG = 16;
/** After a paint error, this many `restore()` calls unwind any `save()` the failing code left behind. */
export const MAX_LEAKED_SAVES = 32;
/**
 * On a host with neither a working `requestAnimationFrame` nor `setTimeout`, frames run as promise
 * jobs, which never yield to the host; at most this many follow each other (frames requested by a
 * frame) before an outside request (a message, a touch) resumes them, so an animation cannot freeze
 * the game.
 */
export const MAX_CHAINED_PROMISE_FRAMES = 3;
/**
 * Row shapes a stage keeps laid out as templates (`LayoutTemplates.ts`); the least recently used is
 * freed beyond it. A panel has a handful (medal rows, plain rows, the player's row, a share state).
 */
export const MAX_LAYOUT_TEMPLATES = 16;
