import { describe, expect, it, vi } from 'vitest';
import { Node, Stage } from '../../src/core/index.js';
import { createYogaLayoutEngine } from '../../src/layout/index.js';
import { Text, View } from '../../src/widgets/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';
import { createHarness, createManualFrames, Probe } from './harness.js';
import type { ProbeRecord } from './harness.js';

/** A canvas whose size setters throw (or are ignored) after creation, like hosts that refuse resizing. */
function refusingCanvas(width: number, height: number, mode: 'throw' | 'ignore'): MockCanvas {
  const canvas = createMockCanvas(width, height);
  for (const key of ['width', 'height'] as const) {
    const fixed = canvas[key];
    Object.defineProperty(canvas, key, {
      get: () => fixed,
      set: () => {
        if (mode === 'throw') throw new Error('canvas size is read-only');
      },
    });
  }
  return canvas;
}

describe('Stage backing store', () => {
  it('STAGE1 resize(375, 600, 3) makes a 1125×1800 backing store drawn at scale 3', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    h.stage.root.appendChild(new Probe(log, { width: 10, height: 10, marginLeft: 2, marginTop: 4 }));
    h.stage.resize(375, 600, 3);
    h.frames.flush();
    expect([h.canvas.width, h.canvas.height]).toEqual([1125, 1800]);
    expect([h.stage.width, h.stage.height, h.stage.scaleX, h.stage.scaleY]).toEqual([375, 600, 3, 3]);
    expect([h.stage.root.width, h.stage.root.height]).toEqual([375, 600]);
    expect(log.at(-1)!.transform).toEqual([3, 0, 0, 3, 6, 12]);
    const clears = vi.mocked(h.ctx.clearRect).mock.calls;
    expect(clears.at(-1)).toEqual([0, 0, 1125, 1800]);
  });

  it('STAGE1 the backing store size is rounded to whole pixels', async () => {
    const h = await createHarness();
    h.stage.resize(100.4, 50.2, 2.5);
    expect([h.canvas.width, h.canvas.height]).toEqual([251, 126]);
    expect(h.stage.scaleX).toBeCloseTo(251 / 100.4, 9);
    expect(h.stage.scaleY).toBeCloseTo(126 / 50.2, 9);
  });

  it.each(['throw', 'ignore'] as const)(
    'STAGE2 a host that refuses canvas resizing (%s) keeps its size; x and y scales follow it and drawing fills it',
    async (mode) => {
      const canvas = refusingCanvas(600, 900, mode);
      const h = await createHarness({ canvas, width: 375, height: 600, pixelRatio: 3 });
      expect([canvas.width, canvas.height]).toEqual([600, 900]);
      expect(h.stage.scaleX).toBeCloseTo(600 / 375, 9);
      expect(h.stage.scaleY).toBeCloseTo(900 / 600, 9);
      const log: ProbeRecord[] = [];
      h.stage.root.appendChild(new Probe(log, { flexGrow: 1 }));
      h.frames.flush();
      // The full-size node is drawn with independent scales, so it covers the whole canvas.
      const [a, , , d] = log[0]!.transform;
      expect(a! * 375).toBeCloseTo(600, 6);
      expect(d! * 600).toBeCloseTo(900, 6);
      expect(vi.mocked(h.ctx.clearRect).mock.calls.at(-1)).toEqual([0, 0, 600, 900]);
      expect(h.errors).toEqual([]);
    },
  );

  it('STAGE2 a host that refuses only one axis still gets the other resized', async () => {
    const canvas = createMockCanvas(100, 100);
    const fixedHeight = 500;
    Object.defineProperty(canvas, 'height', {
      get: () => fixedHeight,
      set: () => {
        throw new Error('read-only');
      },
    });
    const h = await createHarness({ canvas, width: 200, height: 250, pixelRatio: 2 });
    expect([canvas.width, canvas.height]).toEqual([400, 500]);
    expect([h.stage.scaleX, h.stage.scaleY]).toEqual([2, 2]);
  });

  it('STAGE3 invalid sizes and ratios fall back to 1 instead of breaking the canvas', async () => {
    const h = await createHarness();
    h.stage.resize(Number.NaN, -5, 0);
    expect([h.stage.width, h.stage.height, h.canvas.width, h.canvas.height]).toEqual([1, 1, 1, 1]);
    h.stage.resize(20, 10, Number.POSITIVE_INFINITY);
    expect([h.canvas.width, h.canvas.height, h.stage.scaleX]).toEqual([20, 10, 1]);
  });

  it('STAGE3 a resize that changes nothing asks for no frame; a real one repaints fully once', async () => {
    const h = await createHarness();
    h.frames.flush();
    const req = h.frames.requested;
    h.stage.resize(100, 100, 1);
    expect(h.frames.requested).toBe(req);
    const full = h.stage.stats.fullPaints;
    h.stage.resize(100, 100, 2);
    expect(h.frames.flush()).toBe(1);
    expect(h.stage.stats.fullPaints).toBe(full + 1);
  });

  it('STAGE3 resizing a parent that does not change a text\'s width measures nothing', async () => {
    const h = await createHarness({ width: 200, height: 100 });
    const box = h.stage.root.appendChild(new View({ width: 150, alignItems: 'flex-start', flexDirection: 'column' }));
    const t = box.appendChild(new Text('hello world', { fontSize: 10 }));
    h.frames.flush();
    const calls = h.measurer.measureCalls;
    box.setStyle({ width: 120 });
    h.frames.flush();
    h.stage.resize(200, 100, 3);
    h.frames.flush();
    expect(box.width).toBe(120);
    expect(t.width).toBe(11);
    expect(h.measurer.measureCalls).toBe(calls);
  });
});

describe('Stage lifecycle', () => {
  it('STAGE4 dispose frees every layout node, cancels the pending frame and stops requesting', async () => {
    const h = await createHarness();
    const a = h.stage.root.appendChild(new View({ height: 10 }));
    a.appendChild(new Text('x'));
    h.frames.flush();
    a.setStyle({ backgroundColor: 'red' });
    expect(h.frames.queued).toBe(1);
    h.stage.dispose();
    expect(h.frames.queued).toBe(0);
    expect(h.layout.liveNodes).toBe(0);
    h.stage.dispose();
    expect(h.layout.liveNodes).toBe(0);
  });

  it('STAGE5 two stages share nothing: separate layout nodes, measurers, frames and stats', async () => {
    const a = await createHarness();
    const b = await createHarness({ stage: { measurer: undefined } });
    const c = await createHarness({ stage: { measurer: undefined } });
    expect(b.stage.measurer).not.toBe(c.stage.measurer);
    a.stage.root.appendChild(new Text('one two'));
    a.stage.root.appendChild(new Node());
    b.stage.root.appendChild(new Text('one two'));
    c.stage.root.appendChild(new Text('one two'));
    a.frames.flush();
    b.frames.flush();
    expect(a.layout.liveNodes).toBe(3);
    expect(b.layout.liveNodes).toBe(2);
    // c has not run a frame: nothing was measured through its measurer yet.
    expect(c.stage.measurer.measureCalls).toBe(0);
    expect(b.stage.measurer.measureCalls).toBeGreaterThan(0);
    expect(c.stage.stats.frames).toBe(0);
    a.stage.dispose();
    expect(a.layout.liveNodes).toBe(0);
    expect(b.layout.liveNodes).toBe(2);
    expect(c.frames.queued).toBe(1);
  });

  it('STAGE6 a node whose paintSelf throws does not stop the others painting, and frame never throws', async () => {
    const errors: unknown[] = [];
    const frames = createManualFrames(() => 0);
    const stage = new Stage({
      canvas: createMockCanvas(100, 100),
      layout: await createYogaLayoutEngine(),
      frames,
      now: () => 0,
      onError: (e) => {
        errors.push(e);
        throw new Error('the reporter throws too');
      },
    });
    const log: ProbeRecord[] = [];
    class Boom extends Node {
      public override paintSelf(): void {
        throw new Error('boom');
      }
      public override paintAfterChildren(): void {
        throw new Error('after');
      }
    }
    stage.root.appendChild(new Probe(log, { height: 10 }, 'before'));
    const boom = stage.root.appendChild(new Boom({ height: 10 }));
    boom.appendChild(new Probe(log, { width: 5, height: 5 }, 'child'));
    stage.root.appendChild(new Probe(log, { height: 10 }, 'after'));
    stage.addTicker(() => {
      throw new Error('tick');
    });
    expect(() => frames.flush()).not.toThrow();
    expect(log.map((r) => r.name)).toEqual(['before', 'child', 'after']);
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['after', 'boom', 'tick']);
    expect(() => stage.frame()).not.toThrow();
    expect(stage.isIdle).toBe(true);
  });

  it('STAGE6 a stage without onError swallows errors', async () => {
    const frames = createManualFrames(() => 0);
    const stage = new Stage({ canvas: createMockCanvas(50, 50), layout: await createYogaLayoutEngine(), frames, now: () => 0 });
    class Boom extends Node {
      public override paintSelf(): void {
        throw new Error('boom');
      }
    }
    stage.root.appendChild(new Boom({ height: 10 }));
    expect(() => frames.flush()).not.toThrow();
    expect(stage.stats.fullPaints).toBe(1);
  });

  it('STAGE7 a canvas without a 2d context is a clear error', async () => {
    const layout = await createYogaLayoutEngine();
    const canvas = { width: 1, height: 1, getContext: () => null };
    expect(() => new Stage({ canvas, layout, frames: createManualFrames(() => 0), now: () => 0 })).toThrow(/2d context/);
    expect(layout.liveNodes).toBe(0);
  });
});
