import { SPRING_REST_DISTANCE_PX, SPRING_STIFFNESS_PER_MS2, REST_VELOCITY_PX_PER_MS } from './constants.js';
import { assertFinite } from './assertFinite.js';

// Critically damped spring with unit mass and natural frequency ω = sqrt(k):
//   x(t) = to + (c1 + c2·t)·e^(−ωt),  c1 = from − to,  c2 = v0 + ω·c1,
//   v(t) = (v0 − ω·c2·t)·e^(−ωt).
// It crosses its target at most once and never oscillates, so an overscroll returns without wobble.

const DEFAULT_OMEGA_PER_MS = Math.sqrt(SPRING_STIFFNESS_PER_MS2);

/**
 * Position, in px, of a critically damped spring released at `from` with velocity `v0` px/ms toward `to`,
 * after `t` ms (negative `t` counts as 0).
 *
 * @example springPosition(100, 0, 0, 400) // ≈ 0.3 px
 */
export function springPosition(
  from: number,
  to: number,
  v0: number,
  t: number,
  omega: number = DEFAULT_OMEGA_PER_MS,
): number {
  assertFinite('from', from);
  assertFinite('to', to);
  assertFinite('v0', v0);
  assertFinite('t', t);
  const tt = Math.max(t, 0);
  const c1 = from - to;
  const c2 = v0 + omega * c1;
  return to + (c1 + c2 * tt) * Math.exp(-omega * tt);
}

/** Velocity, in px/ms, of the spring of {@link springPosition} after `t` ms. */
export function springVelocity(
  from: number,
  to: number,
  v0: number,
  t: number,
  omega: number = DEFAULT_OMEGA_PER_MS,
): number {
  assertFinite('from', from);
  assertFinite('to', to);
  assertFinite('v0', v0);
  assertFinite('t', t);
  const tt = Math.max(t, 0);
  const c2 = v0 + omega * (from - to);
  return (v0 - omega * c2 * tt) * Math.exp(-omega * tt);
}

// First time ≥ the peak of E(t) = (a + b·t)·e^(−ωt) with E ≤ eps. E rises until t* = 1/ω − a/b and falls after,
// so past t* every later time also satisfies E ≤ eps.
function envelopeSettleTime(a: number, b: number, omega: number, eps: number): number {
  const envelope = (t: number): number => (a + b * t) * Math.exp(-omega * t);
  const peak = b > 0 ? Math.max(0, 1 / omega - a / b) : 0;
  if (envelope(peak) <= eps) return 0;
  let lo = peak;
  let hi = peak + 1 / omega;
  while (envelope(hi) > eps) hi += hi - peak;
  for (let i = 0; i < 80 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (envelope(mid) > eps) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Time, in ms, after which the spring of {@link springPosition} stays within the rest distance of `to` and below
 * the rest velocity for good; computed once from the closed form so rest never depends on the frame rate.
 */
export function springSettleTime(
  from: number,
  to: number,
  v0: number,
  omega: number = DEFAULT_OMEGA_PER_MS,
): number {
  assertFinite('from', from);
  assertFinite('to', to);
  assertFinite('v0', v0);
  const c1 = Math.abs(from - to);
  const c2 = Math.abs(v0 + omega * (from - to));
  const tx = envelopeSettleTime(c1, c2, omega, SPRING_REST_DISTANCE_PX);
  const tv = envelopeSettleTime(Math.abs(v0), omega * c2, omega, REST_VELOCITY_PX_PER_MS);
  return Math.max(tx, tv);
}
