import { FLING_MAX_OVERSHOOT_FRACTION, SCROLL_TO_DURATION_MS, SPRING_STIFFNESS_PER_MS2 } from './constants.js';
import { flingDuration, flingPosition, flingTimeToReach, flingVelocity } from './flingPosition.js';
import { springPosition, springSettleTime, springVelocity } from './springPosition.js';

// A running scroll animation is a chain of closed-form segments whose start times are fixed when they are
// planned (including the exact moment a fling meets an edge), never when a frame happens to land. Evaluating the
// chain at an absolute time therefore gives the same offset at 30, 60 or 120 Hz. Internal to src/scroll.

const OMEGA_PER_MS = Math.sqrt(SPRING_STIFFNESS_PER_MS2);

/** A deceleration from x0; if it meets `edge`, a bounce spring starts there at t0 + duration. */
export interface FlingMotion {
  readonly kind: 'fling';
  readonly t0: number;
  readonly x0: number;
  readonly v0: number;
  readonly duration: number;
  readonly edge: number | null;
}

/** A critically damped spring toward `to`, snapped to `to` at t0 + duration. */
export interface SpringMotion {
  readonly kind: 'spring';
  readonly t0: number;
  readonly from: number;
  readonly to: number;
  readonly v0: number;
  readonly duration: number;
}

/** An ease-out cubic from `from` to `to` (animated scrollTo). */
export interface EaseMotion {
  readonly kind: 'ease';
  readonly t0: number;
  readonly from: number;
  readonly to: number;
  readonly duration: number;
}

/** One segment of a scroll animation. */
export type ScrollMotion = FlingMotion | SpringMotion | EaseMotion;

/** Offset (px) and velocity (px/ms) of a motion at one instant. */
export interface MotionSample {
  offset: number;
  velocity: number;
}

/** Plans a spring from `from` (velocity v0) to `to`, starting at t0. */
export function planSpring(t0: number, from: number, to: number, v0: number): SpringMotion {
  return { kind: 'spring', t0, from, to, v0, duration: springSettleTime(from, to, v0, OMEGA_PER_MS) };
}

/**
 * Plans the bounce of content arriving at an edge with velocity v: the spring's peak overshoot is v/(ω·e), so
 * v is capped to keep the overshoot within FLING_MAX_OVERSHOOT_FRACTION of the viewport.
 */
export function planBounce(t0: number, edge: number, v: number, viewportSize: number): SpringMotion {
  const maxSpeed = OMEGA_PER_MS * Math.E * FLING_MAX_OVERSHOOT_FRACTION * viewportSize;
  const speed = Math.min(Math.abs(v), maxSpeed);
  return planSpring(t0, edge, edge, v < 0 ? -speed : speed);
}

/**
 * Plans a fling from x0 inside [min, max] with velocity v0: if its rest position lies outside the range, the
 * fling is cut at the exact time it reaches the edge, where a bounce takes over.
 */
export function planFling(t0: number, x0: number, v0: number, min: number, max: number): FlingMotion {
  const duration = flingDuration(v0);
  const rest = flingPosition(x0, v0, duration);
  if (rest >= min && rest <= max) return { kind: 'fling', t0, x0, v0, duration, edge: null };
  const edge = v0 > 0 ? max : min;
  const hit = flingTimeToReach(v0, edge - x0);
  // Rounding can put the rest a hair past the edge while the solver says "never": meet the edge at rest time.
  return { kind: 'fling', t0, x0, v0, duration: Number.isFinite(hit) ? hit : duration, edge };
}

/** Plans an animated scrollTo from `from` to `to` starting at t0. */
export function planEase(t0: number, from: number, to: number): EaseMotion {
  return { kind: 'ease', t0, from, to, duration: SCROLL_TO_DURATION_MS };
}

/** Samples a motion at absolute time t (clamped into the segment). */
export function sampleMotion(motion: ScrollMotion, t: number): MotionSample {
  const dt = Math.min(Math.max(t - motion.t0, 0), motion.duration);
  switch (motion.kind) {
    case 'fling':
      return {
        offset: flingPosition(motion.x0, motion.v0, dt),
        velocity: dt >= motion.duration && motion.edge === null ? 0 : flingVelocity(motion.v0, dt),
      };
    case 'spring':
      if (dt >= motion.duration) return { offset: motion.to, velocity: 0 };
      return {
        offset: springPosition(motion.from, motion.to, motion.v0, dt, OMEGA_PER_MS),
        velocity: springVelocity(motion.from, motion.to, motion.v0, dt, OMEGA_PER_MS),
      };
    case 'ease': {
      if (dt >= motion.duration) return { offset: motion.to, velocity: 0 };
      const remaining = 1 - dt / motion.duration;
      const delta = motion.to - motion.from;
      return {
        offset: motion.from + delta * (1 - remaining * remaining * remaining),
        velocity: (3 * delta * remaining * remaining) / motion.duration,
      };
    }
  }
}

/** The segment that follows `motion` when it ends, or null when the animation is over. */
export function nextMotion(motion: ScrollMotion, viewportSize: number): ScrollMotion | null {
  if (motion.kind !== 'fling' || motion.edge === null) return null;
  const end = motion.t0 + motion.duration;
  return planBounce(end, motion.edge, flingVelocity(motion.v0, motion.duration), viewportSize);
}
