/**
 * A deterministic stage for engine tests: a manual frame host (a queue of rAF callbacks the test
 * flushes), a manual clock, a recording mock canvas and a text measurer whose widths are easy to
 * compute by hand (each UTF-16 unit is fontSize / 10 px wide, so a 10px font gives 1 px per char).
 */
import type { Canvas2D } from '../../src/host/types.js';
import { Node, Stage } from '../../src/core/index.js';
import type { FrameHost, StageOptions } from '../../src/core/index.js';
import { createYogaLayoutEngine } from '../../src/layout/index.js';
import type { LayoutEngine } from '../../src/layout/index.js';
import { createTextMeasurer } from '../../src/paint/index.js';
import type { CachedContext } from '../../src/paint/index.js';
import type { TextMeasurer } from '../../src/paint/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import type { MockCanvas, MockContext } from '../helpers/mockCanvas.js';

/** Width of `text` in `font` for the fake font: length × fontSize / 10. */
export function fakeTextWidth(font: string, text: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  const size = m === null ? 10 : Number(m[1]);
  return (text.length * size) / 10;
}

/** A manual frame host: callbacks queue until `flush` or `step` runs them. */
export interface ManualFrames extends FrameHost {
  /** rAF calls so far. */
  readonly requested: number;
  /** Frames waiting to run. */
  readonly queued: number;
  /** Runs the frames queued now (one rAF tick); returns how many ran. */
  step(): number;
  /** Runs ticks until nothing is queued; returns how many frames ran. Throws after `max` (a frame loop). */
  flush(max?: number): number;
}

/** Creates a {@link ManualFrames} whose callbacks receive `now()`. */
export function createManualFrames(now: () => number): ManualFrames {
  const queue = new Map<number, (t: number) => void>();
  let nextId = 1;
  let requested = 0;
  const frames: ManualFrames = {
    get requested() {
      return requested;
    },
    get queued() {
      return queue.size;
    },
    requestAnimationFrame(cb) {
      requested++;
      const id = nextId++;
      queue.set(id, cb);
      return id;
    },
    cancelAnimationFrame(id) {
      queue.delete(id);
    },
    step() {
      const due = Array.from(queue);
      queue.clear();
      for (const [, cb] of due) cb(now());
      return due.length;
    },
    flush(max = 200) {
      let ran = 0;
      while (queue.size > 0) {
        ran += frames.step();
        if (ran > max) throw new Error(`frames did not settle after ${max} frames`);
      }
      return ran;
    },
  };
  return frames;
}

/** Everything a test needs around one stage. */
export interface Harness {
  stage: Stage;
  canvas: MockCanvas;
  ctx: MockContext;
  layout: LayoutEngine;
  frames: ManualFrames;
  measurer: TextMeasurer;
  errors: unknown[];
  /** The manual clock in ms. */
  clock: { now: number };
  /** Advances the clock by `ms`. */
  advance(ms: number): void;
}

/** Options of {@link createHarness}. */
export interface HarnessOptions {
  width?: number;
  height?: number;
  pixelRatio?: number;
  canvas?: MockCanvas;
  layout?: LayoutEngine;
  /** Extra stage options (images, a measurer over the mock context, ...). */
  stage?: Partial<StageOptions>;
}

/** A text measurer over a fake context using {@link fakeTextWidth}; `measureCalls` counts real measurements. */
export function createFakeMeasurer(): TextMeasurer {
  let font = '10px sans-serif';
  const fake = {
    get font(): string {
      return font;
    },
    set font(v: string) {
      font = v;
    },
    measureText(text: string): { width: number } {
      return { width: fakeTextWidth(font, text) };
    },
  };
  return createTextMeasurer(fake as unknown as Canvas2D);
}

/** Builds a stage sized `width × height` logical px at `pixelRatio` (default 100 × 100 at 1). */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = { now: 0 };
  const frames = createManualFrames(() => clock.now);
  const layout = options.layout ?? (await createYogaLayoutEngine());
  const canvas = options.canvas ?? createMockCanvas(options.width ?? 100, options.height ?? 100);
  const ctx = canvas.getContext('2d');
  const errors: unknown[] = [];
  const measurer = options.stage?.measurer ?? createFakeMeasurer();
  const stage = new Stage({
    canvas,
    layout,
    frames,
    now: () => clock.now,
    measurer,
    onError: (e) => errors.push(e),
    ...options.stage,
  });
  stage.resize(options.width ?? 100, options.height ?? 100, options.pixelRatio ?? 1);
  return {
    stage,
    canvas,
    ctx,
    layout,
    frames,
    measurer: stage.measurer,
    errors,
    clock,
    advance: (ms) => {
      clock.now += ms;
    },
  };
}

/** What a {@link Probe} saw when it painted. */
export interface ProbeRecord {
  name: string | undefined;
  alpha: number;
  /** The context transform `[a, b, c, d, e, f]` during paintSelf. */
  transform: number[];
  /** Number of nested `clip()` calls in force (counted from the recorded save/clip/restore events). */
  clips: number;
}

/** Clips in force after the recorded events: each `clip` adds one, `restore` returns to the saved depth. */
export function clipDepth(events: ReadonlyArray<{ type: string }>): number {
  const stack: number[] = [];
  let depth = 0;
  for (const e of events) {
    if (e.type === 'save') stack.push(depth);
    else if (e.type === 'restore') depth = stack.pop() ?? 0;
    else if (e.type === 'clip') depth++;
  }
  return depth;
}

/** A node that records what the stage set up for it when it painted. */
export class Probe extends Node {
  public constructor(
    private readonly _log: ProbeRecord[],
    style?: ConstructorParameters<typeof Node>[0],
    name?: string,
  ) {
    super(style);
    this.name = name;
  }

  public override paintSelf(ctx: Canvas2D): void {
    // The stage paints through its state cache: the transform in force is the one it will apply at the
    // next drawing call, and the clips are read from the host context's recorded events.
    const cached = ctx as CachedContext;
    const t = cached.getTransform();
    this._log.push({
      name: this.name,
      alpha: ctx.globalAlpha,
      transform: [t.a, t.b, t.c, t.d, t.e, t.f],
      clips: clipDepth((cached.raw as MockContext).__getEvents()),
    });
  }
}

/** A node whose content offset can be set (a stand-in for a scroll container). */
export class Scrolled extends Node {
  /** Sets the content offset applied to children, logical px. */
  public scrollTo(x: number, y: number): void {
    this._scrollX = x;
    this._scrollY = y;
    this.markPaintDirty();
  }
}
