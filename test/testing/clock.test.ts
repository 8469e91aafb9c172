import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createOpenDataHost } from '../../src/host/index.js';
import { SIM_FRAME_INTERVAL_MS, createSimulatedHost } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function sim(extra: Partial<Parameters<typeof createSimulatedHost>[0]> = {}) {
  return createSimulatedHost({ canvas: createMockCanvas(), ...extra });
}

describe('simulated clock', () => {
  it('SIM7 rAF callbacks run once per frame interval during advance, one batch per frame', () => {
    const s = sim();
    const raf = s.odcGlobal.requestAnimationFrame!;
    const times: number[] = [];
    const loop = (t: number): void => {
      times.push(t);
      if (times.length < 3) raf(loop);
    };
    raf(loop);
    expect(s.pendingFrames()).toBe(1);
    s.advance(SIM_FRAME_INTERVAL_MS - 1);
    expect(times).toEqual([]);
    s.advance(1000);
    expect(times).toEqual([1, 2, 3].map((k) => k * SIM_FRAME_INTERVAL_MS));
    expect(s.pendingFrames()).toBe(0);
    expect(s.calls.rafRequests).toBe(3);
  });

  it('SIM7 frame() runs exactly the queued batch and returns its size; callbacks queued during it wait', () => {
    const s = sim();
    const raf = s.odcGlobal.requestAnimationFrame!;
    const inner = vi.fn();
    raf(() => raf(inner));
    raf(() => undefined);
    expect(s.frame()).toBe(2);
    expect(inner).not.toHaveBeenCalled();
    expect(s.pendingFrames()).toBe(1);
    expect(s.frame()).toBe(1);
    expect(s.frame()).toBe(0);
  });

  it('SIM7 cancelAnimationFrame removes a pending callback; an idle sim has no frames pending', () => {
    const s = sim();
    const cb = vi.fn();
    const id = s.odcGlobal.requestAnimationFrame!(cb);
    s.odcGlobal.cancelAnimationFrame!(id);
    expect(s.pendingFrames()).toBe(0);
    s.advance(100);
    expect(cb).not.toHaveBeenCalled();
  });

  it('SIM8 timers run in due order with ties in scheduling order, at any split of advance()', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 10 }),
        (delays, steps) => {
          const s = sim();
          const fired: Array<{ i: number; at: number }> = [];
          delays.forEach((d, i) => s.odcGlobal.setTimeout!(() => fired.push({ i, at: s.now() }), d));
          for (const step of steps) s.advance(step);
          s.advance(200);
          const expected = delays.map((d, i) => ({ i, at: d })).sort((a, b) => a.at - b.at || a.i - b.i);
          expect(fired).toEqual(expected);
        },
      ),
    );
  });

  it('SIM8 clearTimeout cancels; nested zero-delay timers run within the same flush', () => {
    const s = sim();
    const cancelled = vi.fn();
    const id = s.odcGlobal.setTimeout!(cancelled, 10);
    s.odcGlobal.clearTimeout!(id);
    const chain: number[] = [];
    s.odcGlobal.setTimeout!(() => {
      chain.push(1);
      s.odcGlobal.setTimeout!(() => chain.push(2), 0);
    }, 0);
    s.flush();
    s.advance(20);
    expect(chain).toEqual([1, 2]);
    expect(cancelled).not.toHaveBeenCalled();
    expect(s.pendingTimers()).toBe(0);
  });

  it('SIM12 a throwing callback does not stop the others; advance rethrows the first error at the end', () => {
    const s = sim();
    const after = vi.fn();
    s.odcGlobal.setTimeout!(() => {
      throw new Error('first');
    }, 5);
    s.odcGlobal.setTimeout!(() => {
      throw new Error('second');
    }, 6);
    s.odcGlobal.setTimeout!(after, 7);
    expect(() => s.advance(10)).toThrow('first');
    expect(after).toHaveBeenCalledTimes(1);
    expect(s.now()).toBe(10);
  });

  it('SIM12 a timer that reschedules itself forever is reported instead of hanging', () => {
    const s = sim();
    const spin = (): void => {
      s.odcGlobal.setTimeout!(spin, 0);
    };
    spin();
    expect(() => s.flush()).toThrow(/forever/);
  });

  it('SIM16 the real clock pumps frames through the globals rAF and refuses advance()', () => {
    const queued: Array<() => void> = [];
    const globals = {
      requestAnimationFrame: (cb: () => void) => queued.push(cb),
      setTimeout: vi.fn(),
      clearTimeout: vi.fn(),
      performance: { now: () => 500 },
    };
    const s = sim({ clock: 'real', globals });
    expect(() => s.advance(1)).toThrow(/manual/);
    const seen: number[] = [];
    s.odcGlobal.requestAnimationFrame!((t) => seen.push(t));
    s.odcGlobal.requestAnimationFrame!((t) => seen.push(t));
    expect(queued).toHaveLength(1);
    expect(s.pendingFrames()).toBe(2);
    queued[0]?.();
    expect(seen).toEqual([500, 500]);
    expect(s.pendingFrames()).toBe(0);
    s.odcGlobal.setTimeout!(() => undefined, 30);
    expect(globals.setTimeout).toHaveBeenCalledTimes(1);
  });

  it('SIM18 the host adapter now() and frames follow the sim clock', () => {
    const s = sim();
    const host = createOpenDataHost(s.odcGlobal, {});
    s.advance(123);
    expect(host.now()).toBe(123);
    const cb = vi.fn();
    host.requestAnimationFrame(cb);
    expect(s.pendingFrames()).toBe(1);
    s.advance(SIM_FRAME_INTERVAL_MS);
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
