import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { VELOCITY_MAX_SAMPLES, VELOCITY_PAUSE_MS, VelocityTracker } from '../../src/scroll/index.js';

// Irregular, strictly increasing sample times: gaps of 1–20 ms.
const gaps = fc.array(fc.double({ min: 1, max: 20, noNaN: true }), { minLength: 2, maxLength: 60 });

describe('VelocityTracker', () => {
  it('VEL1 linear motion sampled at irregular times yields the true velocity', () => {
    fc.assert(
      fc.property(
        gaps,
        // Slower than VELOCITY_STATIONARY_PX per VELOCITY_PAUSE_MS (0.0125 px/ms) counts as resting, by design.
        fc.tuple(fc.double({ min: 0.02, max: 10, noNaN: true }), fc.boolean()).map(([s, neg]) => (neg ? -s : s)),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (steps, v, p0) => {
          const tracker = new VelocityTracker();
          let t = 1000;
          tracker.addSample(t, p0);
          for (const g of steps) {
            t += g;
            tracker.addSample(t, p0 + v * (t - 1000));
          }
          expect(tracker.velocity(t)).toBeCloseTo(v, 6);
        },
      ),
    );
  });

  it('VEL2 a finger that stayed still longer than the pause threshold before release gives velocity 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 10, noNaN: true }), fc.boolean(), (v, sendsMoves) => {
        const tracker = new VelocityTracker();
        let t = 0;
        for (; t <= 160; t += 16) tracker.addSample(t, v * t);
        const stopAt = t - 16;
        // Released right away, the same motion flings.
        expect(tracker.velocity(stopAt)).toBeCloseTo(v, 6);
        if (sendsMoves) for (let s = stopAt + 8; s <= stopAt + 56; s += 8) tracker.addSample(s, v * stopAt);
        expect(tracker.velocity(stopAt + VELOCITY_PAUSE_MS + 10)).toBe(0);
      }),
    );
  });

  it('VEL3 only samples from the last 100 ms count', () => {
    const tracker = new VelocityTracker();
    // Fast motion long ago, then 100 ms of slow motion.
    for (let t = 0; t <= 200; t += 10) tracker.addSample(t, 5 * t);
    for (let t = 210; t <= 400; t += 10) tracker.addSample(t, 1000 + 0.5 * (t - 200));
    expect(tracker.velocity(400)).toBeCloseTo(0.5, 9);
  });

  it('VEL4 memory is a bounded ring buffer that keeps the newest samples', () => {
    const tracker = new VelocityTracker(4);
    for (let t = 0; t < 100; t += 5) tracker.addSample(t, t < 80 ? 0 : 2 * t);
    expect(tracker.sampleCount).toBe(4);
    expect(tracker.velocity(95)).toBeCloseTo(2, 9);
    const big = new VelocityTracker();
    for (let t = 0; t < 1000; t++) big.addSample(t, t);
    expect(big.sampleCount).toBe(VELOCITY_MAX_SAMPLES);
  });

  it('VEL5 a repeated timestamp replaces the last sample; an older one restarts the history', () => {
    const tracker = new VelocityTracker();
    tracker.addSample(0, 0);
    tracker.addSample(10, 999);
    tracker.addSample(10, 10);
    expect(tracker.sampleCount).toBe(2);
    expect(tracker.velocity(10)).toBeCloseTo(1, 12);
    tracker.addSample(5, 0);
    expect(tracker.sampleCount).toBe(1);
    expect(tracker.velocity(5)).toBe(0);
  });

  it('VEL6 fewer than two samples, or reset, give velocity 0', () => {
    const tracker = new VelocityTracker();
    expect(tracker.velocity(0)).toBe(0);
    tracker.addSample(0, 0);
    expect(tracker.velocity(0)).toBe(0);
    tracker.addSample(10, 50);
    expect(tracker.velocity(10)).toBeCloseTo(5, 12);
    tracker.reset();
    expect(tracker.sampleCount).toBe(0);
    expect(tracker.velocity(10)).toBe(0);
  });

  it('VEL7 bad input throws and changes nothing', () => {
    const tracker = new VelocityTracker();
    tracker.addSample(0, 0);
    tracker.addSample(10, 10);
    expect(() => tracker.addSample(Number.NaN, 1)).toThrow(RangeError);
    expect(() => tracker.addSample(20, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => new VelocityTracker(1)).toThrow(RangeError);
    expect(tracker.sampleCount).toBe(2);
    expect(tracker.velocity(10)).toBeCloseTo(1, 12);
  });
});
