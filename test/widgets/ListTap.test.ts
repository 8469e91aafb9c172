import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { listScene } from './listScene.js';
import type { ListScene, Send } from './listScene.js';

const STAGE_W = 200;
const STAGE_H = 300;
const HEADER = 40;
const ROW = 50;

interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

const viewportArb = fc.record({
  x: fc.integer({ min: -50, max: 200 }),
  y: fc.integer({ min: 0, max: 300 }),
  // Independent x and y scales: stretched canvases.
  width: fc.double({ min: 0.4, max: 3, noNaN: true }).map((k) => STAGE_W * k),
  height: fc.double({ min: 0.4, max: 3, noNaN: true }).map((k) => STAGE_H * k),
});

const gestureArb = fc.record({
  dy: fc.integer({ min: -700, max: 700 }),
  steps: fc.integer({ min: 1, max: 8 }),
  dt: fc.integer({ min: 4, max: 40 }),
  end: fc.constantFrom<'end' | 'cancel'>('end', 'end', 'end', 'cancel'),
  framesAfter: fc.integer({ min: 0, max: 40 }),
});

function screen(vp: Viewport, x: number, y: number): [number, number] {
  return [vp.x + (x * vp.width) / STAGE_W, vp.y + (y * vp.height) / STAGE_H];
}

async function runTapProperty(pixelRatio: number, path: 'message' | 'native'): Promise<void> {
  const s = await listScene({ count: 500 }, { width: STAGE_W, height: STAGE_H, pixelRatio, top: HEADER });
  const send: Send = s[path];
  await fc.assert(
    fc.asyncProperty(viewportArb, fc.array(gestureArb, { maxLength: 6 }), fc.nat(), fc.integer({ min: 0, max: 20_000 }), async (vp, gestures, pick, start) => {
      s.list.scrollTo(start);
      s.h.settle();
      s.taps.length = 0;
      s.input.setViewport(vp);
      for (const g of gestures) {
        const y0 = g.dy > 0 ? 60 : 290; // stage y inside the list
        send('start', 1, ...screen(vp, 100, y0), s.h.now());
        for (let i = 1; i <= g.steps; i++) {
          s.h.advance(g.dt);
          send('move', 1, ...screen(vp, 100, y0 + (g.dy * i) / g.steps), s.h.now());
          if (i % 3 === 0) s.h.frame(0);
        }
        send(g.end, 1, ...screen(vp, 100, y0 + g.dy), s.h.now());
        for (let f = 0; f < g.framesAfter; f++) s.h.frame();
      }
      s.h.settle();
      s.taps.length = 0; // a gesture shorter than the slop was itself a tap
      const offset = s.list.scrollOffset;
      // Rows whose centre is inside the list's box, from the geometry alone (not from the nodes).
      const candidates: number[] = [];
      for (let k = 0; k < 500; k++) {
        const cy = HEADER + k * ROW + ROW / 2 - offset;
        if (cy > HEADER && cy < STAGE_H) candidates.push(k);
      }
      expect(candidates.length).toBeGreaterThan(0);
      const k = candidates[pick % candidates.length]!;
      const cy = HEADER + k * ROW + ROW / 2 - offset;
      send('start', 2, ...screen(vp, STAGE_W / 2, cy), s.h.now());
      send('end', 2, ...screen(vp, STAGE_W / 2, cy), s.h.now());
      expect(s.taps).toEqual([k]);
      expect(s.h.errors).toEqual([]);
    }),
    { numRuns: 15 },
  );
}

describe('List taps', () => {
  for (const pixelRatio of [1, 2, 3]) {
    for (const path of ['message', 'native'] as const) {
      it(`LIST11 tapping the centre of row k after any drags and flings hits row k (${path} path, pixel ratio ${pixelRatio}, stretched viewport)`, async () => {
        await runTapProperty(pixelRatio, path);
      });
    }
  }

  it('LIST12 regression: taps are not off-target when the list is scrolled and the canvas is offset on screen', async () => {
    const s: ListScene = await listScene({ count: 100 }, { top: HEADER });
    const vp = { x: 30, y: 120, width: 100, height: 600 };
    s.input.setViewport(vp);
    s.list.scrollTo(333);
    s.h.settle();
    // Row 9 spans content 450..500, i.e. stage 40 + 450 - 333 = 157..207.
    s.message('start', 1, ...screen(vp, 10, 160), s.h.now());
    s.message('end', 1, ...screen(vp, 10, 160), s.h.now());
    s.message('start', 1, ...screen(vp, 10, 206), s.h.now());
    s.message('end', 1, ...screen(vp, 10, 206), s.h.now());
    s.message('start', 1, ...screen(vp, 10, 208), s.h.now());
    s.message('end', 1, ...screen(vp, 10, 208), s.h.now());
    expect(s.taps).toEqual([9, 9, 10]);
  });

  it('LIST13 regression: rows with tap handlers still scroll, and the press that catches a fling activates nothing', async () => {
    const s = await listScene({ count: 100 });
    s.message('start', 1, 100, 280, s.h.now());
    for (let i = 1; i <= 5; i++) {
      s.h.advance(16);
      s.message('move', 1, 100, 280 - 40 * i, s.h.now());
    }
    s.message('end', 1, 100, 80, s.h.now());
    expect(s.list.scrollOffset).toBeGreaterThan(150);
    expect(s.list.viewport.scrollState).toBe('fling');
    s.h.frame();
    s.message('start', 2, 100, 150, s.h.now());
    s.message('end', 2, 100, 150, s.h.now());
    expect(s.taps).toEqual([]);
    expect(s.list.viewport.scrollState).toBe('idle');
    s.message('start', 3, 100, 150, s.h.now());
    s.message('end', 3, 100, 150, s.h.now());
    expect(s.taps).toEqual([Math.floor((150 + s.list.scrollOffset) / 50)]);
  });
});
