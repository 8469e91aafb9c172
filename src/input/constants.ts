/**
 * Input tunables, each named with its unit. Distances are stage logical px, times ms on the router's
 * clock (the time an event arrives, since forwarded events carry the game's clock).
 */

/**
 * A stream from one input path that starts within this time after a stream from the other path
 * ended (or while it is still down) at the same point is the same finger reported twice, and is
 * dropped, in ms. A forwarded `pointer` message travels through `postMessage`: one task or more
 * behind the host's own touch event, plus whatever a busy frame adds (~100 ms seen on slow devices).
 * Well under a deliberate second tap on the same spot after the first one's effect is seen.
 */
export const MIRROR_TOUCH_WINDOW_MS = 500;

/**
 * Two streams from different input paths whose start points are within this distance are the same
 * finger, in stage logical px. Both paths report the same screen point mapped through the same
 * viewport; two slops (see `TOUCH_SLOP_PX`) absorb rounding between the paths' coordinate fields.
 */
export const MIRROR_TOUCH_RADIUS_PX = 16;

/** Ended streams remembered for mirror matching (per router); older ones fall out of the window anyway. */
export const MAX_RECENT_STREAMS = 8;
