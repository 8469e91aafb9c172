import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DECELERATION_PER_MS,
  REST_VELOCITY_PX_PER_MS,
  RUBBER_BAND_COEFFICIENT,
  SPRING_DAMPING_PER_MS,
  SPRING_REST_DISTANCE_PX,
  SPRING_STIFFNESS_PER_MS2,
  flingDistance,
  flingDuration,
  flingPosition,
  flingTimeToReach,
  flingVelocity,
  rubberBand,
  rubberBandInverse,
  springPosition,
  springSettleTime,
  springVelocity,
} from '../../src/scroll/index.js';

const px = fc.double({ min: -5000, max: 5000, noNaN: true });
const dim = fc.double({ min: 1, max: 3000, noNaN: true });
const speed = fc.double({ min: 0.03, max: 8, noNaN: true });
const signedSpeed = fc.tuple(speed, fc.boolean()).map(([s, neg]) => (neg ? -s : s));

describe('physics', () => {
  it('PHY1 rubberBand is odd, monotonic, has slope c at the edge and stays strictly below the dimension', () => {
    fc.assert(
      fc.property(px, px, dim, (a, b, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rubberBand(lo, d)).toBeLessThanOrEqual(rubberBand(hi, d));
        expect(Math.abs(rubberBand(a, d))).toBeLessThan(d);
        expect(Math.abs(rubberBand(a, d))).toBeLessThanOrEqual(Math.abs(a) * RUBBER_BAND_COEFFICIENT + 1e-9);
        expect(rubberBand(-a, d) + rubberBand(a, d)).toBe(0);
      }),
    );
    expect(rubberBand(1e-6, 600) / 1e-6).toBeCloseTo(RUBBER_BAND_COEFFICIENT, 6);
    expect(rubberBand(1e12, 600)).toBeLessThan(600);
    expect(rubberBand(1e12, 600)).toBeGreaterThan(599);
    expect(rubberBand(100, 0)).toBe(0);
  });

  it('PHY2 rubberBandInverse undoes rubberBand', () => {
    fc.assert(
      fc.property(fc.double({ min: -3000, max: 3000, noNaN: true }), dim, (x, d) => {
        expect(rubberBandInverse(rubberBand(x, d), d)).toBeCloseTo(x, 5);
      }),
    );
    expect(Number.isFinite(rubberBandInverse(700, 600))).toBe(true);
  });

  it('PHY3 a fling decays as v0·d^t and its position is the closed-form integral at absolute elapsed time', () => {
    fc.assert(
      fc.property(px, signedSpeed, fc.double({ min: 0, max: 1500, noNaN: true }), (x0, v0, t) => {
        const tt = Math.min(t, flingDuration(v0));
        const expected = x0 + (v0 * (DECELERATION_PER_MS ** tt - 1)) / Math.log(DECELERATION_PER_MS);
        expect(flingPosition(x0, v0, t)).toBeCloseTo(expected, 6);
        // Numeric derivative matches the velocity function while moving.
        if (t + 1e-3 < flingDuration(v0)) {
          const dv = (flingPosition(x0, v0, t + 1e-3) - flingPosition(x0, v0, t)) / 1e-3;
          expect(dv).toBeCloseTo(flingVelocity(v0, t + 5e-4), 4);
        }
      }),
    );
    expect(flingVelocity(2, 0)).toBe(2);
    expect(flingVelocity(2, 1)).toBeCloseTo(2 * DECELERATION_PER_MS, 12);
  });

  it('PHY4 a fling rests at flingDuration with speed equal to the rest velocity and travels flingDistance', () => {
    fc.assert(
      fc.property(px, signedSpeed, fc.double({ min: 0, max: 10_000, noNaN: true }), (x0, v0, extra) => {
        const duration = flingDuration(v0);
        expect(Math.abs(v0) * DECELERATION_PER_MS ** duration).toBeCloseTo(REST_VELOCITY_PX_PER_MS, 9);
        expect(flingPosition(x0, v0, duration + extra)).toBe(flingPosition(x0, v0, duration));
        expect(flingPosition(x0, v0, duration) - x0).toBeCloseTo(flingDistance(v0), 6);
        expect(flingVelocity(v0, duration + extra)).toBe(0);
        expect(Math.sign(flingDistance(v0))).toBe(Math.sign(v0));
      }),
    );
    expect(flingDuration(REST_VELOCITY_PX_PER_MS / 2)).toBe(0);
    expect(flingDistance(0)).toBe(0);
  });

  it('PHY5 flingTimeToReach inverts flingPosition and is Infinity beyond the fling distance', () => {
    fc.assert(
      fc.property(signedSpeed, fc.double({ min: 0, max: 1, noNaN: true }), (v0, frac) => {
        const distance = flingDistance(v0) * frac;
        const t = flingTimeToReach(v0, distance);
        expect(flingPosition(0, v0, t)).toBeCloseTo(distance, 5);
        expect(flingTimeToReach(v0, flingDistance(v0) * 1.01 + Math.sign(v0))).toBe(Infinity);
        expect(flingTimeToReach(v0, -distance - Math.sign(v0))).toBe(Infinity);
      }),
    );
  });

  it('PHY6 the spring back is critically damped: it starts where asked, crosses its target at most once and settles', () => {
    expect(SPRING_DAMPING_PER_MS).toBeCloseTo(2 * Math.sqrt(SPRING_STIFFNESS_PER_MS2), 15);
    fc.assert(
      fc.property(px, px, fc.double({ min: -8, max: 8, noNaN: true }), (from, to, v0) => {
        expect(springPosition(from, to, v0, 0)).toBeCloseTo(from, 9);
        expect(springVelocity(from, to, v0, 0)).toBeCloseTo(v0, 9);
        let crossings = 0;
        let prevSign = Math.sign(from - to);
        for (let t = 1; t <= 3000; t += 1) {
          const s = Math.sign(springPosition(from, to, v0, t) - to);
          if (s !== 0 && prevSign !== 0 && s !== prevSign) crossings++;
          if (s !== 0) prevSign = s;
        }
        expect(crossings).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('PHY7 after springSettleTime a spring stays within the rest distance and below the rest velocity', () => {
    fc.assert(
      fc.property(px, px, fc.double({ min: -8, max: 8, noNaN: true }), (from, to, v0) => {
        const settle = springSettleTime(from, to, v0);
        expect(Number.isFinite(settle)).toBe(true);
        for (let k = 0; k <= 50; k++) {
          const t = settle + k * 20;
          expect(Math.abs(springPosition(from, to, v0, t) - to)).toBeLessThanOrEqual(SPRING_REST_DISTANCE_PX + 1e-9);
          expect(Math.abs(springVelocity(from, to, v0, t))).toBeLessThanOrEqual(REST_VELOCITY_PX_PER_MS + 1e-9);
        }
      }),
    );
    expect(springSettleTime(5, 5, 0)).toBe(0);
    expect(springPosition(100, 0, 0, 400)).toBeLessThan(1);
    expect(springSettleTime(100, 0, 0)).toBeGreaterThan(200);
    expect(springSettleTime(100, 0, 0)).toBeLessThan(800);
  });

  it('PHY8 non-finite input is rejected with a RangeError', () => {
    expect(() => rubberBand(Number.NaN, 100)).toThrow(RangeError);
    expect(() => rubberBand(10, -1)).toThrow(RangeError);
    expect(() => flingPosition(0, Number.POSITIVE_INFINITY, 10)).toThrow(RangeError);
    expect(() => flingDuration(1, 1.5)).toThrow(RangeError);
    expect(() => springPosition(0, 0, 0, Number.NaN)).toThrow(RangeError);
    expect(() => springSettleTime(Number.NaN, 0, 0)).toThrow(RangeError);
  });
});
