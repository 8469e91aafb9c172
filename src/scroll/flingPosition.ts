import { DECELERATION_PER_MS, REST_VELOCITY_PX_PER_MS } from './constants.js';
import { assertFinite } from './assertFinite.js';

// Closed forms of v(t) = v0 · d^t, so a fling is evaluated at absolute elapsed time and every frame rate sees the
// same trajectory: x(t) = x0 + v0 · (d^t − 1) / ln d. A fling rests when |v| reaches REST_VELOCITY_PX_PER_MS.

function assertDeceleration(deceleration: number): void {
  if (!(deceleration > 0 && deceleration < 1)) {
    throw new RangeError(`scroll: deceleration must be in (0, 1), got ${String(deceleration)}`);
  }
}

/**
 * Time, in ms, until a fling starting at `v0` px/ms slows below the rest velocity; 0 when already slower.
 *
 * @example flingDuration(1) // ≈ 1954 ms at the iOS normal rate
 */
export function flingDuration(v0: number, deceleration: number = DECELERATION_PER_MS): number {
  assertFinite('v0', v0);
  assertDeceleration(deceleration);
  const speed = Math.abs(v0);
  if (speed <= REST_VELOCITY_PX_PER_MS) return 0;
  return Math.log(REST_VELOCITY_PX_PER_MS / speed) / Math.log(deceleration);
}

/**
 * Position, in px, of a fling from `x0` with velocity `v0` px/ms after `t` ms; `t` is clamped to
 * [0, flingDuration(v0)], so late times return the rest position.
 *
 * @example flingPosition(0, 1, 100) // ≈ 90.6 px
 */
export function flingPosition(
  x0: number,
  v0: number,
  t: number,
  deceleration: number = DECELERATION_PER_MS,
): number {
  assertFinite('x0', x0);
  assertFinite('t', t);
  const duration = flingDuration(v0, deceleration);
  const tt = Math.min(Math.max(t, 0), duration);
  if (tt === 0) return x0;
  return x0 + (v0 * (Math.pow(deceleration, tt) - 1)) / Math.log(deceleration);
}

/** Velocity, in px/ms, of a fling started at `v0` px/ms after `t` ms; 0 once it has come to rest. */
export function flingVelocity(v0: number, t: number, deceleration: number = DECELERATION_PER_MS): number {
  assertFinite('t', t);
  const duration = flingDuration(v0, deceleration);
  if (t >= duration) return 0;
  return v0 * Math.pow(deceleration, Math.max(t, 0));
}

/** Signed distance, in px, a fling started at `v0` px/ms travels before it rests. */
export function flingDistance(v0: number, deceleration: number = DECELERATION_PER_MS): number {
  return flingPosition(0, v0, Number.MAX_VALUE, deceleration);
}

/**
 * Time, in ms, at which a fling started at `v0` px/ms has travelled the signed `distance` px, or `Infinity` if it
 * rests first (or moves the other way). Used to find the exact moment a fling meets an edge.
 */
export function flingTimeToReach(
  v0: number,
  distance: number,
  deceleration: number = DECELERATION_PER_MS,
): number {
  assertFinite('distance', distance);
  if (distance === 0) return 0;
  const duration = flingDuration(v0, deceleration);
  if (duration === 0 || Math.sign(distance) !== Math.sign(v0)) return Infinity;
  if (Math.abs(distance) > Math.abs(flingDistance(v0, deceleration))) return Infinity;
  // d^t = 1 + distance · ln d / v0, positive here because |distance| < |v0 / ln d|.
  const t = Math.log(1 + (distance * Math.log(deceleration)) / v0) / Math.log(deceleration);
  return Math.min(Math.max(t, 0), duration);
}
