/**
 * scroll: pure, time-based scrolling physics (fling deceleration, rubber band, spring back), velocity tracking,
 * the Scroller state machine and virtualized row range math. No canvas, host or timers: time is passed in, in ms.
 */
export {
  DECELERATION_PER_MS,
  VELOCITY_WINDOW_MS,
  VELOCITY_PAUSE_MS,
  VELOCITY_STATIONARY_PX,
  VELOCITY_MAX_SAMPLES,
  MIN_FLING_VELOCITY_PX_PER_MS,
  MAX_FLING_VELOCITY_PX_PER_MS,
  REST_VELOCITY_PX_PER_MS,
  RUBBER_BAND_COEFFICIENT,
  SPRING_STIFFNESS_PER_MS2,
  SPRING_DAMPING_PER_MS,
  SPRING_REST_DISTANCE_PX,
  FLING_MAX_OVERSHOOT_FRACTION,
  SCROLL_TO_DURATION_MS,
  TOUCH_SLOP_PX,
  OVERSCAN_ROWS,
} from './constants.js';
export { rubberBand, rubberBandInverse } from './rubberBand.js';
export { flingPosition, flingVelocity, flingDuration, flingDistance, flingTimeToReach } from './flingPosition.js';
export { springPosition, springVelocity, springSettleTime } from './springPosition.js';
export { VelocityTracker } from './VelocityTracker.js';
export { Scroller } from './Scroller.js';
export type { ScrollerOptions, ScrollerState, StopResult } from './Scroller.js';
export { RowLayout } from './RowLayout.js';
export type { RowLayoutOptions, VisibleRange } from './RowLayout.js';
