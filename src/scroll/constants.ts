/**
 * Scroll physics tunables, each named with its unit. Times are ms, distances logical px, velocities px/ms.
 * Every function in this folder takes time as a number passed in, so these are the only knobs.
 */

/**
 * Fling velocity multiplier per ms of elapsed time (unitless per ms): `v(t) = v0 * DECELERATION_PER_MS ** t`.
 * Same value as iOS `UIScrollView.DecelerationRate.normal` (0.998), which is what makes a fling feel native there.
 */
export const DECELERATION_PER_MS = 0.998;

/** Samples older than this before the sampled time do not count toward a release velocity, in ms. */
export const VELOCITY_WINDOW_MS = 100;

/**
 * A finger that stayed still (or sent no samples) for longer than this before release flings with velocity 0, in ms.
 * Android's VelocityTracker uses 40 ms (`ASSUME_POINTER_STOPPED_TIME`) for the same decision.
 */
export const VELOCITY_PAUSE_MS = 40;

/** Positions within this distance of the final sample count as "not moved" for pause detection, in px. */
export const VELOCITY_STATIONARY_PX = 0.5;

/** Ring buffer size of a VelocityTracker, in samples (100 ms at a 240 Hz touch panel is 24 samples). */
export const VELOCITY_MAX_SAMPLES = 32;

/** Slowest release that still starts a fling, in px/ms (Android's minimum fling is 50 dp/s). */
export const MIN_FLING_VELOCITY_PX_PER_MS = 0.05;

/** Release velocities are clamped to this magnitude, in px/ms (Android's maximum fling is 8000 dp/s). */
export const MAX_FLING_VELOCITY_PX_PER_MS = 8;

/** A fling stops once its speed falls below this, in px/ms (0.33 px per 60 Hz frame: invisible). */
export const REST_VELOCITY_PX_PER_MS = 0.02;

/**
 * Rubber-band coefficient c of the iOS overscroll formula `(1 - 1 / (x * c / d + 1)) * d`
 * (x: finger distance past the edge, d: viewport dimension). Content follows the finger at rate c near the edge,
 * and the displacement approaches, never reaches, d.
 */
export const RUBBER_BAND_COEFFICIENT = 0.55;

/**
 * Spring-back stiffness k with unit mass, in 1/ms². sqrt(k) = 0.02 /ms settles a 100 px overscroll in ~400 ms,
 * close to the iOS bounce-back.
 */
export const SPRING_STIFFNESS_PER_MS2 = 0.0004;

/** Spring-back damping, in 1/ms: exactly critical (2·sqrt(k)) so the spring never oscillates around its bound. */
export const SPRING_DAMPING_PER_MS = 2 * Math.sqrt(SPRING_STIFFNESS_PER_MS2);

/** A spring counts as settled once it is this close to its target (and slower than the rest velocity), in px. */
export const SPRING_REST_DISTANCE_PX = 0.25;

/** A fling that hits an edge bounces past it by at most this fraction of the viewport size (unitless). */
export const FLING_MAX_OVERSHOOT_FRACTION = 0.25;

/** Duration of an animated `scrollTo`, in ms (ease-out cubic; UIKit's animated setContentOffset is ~300 ms). */
export const SCROLL_TO_DURATION_MS = 300;

/** Distance a touch must travel before it becomes a drag instead of a tap, in logical px (Android: 8 dp). */
export const TOUCH_SLOP_PX = 8;

/** Rows built beyond each edge of the viewport of a virtualized list, in rows. */
export const OVERSCAN_ROWS = 3;
