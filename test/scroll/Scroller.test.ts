import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  FLING_MAX_OVERSHOOT_FRACTION,
  SCROLL_TO_DURATION_MS,
  Scroller,
  rubberBand,
} from '../../src/scroll/index.js';

/** Drags the pointer at `pointerVelocity` px/ms for `moves` 16 ms events from `p0` starting at `t0`; returns end time. */
function flick(s: Scroller, t0: number, p0: number, pointerVelocity: number, moves = 6): number {
  s.beginDrag(t0, p0);
  let t = t0;
  for (let i = 1; i <= moves; i++) {
    t = t0 + 16 * i;
    s.drag(t, p0 + pointerVelocity * 16 * i);
  }
  s.endDrag(t);
  return t;
}

function inLimits(s: Scroller): boolean {
  const o = s.offset;
  return Number.isFinite(o) && o >= -s.maxOverscroll - 1e-9 && o <= s.maxOffset + s.maxOverscroll + 1e-9;
}

const size = fc.double({ min: 0, max: 20_000, noNaN: true });
const viewport = fc.double({ min: 50, max: 2000, noNaN: true });
const pointerSpeed = fc.tuple(fc.double({ min: 0.2, max: 12, noNaN: true }), fc.boolean()).map(([s, n]) => (n ? -s : s));

type Op =
  | { k: 'begin'; pos: number; dt: number }
  | { k: 'drag'; pos: number; dt: number }
  | { k: 'end'; dt: number }
  | { k: 'step'; dt: number }
  | { k: 'wheel'; delta: number; dt: number }
  | { k: 'scrollTo'; offset: number; animated: boolean; dt: number }
  | { k: 'setBounds'; content: number; viewport: number; dt: number }
  | { k: 'stop'; dt: number };

const dt = fc.double({ min: 0, max: 60, noNaN: true });
const pos = fc.double({ min: -5000, max: 5000, noNaN: true });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('begin' as const), pos, dt }),
  fc.record({ k: fc.constant('drag' as const), pos, dt }),
  fc.record({ k: fc.constant('drag' as const), pos, dt }),
  fc.record({ k: fc.constant('end' as const), dt }),
  fc.record({ k: fc.constant('step' as const), dt }),
  fc.record({ k: fc.constant('step' as const), dt }),
  fc.record({ k: fc.constant('wheel' as const), delta: pos, dt }),
  fc.record({ k: fc.constant('scrollTo' as const), offset: pos, animated: fc.boolean(), dt }),
  fc.record({ k: fc.constant('setBounds' as const), content: size, viewport, dt }),
  fc.record({ k: fc.constant('stop' as const), dt }),
);

function apply(s: Scroller, o: Op, t: number): void {
  switch (o.k) {
    case 'begin': return s.beginDrag(t, o.pos);
    case 'drag': return s.drag(t, o.pos);
    case 'end': return s.endDrag(t);
    case 'step': s.step(t); return;
    case 'wheel': return s.wheel(o.delta, t);
    case 'scrollTo': return s.scrollTo(o.offset, o.animated, t);
    case 'setBounds': return s.setBounds(o.content, o.viewport);
    case 'stop': s.stop(t); return;
  }
}

describe('Scroller', () => {
  it('SCR1 within bounds the content moves exactly by the finger delta', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 9000, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (start, fractions) => {
          const s = new Scroller({ contentSize: 10_000, viewportSize: 1000 });
          s.scrollTo(start, false, 0);
          s.beginDrag(0, 500);
          fractions.forEach((f, i) => {
            // Finger positions keeping start - delta inside [0, 9000].
            const delta = f >= 0 ? f * start : f * (9000 - start);
            const pointer = 500 + delta;
            s.drag(16 * (i + 1), pointer);
            const expected = start - (pointer - 500);
            // Rounding in `pointer` can land a hair outside the range; that case belongs to SCR2.
            if (expected >= 0 && expected <= 9000) expect(s.offset).toBe(expected);
            expect(s.state).toBe('drag');
          });
        },
      ),
    );
  });

  it('SCR2 past a bound the drag is rubber-banded: content moves less than the finger, never a viewport', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), viewport, (past, vp) => {
        const s = new Scroller({ contentSize: 5000, viewportSize: vp });
        s.beginDrag(0, 0);
        s.drag(16, past); // finger moves down past the top
        expect(s.offset).toBeCloseTo(-rubberBand(past, vp), 9);
        expect(-s.offset).toBeLessThan(past);
        expect(-s.offset).toBeLessThan(vp);
        const max = s.maxOffset;
        s.drag(32, -(max + past)); // and up past the bottom
        expect(s.offset - max).toBeCloseTo(rubberBand(past, vp), 6);
      }),
    );
  });

  it('SCR3 the offset stays finite and within the range plus the overscroll limit for any sequence of calls', () => {
    fc.assert(
      fc.property(size, viewport, fc.array(op, { maxLength: 60 }), (content, vp, ops) => {
        const s = new Scroller({ contentSize: content, viewportSize: vp });
        let t = 0;
        for (const o of ops) {
          t += o.dt;
          apply(s, o, t);
          expect(inLimits(s)).toBe(true);
          expect(Number.isFinite(s.velocity)).toBe(true);
        }
        // Whatever happened, a released scroller comes to rest inside the range.
        s.endDrag(t);
        let steps = 0;
        while (s.step((t += 16)) && steps < 2000) steps++;
        expect(steps).toBeLessThan(2000);
        expect(s.state).toBe('idle');
        expect(s.offset).toBeGreaterThanOrEqual(0);
        expect(s.offset).toBeLessThanOrEqual(s.maxOffset);
      }),
    );
  });

  it('SCR4 a fling always comes to rest within a bounded number of steps, inside the bounds', () => {
    fc.assert(
      fc.property(size, viewport, fc.double({ min: 0, max: 1, noNaN: true }), pointerSpeed, (content, vp, at, v) => {
        const s = new Scroller({ contentSize: content, viewportSize: vp });
        s.scrollTo(at * s.maxOffset, false, 0);
        let t = flick(s, 0, 0, v);
        expect(s.isAnimating).toBe(true);
        let steps = 0;
        while (s.step((t += 1000 / 60))) {
          steps++;
          expect(inLimits(s)).toBe(true);
          if (steps > 600) break;
        }
        expect(steps).toBeLessThanOrEqual(600); // 10 s at 60 Hz
        expect(s.state).toBe('idle');
        expect(s.isAnimating).toBe(false);
        expect(s.velocity).toBe(0);
        expect(s.offset).toBeGreaterThanOrEqual(0);
        expect(s.offset).toBeLessThanOrEqual(s.maxOffset);
      }),
    );
  });

  it('SCR5 a touch that stops a fling reports wasFlinging (so the tap does not activate a row); idle and drag do not', () => {
    const s = new Scroller({ contentSize: 100_000, viewportSize: 600 });
    s.scrollTo(50_000, false, 0);
    expect(s.stop(0)).toEqual({ wasFlinging: false });
    const t = flick(s, 0, 500, -3);
    s.step(t + 100);
    expect(s.state).toBe('fling');
    const twin = new Scroller({ contentSize: 100_000, viewportSize: 600 });
    twin.scrollTo(50_000, false, 0);
    flick(twin, 0, 500, -3);
    twin.step(t + 150);
    expect(s.stop(t + 150)).toEqual({ wasFlinging: true });
    expect(s.offset).toBe(twin.offset); // stopped where it was
    expect(s.state).toBe('idle');
    expect(s.step(t + 500)).toBe(false);
    expect(s.offset).toBe(twin.offset);
    s.beginDrag(t + 600, 0);
    expect(s.stop(t + 600)).toEqual({ wasFlinging: false });
  });

  it('SCR6 flings are frame-rate independent: stepping at 30, 60 and 120 Hz gives the same offsets at the same times', () => {
    fc.assert(
      fc.property(size, viewport, fc.double({ min: 0, max: 1, noNaN: true }), pointerSpeed, (content, vp, at, v) => {
        const rates = [30, 60, 120];
        const scrollers = rates.map(() => new Scroller({ contentSize: content, viewportSize: vp }));
        let release = 0;
        for (const s of scrollers) {
          s.scrollTo(at * s.maxOffset, false, 0);
          release = flick(s, 0, 0, v);
        }
        const seen = rates.map(() => [] as number[]);
        rates.forEach((hz, r) => {
          const s = scrollers[r] as Scroller;
          for (let k = 1; k <= hz * 8; k++) {
            s.step(release + (k * 1000) / hz);
            if ((k * 10) % hz === 0) (seen[r] as number[]).push(s.offset); // every 100 ms
          }
        });
        expect(seen[0]?.length).toBe(80);
        for (let j = 0; j < 80; j++) {
          expect(Math.abs((seen[1]?.[j] ?? NaN) - (seen[0]?.[j] ?? NaN))).toBeLessThanOrEqual(1e-6);
          expect(Math.abs((seen[2]?.[j] ?? NaN) - (seen[0]?.[j] ?? NaN))).toBeLessThanOrEqual(1e-6);
        }
      }),
    );
  });

  it('SCR7 a slow release, or one after the finger paused, does not fling', () => {
    const slow = new Scroller({ contentSize: 10_000, viewportSize: 600 });
    slow.scrollTo(5000, false, 0);
    flick(slow, 0, 300, 0.02);
    expect(slow.state).toBe('idle');
    expect(slow.isAnimating).toBe(false);

    const paused = new Scroller({ contentSize: 10_000, viewportSize: 600 });
    paused.scrollTo(5000, false, 0);
    paused.beginDrag(0, 300);
    for (let i = 1; i <= 6; i++) paused.drag(16 * i, 300 - 4 * 16 * i);
    const held = paused.offset;
    paused.endDrag(96 + 60); // held still for 60 ms
    expect(paused.state).toBe('idle');
    expect(paused.offset).toBe(held);

    const fast = new Scroller({ contentSize: 10_000, viewportSize: 600 });
    fast.scrollTo(5000, false, 0);
    flick(fast, 0, 300, -4);
    expect(fast.state).toBe('fling');
    expect(fast.velocity).toBeCloseTo(4, 6);
  });

  it('SCR8 releasing while overscrolled springs back to the bound without overshooting it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3000, noNaN: true }), fc.boolean(), (past, top) => {
        const s = new Scroller({ contentSize: 3000, viewportSize: 600 });
        if (!top) s.scrollTo(2400, false, 0);
        s.beginDrag(0, 0);
        s.drag(16, top ? past : -past);
        s.drag(200, top ? past : -past); // held still: no fling velocity
        s.endDrag(200);
        expect(s.state).toBe('settle');
        const bound = top ? 0 : 2400;
        let previous = Math.abs(s.offset - bound);
        let t = 200;
        while (s.step((t += 16))) {
          const distance = Math.abs(s.offset - bound);
          expect(distance).toBeLessThanOrEqual(previous + 1e-9);
          expect(Math.sign(s.offset - bound)).not.toBe(top ? 1 : -1);
          previous = distance;
        }
        expect(s.offset).toBe(bound);
        expect(s.state).toBe('idle');
      }),
    );
  });

  it('SCR9 a fling that reaches a bound bounces past it by at most a quarter viewport, then rests on it', () => {
    fc.assert(
      fc.property(viewport, fc.double({ min: 1, max: 12, noNaN: true }), (vp, v) => {
        const s = new Scroller({ contentSize: 100_000, viewportSize: vp });
        s.scrollTo(50 + 6 * 16 * v, false, 0); // the drag itself ends 50 px from the top
        let t = flick(s, 0, 0, v); // finger moves down: content scrolls toward the top
        expect(s.offset).toBeCloseTo(50, 9);
        expect(s.state).toBe('fling');
        let lowest = s.offset;
        const states = new Set<string>([s.state]);
        while (s.step((t += 8))) {
          lowest = Math.min(lowest, s.offset);
          states.add(s.state);
        }
        expect(states.has('settle')).toBe(true);
        expect(lowest).toBeLessThan(0);
        expect(lowest).toBeGreaterThanOrEqual(-FLING_MAX_OVERSHOOT_FRACTION * vp - 1e-9);
        expect(s.offset).toBe(0);
      }),
    );
  });

  it('SCR10 scrollTo jumps (stopping a fling) or eases to a clamped target in a fixed time', () => {
    const s = new Scroller({ contentSize: 10_000, viewportSize: 1000 });
    const t = flick(s, 0, 0, -5);
    expect(s.state).toBe('fling');
    s.scrollTo(2000, false, t + 10);
    expect(s.state).toBe('idle');
    expect(s.offset).toBe(2000);
    expect(s.step(t + 100)).toBe(false);
    expect(s.offset).toBe(2000);

    s.scrollTo(1e9, true, 1000);
    expect(s.state).toBe('settle');
    s.step(1000 + SCROLL_TO_DURATION_MS / 2);
    expect(s.offset).toBeGreaterThan(2000 + 0.5 * 7000); // ease-out: past half-way at half time
    expect(s.offset).toBeLessThan(9000);
    expect(s.step(1000 + SCROLL_TO_DURATION_MS)).toBe(false);
    expect(s.offset).toBe(9000);
    s.scrollTo(-50, false, 2000);
    expect(s.offset).toBe(0);
  });

  it('SCR11 wheel moves by its delta clamped to the range, never rubber-banded, and stops a fling', () => {
    fc.assert(
      fc.property(fc.array(pos, { maxLength: 20 }), (deltas) => {
        const s = new Scroller({ contentSize: 3000, viewportSize: 1000 });
        let expected = 0;
        deltas.forEach((d, i) => {
          s.wheel(d, i);
          expected = Math.min(Math.max(expected + d, 0), 2000);
          expect(s.offset).toBe(expected);
          expect(s.state).toBe('idle');
        });
      }),
    );
    const s = new Scroller({ contentSize: 100_000, viewportSize: 1000 });
    const t = flick(s, 0, 0, -5);
    s.step(t + 50);
    const at = s.offset;
    s.wheel(10, t + 50);
    expect(s.offset).toBe(at + 10);
    expect(s.isAnimating).toBe(false);
  });

  it('SCR12 setBounds keeps the offset, clamps it at rest, re-bands a drag and keeps a fling inside the new range', () => {
    const s = new Scroller({ contentSize: 3000, viewportSize: 1000 });
    s.scrollTo(1500, false, 0);
    s.setBounds(5000, 1000);
    expect(s.offset).toBe(1500);
    s.setBounds(2000, 1000);
    expect(s.offset).toBe(1000);
    expect(s.state).toBe('idle');
    s.setBounds(0, 0);
    expect(s.offset).toBe(0);

    const d = new Scroller({ contentSize: 3000, viewportSize: 1000 });
    d.beginDrag(0, 0);
    d.drag(16, -2100); // 100 px finger past max 2000
    d.setBounds(2500, 1000); // max 1500: now 600 px past
    expect(d.offset).toBeCloseTo(1500 + rubberBand(600, 1000), 9);

    const f = new Scroller({ contentSize: 100_000, viewportSize: 1000 });
    let t = flick(f, 0, 0, -6);
    f.step((t += 100));
    f.setBounds(f.offset + 1200, 1000); // only 200 px left to scroll
    while (f.step((t += 16))) expect(inLimits(f)).toBe(true);
    expect(f.offset).toBe(f.maxOffset);
  });

  it('SCR13 catching content mid-bounce continues the drag from where it is, without a jump', () => {
    const s = new Scroller({ contentSize: 3000, viewportSize: 600 });
    s.beginDrag(0, 0);
    s.drag(16, 400);
    s.drag(300, 400);
    s.endDrag(300);
    s.step(400);
    const at = s.offset;
    expect(at).toBeLessThan(0);
    s.beginDrag(400, 50);
    expect(s.offset).toBe(at);
    s.drag(416, 50);
    expect(s.offset).toBeCloseTo(at, 6);
    s.drag(432, 40); // finger up 10 px: content follows, less than 10 px (still banded)
    expect(s.offset).toBeGreaterThan(at);
    expect(s.offset - at).toBeLessThan(10);
  });

  it('SCR14 bad input throws a RangeError and changes nothing', () => {
    expect(() => new Scroller({ contentSize: -1, viewportSize: 100 })).toThrow(RangeError);
    const s = new Scroller({ contentSize: 3000, viewportSize: 1000 });
    s.scrollTo(700, false, 0);
    expect(() => s.scrollTo(Number.NaN, false, 0)).toThrow(RangeError);
    expect(() => s.wheel(Number.POSITIVE_INFINITY, 0)).toThrow(RangeError);
    expect(() => s.setBounds(Number.NaN, 10)).toThrow(RangeError);
    expect(() => s.beginDrag(0, Number.NaN)).toThrow(RangeError);
    expect(() => s.step(Number.NaN)).toThrow(RangeError);
    expect(s.offset).toBe(700);
    expect(s.maxOffset).toBe(2000);
    expect(s.state).toBe('idle');
  });
});
