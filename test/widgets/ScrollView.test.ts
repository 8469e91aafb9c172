import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { InputRouter } from '../../src/input/index.js';
import { SCROLLBAR_FADE_MS, SCROLLBAR_HIDE_DELAY_MS, ScrollView, View } from '../../src/widgets/index.js';
import { createHarness } from '../input/harness.js';
import type { Harness } from '../input/harness.js';

async function setup(rows = 20, rowHeight = 50): Promise<{ h: Harness; sv: ScrollView; input: InputRouter }> {
  const h = await createHarness(200, 300);
  const sv = h.stage.root.appendChild(new ScrollView({ flexGrow: 1 }));
  for (let i = 0; i < rows; i++) sv.appendChild(new View({ height: rowHeight, backgroundColor: i % 2 ? '#eee' : '#ddd' }));
  h.settle();
  return { h, sv, input: new InputRouter(h.stage) };
}

/** A quick upward flick: `px` stage px over `steps` moves `dt` ms apart, then release. */
function flick(h: Harness, input: InputRouter, y0: number, px: number, steps = 5, dt = 16): void {
  input.pointer('start', 1, 100, y0, h.now());
  for (let i = 1; i <= steps; i++) {
    h.advance(dt);
    input.pointer('move', 1, 100, y0 - (px * i) / steps, h.now());
  }
  input.pointer('end', 1, 100, y0 - px, h.now());
}

describe('ScrollView', () => {
  it('SV1 children go into a content container that may be taller than the viewport; the range is content minus viewport', async () => {
    const { sv } = await setup();
    expect(sv.children).toEqual([sv.content]);
    expect(sv.content.children.length).toBe(20);
    expect(sv.content.children[3]!.y).toBe(150);
    expect(sv.contentHeight).toBe(1000);
    expect(sv.maxScrollOffset).toBe(700);
    expect(sv.style.overflow).toBe('hidden');
    sv.setStyle({ overflow: 'visible' });
    expect(sv.style.overflow).toBe('hidden');
  });

  it('SV2 a fling decelerates over time and comes to rest inside the range', async () => {
    const { h, sv, input } = await setup();
    flick(h, input, 250, 100);
    expect(sv.scrollState).toBe('fling');
    let prev = sv.scrollOffset;
    let frames = 0;
    while (sv.isAnimating && frames < 1000) {
      h.frame();
      frames++;
      if (sv.scrollState === 'fling') expect(sv.scrollOffset).toBeGreaterThanOrEqual(prev);
      prev = sv.scrollOffset;
    }
    expect(sv.isAnimating).toBe(false);
    expect(sv.scrollOffset).toBeGreaterThan(100);
    expect(sv.scrollOffset).toBeLessThanOrEqual(700);
  });

  it('SV3 deceleration is time-based: the same fling passes through the same offsets at 30, 60 and 120 Hz', async () => {
    const sample = async (dt: number): Promise<Map<number, number>> => {
      const { h, sv, input } = await setup(200);
      flick(h, input, 250, 100);
      const t0 = h.now();
      const seen = new Map<number, number>();
      for (let i = 0; i < 2000 && sv.isAnimating; i++) {
        h.frame(dt);
        seen.set(Math.round(h.now() - t0), sv.scrollOffset); // whole ms: the three rates share every 100 ms
      }
      seen.set(-1, sv.scrollOffset);
      return seen;
    };
    const [a, b, c] = [await sample(1000 / 30), await sample(1000 / 60), await sample(1000 / 120)];
    let compared = 0;
    for (const [t, off] of a) {
      if (t < 0) continue;
      const other = [b.get(t), c.get(t)].filter((v) => v !== undefined);
      for (const v of other) {
        expect(v).toBeCloseTo(off, 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
    expect(b.get(-1)).toBeCloseTo(a.get(-1)!, 6);
    expect(c.get(-1)).toBeCloseTo(a.get(-1)!, 6);
  });

  it('SV4 dragging past the top rubber-bands (less than the finger, bounded) and springs back on release', async () => {
    const { h, sv, input } = await setup();
    input.pointer('start', 1, 100, 20, h.now());
    for (let i = 1; i <= 10; i++) {
      h.advance(16);
      input.pointer('move', 1, 100, 20 + 30 * i, h.now());
    }
    const finger = 300 - 8; // past the slop
    expect(sv.scrollOffset).toBeLessThan(0);
    expect(-sv.scrollOffset).toBeLessThan(finger);
    expect(-sv.scrollOffset).toBeLessThan(300);
    h.advance(100);
    input.pointer('end', 1, 100, 320, h.now());
    h.settle();
    expect(sv.scrollOffset).toBe(0);
    expect(sv.scrollState).toBe('idle');
  });

  it('SV5 scrollTo jumps or animates; a request before layout is applied once sizes are known', async () => {
    const { h, sv } = await setup();
    sv.scrollTo(120);
    expect(sv.scrollOffset).toBe(120);
    expect(sv.contentOffsetY).toBe(120);
    sv.scrollTo(5000);
    expect(sv.scrollOffset).toBe(700);
    sv.scrollTo(0, true);
    expect(sv.scrollOffset).toBe(700);
    h.settle();
    expect(sv.scrollOffset).toBe(0);
    expect(() => sv.scrollTo(Number.NaN)).toThrow(RangeError);
    expect(sv.scrollOffset).toBe(0);

    const early = new ScrollView({ flexGrow: 1 });
    for (let i = 0; i < 20; i++) early.appendChild(new View({ height: 50 }));
    early.scrollTo(400);
    h.stage.root.removeAllChildren();
    h.stage.root.appendChild(early);
    h.settle();
    expect(early.scrollOffset).toBe(400);
  });

  it('SV6 wheel input scrolls within the range without rubber band', async () => {
    const { h, sv, input } = await setup();
    input.wheel(100, 100, 90);
    expect(sv.scrollOffset).toBe(90);
    input.wheel(100, 100, -500);
    expect(sv.scrollOffset).toBe(0);
    input.wheel(100, 100, 5000);
    expect(sv.scrollOffset).toBe(700);
    h.settle();
  });

  it('SV7 the scrollbar shows while moving and fades out after motion stops, then frames stop', async () => {
    const { h, sv, input } = await setup();
    expect(sv.scrollbarOpacity).toBe(0);
    input.wheel(100, 100, 90);
    expect(sv.scrollbarOpacity).toBe(1);
    const fills = (): number => h.canvas.getContext('2d').__getEvents().filter((e) => e.type === 'fill').length;
    h.canvas.getContext('2d').__clearEvents();
    h.frame();
    expect(fills()).toBeGreaterThan(0); // the thumb is a filled round rect
    h.frame(SCROLLBAR_HIDE_DELAY_MS - 100 - 16); // 16 ms already passed in the frame above
    expect(sv.scrollbarOpacity).toBe(1);
    h.frame(100 + SCROLLBAR_FADE_MS / 2);
    expect(sv.scrollbarOpacity).toBeCloseTo(0.5, 6);
    h.frame(SCROLLBAR_FADE_MS);
    expect(sv.scrollbarOpacity).toBe(0);
    h.settle();
    expect(h.stage.isIdle).toBe(true);
    const requested = h.stage.scheduler.framesRequested;
    h.frame();
    expect(h.stage.scheduler.framesRequested).toBe(requested);
  });

  it('SV8 the scroll position is kept when the content size changes, and clamped when it shrinks', async () => {
    const { h, sv } = await setup();
    sv.scrollTo(300);
    for (let i = 0; i < 5; i++) sv.appendChild(new View({ height: 50 }));
    h.settle();
    expect(sv.maxScrollOffset).toBe(950);
    expect(sv.scrollOffset).toBe(300);
    for (let i = 0; i < 18; i++) sv.content.children[0]!.destroy();
    h.settle();
    expect(sv.maxScrollOffset).toBe(50);
    expect(sv.scrollOffset).toBe(50);
  });

  it('SV9 a scroll frame repaints only the scroll view region and runs no layout', async () => {
    const h = await createHarness(200, 300);
    h.stage.root.appendChild(new View({ height: 200 }));
    const sv = h.stage.root.appendChild(new ScrollView({ height: 100 }));
    for (let i = 0; i < 20; i++) sv.appendChild(new View({ height: 50 }));
    h.settle();
    const input = new InputRouter(h.stage);
    const before = { ...h.stage.stats };
    const calcs = h.layout.calculations;
    input.pointer('start', 1, 100, 290, h.now());
    for (let i = 1; i <= 6; i++) {
      h.advance(16);
      input.pointer('move', 1, 100, 290 - 12 * i, h.now());
      h.frame(0);
    }
    expect(sv.scrollOffset).toBeGreaterThan(50);
    expect(h.stage.stats.layouts).toBe(before.layouts);
    expect(h.layout.calculations).toBe(calcs);
    expect(h.stage.stats.fullPaints).toBe(before.fullPaints);
    expect(h.stage.stats.regionPaints).toBeGreaterThan(before.regionPaints);
    input.pointer('cancel', 1, 100, 218, h.now());
  });

  it('SV10 after arbitrary gestures the offset stays within the rubber-band limit and comes to rest in range', async () => {
    const { h, sv, input } = await setup();
    const step = fc.record({
      kind: fc.constantFrom('drag', 'wheel', 'wait', 'scrollTo', 'tap'),
      dy: fc.integer({ min: -400, max: 400 }),
      moves: fc.integer({ min: 1, max: 8 }),
      dt: fc.integer({ min: 1, max: 60 }),
      end: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const check = (): void => {
          expect(sv.scrollOffset).toBeGreaterThanOrEqual(-sv.height);
          expect(sv.scrollOffset).toBeLessThanOrEqual(sv.maxScrollOffset + sv.height);
        };
        for (const s of steps) {
          if (s.kind === 'drag') {
            input.pointer('start', 1, 100, 150, h.now());
            for (let i = 1; i <= s.moves; i++) {
              h.advance(s.dt);
              input.pointer('move', 1, 100, 150 + (s.dy * i) / s.moves, h.now());
              check();
              if (i % 2 === 0) h.frame(0);
            }
            input.pointer(s.end ? 'end' : 'cancel', 1, 100, 150 + s.dy, h.now());
          } else if (s.kind === 'wheel') input.wheel(100, 100, s.dy);
          else if (s.kind === 'scrollTo') sv.scrollTo(s.dy * 3, s.end);
          else if (s.kind === 'tap') {
            input.pointer('start', 2, 100, 100, h.now());
            input.pointer('end', 2, 100, 100, h.now());
          }
          for (let i = 0; i < s.moves; i++) {
            h.frame(s.dt);
            check();
          }
        }
        h.settle();
        expect(sv.isAnimating).toBe(false);
        expect(sv.scrollOffset).toBeGreaterThanOrEqual(0);
        expect(sv.scrollOffset).toBeLessThanOrEqual(sv.maxScrollOffset);
        expect(h.stage.isIdle).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('SV11 detaching stops its animation ticker; the layout nodes are freed', async () => {
    const { h, sv, input } = await setup();
    flick(h, input, 250, 100);
    h.frame();
    sv.destroy();
    h.settle();
    expect(h.stage.isIdle).toBe(true);
    expect(h.layout.liveNodes).toBe(1); // the root
  });
});
