/**
 * Test harness for input and scrolling: a real Stage over the mock canvas and yoga, a manual frame
 * queue and clock, and a layout engine wrapper that counts layout calculations (rows laid out).
 */
import { Stage } from '../../src/core/index.js';
import { createYogaLayoutEngine } from '../../src/layout/index.js';
import type { LayoutEngine, LayoutNode } from '../../src/layout/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';

/** A layout engine that counts `calculate` calls (one per laid-out root). */
export interface CountingLayout extends LayoutEngine {
  calculations: number;
}

async function countingLayout(): Promise<CountingLayout> {
  const inner = await createYogaLayoutEngine();
  const unwrap = new WeakMap<LayoutNode, LayoutNode>();
  const engine: CountingLayout = {
    calculations: 0,
    get liveNodes() {
      return inner.liveNodes;
    },
    setPointScale: (s) => inner.setPointScale(s),
    createNode: () => {
      const n = inner.createNode();
      const wrapped: LayoutNode = {
        applyStyle: (next, prev) => n.applyStyle(next, prev),
        insertChild: (child, index) => n.insertChild(unwrap.get(child) ?? child, index),
        removeChild: (child) => n.removeChild(unwrap.get(child) ?? child),
        setMeasure: (fn) => n.setMeasure(fn),
        markDirty: () => n.markDirty(),
        isDirty: () => n.isDirty(),
        calculate: (w, h) => {
          engine.calculations++;
          n.calculate(w, h);
        },
        hasNewLayout: () => n.hasNewLayout(),
        markLayoutSeen: () => n.markLayoutSeen(),
        computed: () => n.computed(),
        free: () => n.free(),
      };
      unwrap.set(wrapped, n);
      return wrapped;
    },
  };
  return engine;
}

/** A stage driven by hand. */
export interface Harness {
  stage: Stage;
  layout: CountingLayout;
  canvas: MockCanvas;
  errors: unknown[];
  /** The clock in ms. */
  now(): number;
  /** Moves the clock without running frames. */
  advance(ms: number): void;
  /** Advances the clock by `ms` and runs the frame requested, if any. Returns whether one ran. */
  frame(ms?: number): boolean;
  /** Runs frames every `ms` until the stage is idle (bounded); returns the frames run. */
  settle(ms?: number, maxFrames?: number): number;
}

/** Builds a stage of `width × height` logical px at `pixelRatio`, laid out and painted once. */
export async function createHarness(width = 200, height = 300, pixelRatio = 1, clockStart = 1000): Promise<Harness> {
  const layout = await countingLayout();
  const canvas = createMockCanvas(width * pixelRatio, height * pixelRatio);
  let clock = clockStart;
  let nextId = 1;
  const queue = new Map<number, (t: number) => void>();
  const errors: unknown[] = [];
  const stage = new Stage({
    canvas,
    layout,
    frames: {
      requestAnimationFrame: (cb) => {
        const id = nextId++;
        queue.set(id, cb);
        return id;
      },
      cancelAnimationFrame: (id) => {
        queue.delete(id);
      },
    },
    now: () => clock,
    onError: (e) => errors.push(e),
  });
  stage.resize(width, height, pixelRatio);
  const ctx = canvas.getContext('2d');
  const frame = (ms = 16): boolean => {
    clock += ms;
    // The mock records every call forever; keep only the current frame's.
    ctx.__clearEvents();
    ctx.__clearDrawCalls();
    const cbs = Array.from(queue.values());
    queue.clear();
    for (const cb of cbs) cb(clock);
    return cbs.length > 0;
  };
  const settle = (ms = 16, maxFrames = 2000): number => {
    let n = 0;
    while (queue.size > 0 && n < maxFrames) {
      frame(ms);
      n++;
    }
    return n;
  };
  return {
    stage,
    layout,
    canvas,
    errors,
    now: () => clock,
    advance: (ms) => {
      clock += ms;
    },
    frame,
    settle,
  };
}
