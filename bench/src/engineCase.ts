import { createOpenDataApp, createOpenDataHost } from '../../src/index.js';
import type { List, OpenDataApp, Stage } from '../../src/index.js';
import { builtinPanels } from '../../templates/index.js';
import {
  DRAG_FRAMES,
  DRAG_START_RATIO,
  DRAG_TRAVEL_RATIO,
  FRAME_MS,
  IDLE_FRAME_SAMPLES,
  IDLE_WATCH_MS,
  MAX_BOOT_TURNS,
  MAX_SETTLE_FRAMES,
  SCORE_KEY,
  SCORE_UPDATES_PER_RUN,
  TAPS_PER_RUN,
} from './constants.js';
import type { FrameRecord } from './HostProbe.js';
import { heapAfterGc } from './measureHeap.js';
import { paintReference } from './referencePainter.js';
import { currentMode } from './mode.js';
import type { Mode } from './mode.js';
import type { ProfileWindow } from './ProfileWindow.js';
import { SimDriver } from './SimDriver.js';
import type { BenchConfig } from './SimDriver.js';
import { median, percentile } from './stats.js';
import { findList, visibleButtons } from './treeQueries.js';

/** Scroll figures of one run: frame callback times (ms) over the drag and the fling until rest. */
export interface ScrollFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** p95 of frame callback plus the pointer handling since the previous frame, ms. */
  p95WithInputMs: number;
  /** How far the list moved, logical px (proves the gesture scrolled). */
  scrolledPx: number;
  /** Rows created during the gesture (recycling keeps this near 0). */
  rowsCreated: number;
  /** Rows rebound during the gesture. */
  rowsBound: number;
  /** Frames of the gesture that ran a layout pass (budget: 0; rows rebind in fixed templates). */
  layouts: number;
  /** Canvas state changes passed on to the host per frame (style, alpha, font, transform), mean. */
  stateCallsPerFrame: number;
  /** Nodes whose `paintSelf` ran per frame, mean. */
  nodesPaintedPerFrame: number;
  /** p95 of the first gesture after opening (the paint path not yet optimized by the JIT), ms. */
  coldP95Ms: number;
  /** The reference painter replaying the same offsets on the same canvas: median and p95 per frame, ms. */
  referenceMedianMs: number;
  referenceP95Ms: number;
}

/** What one fresh process measures on the engine (src + templates bundled by esbuild, same code as dist/). */
export interface EngineResult {
  kind: 'engine';
  /** How the process ran JavaScript (`node` or `node --jitless`). */
  mode: Mode;
  n: number;
  pr: number;
  /** Live yoga nodes after opening the leaderboard. */
  liveYogaNodes: number;
  /** Live yoga nodes at the end of the scroll (the window moved; still bounded). */
  liveYogaNodesAfterScroll: number;
  /** Rows existing as nodes after opening (visible + overscan). */
  liveRows: number;
  /** Heap growth from before boot to after opening, bytes (undefined without --expose-gc). */
  heapBytes: number | undefined;
  /** `requestAnimationFrame` calls during 2 s of idle (engine scheduler count). Budget: 0. */
  idleFramesRequested: number;
  /** Median cost of a `stage.frame()` with nothing dirty, ms. */
  idleFrameMs: number;
  /** Median over several `score` messages of handler + next frame callback, ms. */
  scoreMs: number;
  /** Score updates right after opening (first pass, before the JIT compiled the path). */
  scoreColdMs: number;
  /** Rows rebound and nodes painted per score update (measured pass). */
  scoreRowsBound: number;
  scoreNodesPainted: number;
  /** `score` messages that produced no frame (the change was not drawn). */
  scoreWithoutFrame: number;
  scroll: ScrollFigures;
  /** Median over several taps of `pointer end` handler start → `shareToUser` call, ms. */
  tapMs: number;
  /** Taps that reached `shareToUser` synchronously inside the input (must equal the taps made). */
  sharesInInput: number;
  taps: number;
}

/** Boots the app on the driver's host and waits for the first leaderboard frame and for rest. */
export async function openLeaderboard(d: SimDriver): Promise<{ app: OpenDataApp; stage: Stage }> {
  const app = createOpenDataApp({
    host: createOpenDataHost(d.probe.api, { console: { warn: () => {}, error: () => {}, log: () => {} } }),
    panels: builtinPanels,
  });
  d.open('leaderboard', { scoreKey: SCORE_KEY });
  const probe = d.probe;
  const opened = await d.until(() => probe.firstListFrame() !== undefined, MAX_BOOT_TURNS);
  if (!opened || app.stage === undefined) throw new Error('engine: the leaderboard never drew');
  const rows = findList(app.stage.root)?.stats.liveRows ?? 0;
  if (rows === 0) throw new Error('engine: the first frame with avatars has no list rows');
  if (!(await d.settle())) throw new Error('engine: never settled after opening');
  return { app, stage: app.stage };
}

/** Watches the engine idle for 2 s of simulated time; returns frames requested meanwhile. */
export async function idleFramesRequested(d: SimDriver, stage: Stage): Promise<number> {
  const before = stage.scheduler.framesRequested;
  for (let t = 0; t < IDLE_WATCH_MS; t += FRAME_MS) await d.step();
  return stage.scheduler.framesRequested - before;
}

function idleFrameCost(stage: Stage): number {
  const samples: number[] = [];
  for (let i = 0; i < IDLE_FRAME_SAMPLES; i++) {
    const t = performance.now();
    stage.frame();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

interface ScoreFigures {
  /** Median handler + frame over the measured pass. */
  ms: number;
  /** The same over the first pass, right after opening (the JIT has not compiled the path yet). */
  coldMs: number;
  withoutFrame: number;
  /** Rows rebound and nodes painted per update over the measured pass. */
  rowsBound: number;
  nodesPainted: number;
}

/**
 * The player's score changes {@link SCORE_UPDATES_PER_RUN} times (moving across the visible rows and
 * below them), twice: the first pass right after opening, the second measured (as the scroll's
 * unmeasured first gesture, it lets the JIT compile the path; the first pass is reported too).
 */
async function scoreUpdates(d: SimDriver, stage: Stage): Promise<ScoreFigures> {
  const values = [99_500, 50_000, 75_000, 10_000, 99_999, 42_000, 88_000];
  let withoutFrame = 0;
  const pass = async (): Promise<number[]> => {
    const costs: number[] = [];
    for (let i = 0; i < SCORE_UPDATES_PER_RUN; i++) {
      const m = d.probe.messages.length;
      d.post({ type: 'score', key: SCORE_KEY, value: values[i % values.length]! });
      await d.step();
      await d.step();
      const handler = d.probe.messages[m];
      const frame = handler === undefined ? undefined : d.probe.firstFrameAfter(handler.end);
      if (handler === undefined || frame === undefined) withoutFrame++;
      else costs.push(handler.end - handler.start + (frame.end - frame.start));
      await d.settle();
    }
    return costs;
  };
  const cold = await pass();
  const list = findList(stage.root);
  const bound0 = list?.stats.rowsBound ?? 0;
  const painted0 = stage.stats.nodesPainted;
  const warm = await pass();
  return {
    ms: median(warm),
    coldMs: median(cold),
    withoutFrame,
    rowsBound: ((list?.stats.rowsBound ?? 0) - bound0) / SCORE_UPDATES_PER_RUN,
    nodesPainted: (stage.stats.nodesPainted - painted0) / SCORE_UPDATES_PER_RUN,
  };
}

/** One drag upwards across the list, then the fling until the content rests (scrollbar fade excluded). */
async function gesture(d: SimDriver, list: List): Promise<{ frames: FrameRecord[]; withInput: number[]; offsets: number[] }> {
  const rect = list.absoluteRect();
  const x = rect.x + rect.width / 2;
  const y0 = rect.y + rect.height * DRAG_START_RATIO;
  const stepPx = (rect.height * DRAG_TRAVEL_RATIO) / DRAG_FRAMES;
  const probe = d.probe;
  const frameMark = probe.frames.length;
  const messageMark = probe.messages.length;
  const offsets: number[] = [];
  // The offset each frame drew, in frame order (the reference painter replays them).
  const step = async (): Promise<void> => {
    const n = probe.frames.length;
    await d.step();
    for (let i = n; i < probe.frames.length; i++) offsets.push(list.scrollOffset);
  };
  d.post({ type: 'pointer', phase: 'start', id: 1, x, y: y0 });
  await step();
  for (let i = 1; i <= DRAG_FRAMES; i++) {
    d.post({ type: 'pointer', phase: 'move', id: 1, x, y: y0 - i * stepPx });
    await step();
  }
  d.post({ type: 'pointer', phase: 'end', id: 1, x, y: y0 - DRAG_FRAMES * stepPx });
  await step();
  for (let i = 0; i < MAX_SETTLE_FRAMES && list.viewport.isAnimating; i++) await step();
  const frames = probe.frames.slice(frameMark);
  const messages = probe.messages.slice(messageMark);
  if (!(await d.settle())) throw new Error('engine: the fling never came to rest');
  const withInput = frames.map((f, i) => {
    const from = i === 0 ? -Infinity : frames[i - 1]!.end;
    let input = 0;
    for (const m of messages) if (m.start >= from && m.end <= f.start) input += m.end - m.start;
    return f.end - f.start + input;
  });
  return { frames, withInput, offsets };
}

/**
 * The scroll case: one unmeasured gesture warms the JIT (the paint path is first hot here: its
 * compilation would otherwise land in the measured frames), the list goes back to the top, then the
 * same gesture is measured, and the reference painter replays its offsets on the same canvas. The
 * first (cold) gesture's p95 is reported too.
 */
async function scroll(d: SimDriver, stage: Stage): Promise<ScrollFigures> {
  const list = findList(stage.root);
  if (list === undefined) throw new Error('engine: no List in the leaderboard');
  const cold = await gesture(d, list);
  d.post({ type: 'scrollTo', target: 'top' });
  if (!(await d.settle())) throw new Error('engine: never settled after scrolling back to the top');
  const before = { offset: list.scrollOffset, ...list.stats, layouts: stage.stats.layouts, painted: stage.stats.nodesPainted, stateCalls: stage.ctx.stateCalls };
  const { frames, withInput, offsets } = await gesture(d, list);
  const times = frames.map((f) => f.end - f.start);
  const after = list.stats;
  const reference = paintReference(d, list, offsets);
  return {
    frames: frames.length,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    p95WithInputMs: percentile(withInput, 95),
    coldP95Ms: percentile(cold.frames.map((f) => f.end - f.start), 95),
    scrolledPx: list.scrollOffset - before.offset,
    rowsCreated: after.rowsCreated - before.rowsCreated,
    rowsBound: after.rowsBound - before.rowsBound,
    layouts: stage.stats.layouts - before.layouts,
    stateCallsPerFrame: (stage.ctx.stateCalls - before.stateCalls) / Math.max(1, frames.length),
    nodesPaintedPerFrame: (stage.stats.nodesPainted - before.painted) / Math.max(1, frames.length),
    referenceMedianMs: median(reference),
    referenceP95Ms: percentile(reference, 95),
  };
}

async function taps(d: SimDriver, stage: Stage, profile: ProfileWindow | undefined): Promise<{ ms: number; inInput: number; count: number }> {
  d.post({ type: 'show', panel: 'share', options: { imageUrl: 'https://example.com/card.png', title: 'Beat my score' } });
  if (!(await d.settle())) throw new Error('engine: never settled after opening the share panel');
  const list = findList(stage.root);
  if (list === undefined) throw new Error('engine: no List in the share panel');
  const buttons = visibleButtons(stage.root, list.absoluteRect()).slice(0, TAPS_PER_RUN);
  if (buttons.length === 0) throw new Error('engine: no visible Share button');
  const sharesBefore = d.sim.calls.shares.length;
  const latencyMark = d.probe.shareLatencies.length;
  await profile?.start('tap');
  for (let i = 0; i < buttons.length; i++) {
    const r = buttons[i]!.absoluteRect();
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    d.post({ type: 'pointer', phase: 'start', id: 10 + i, x, y });
    await d.step();
    d.post({ type: 'pointer', phase: 'end', id: 10 + i, x, y });
    await d.step();
    await d.settle();
  }
  await profile?.stop('tap');
  const shares = d.sim.calls.shares.slice(sharesBefore);
  return {
    ms: median(d.probe.shareLatencies.slice(latencyMark)),
    inInput: shares.filter((s) => s.duringInput).length,
    count: buttons.length,
  };
}

/**
 * Boots the app from source on a simulated host, opens the leaderboard, then measures memory and
 * yoga nodes, idling, `score` updates, a drag and fling, and taps on the share panel, in that order.
 */
export async function runEngineCase(config: BenchConfig, profile?: ProfileWindow): Promise<EngineResult> {
  const d = new SimDriver(config);
  const baseline = heapAfterGc();
  const { stage } = await openLeaderboard(d);
  const heapAfter = heapAfterGc();
  const liveYogaNodes = stage.layout.liveNodes;
  const liveRows = findList(stage.root)?.stats.liveRows ?? 0;
  const idle = await idleFramesRequested(d, stage);
  const idleFrameMs = idleFrameCost(stage);
  await profile?.start('score');
  const score = await scoreUpdates(d, stage);
  await profile?.stop('score');
  await profile?.start('scroll');
  const scrollFigures = await scroll(d, stage);
  await profile?.stop('scroll');
  const liveYogaNodesAfterScroll = stage.layout.liveNodes;
  const tap = await taps(d, stage, profile);
  return {
    kind: 'engine',
    mode: currentMode(),
    n: config.n,
    pr: config.pr,
    liveYogaNodes,
    liveYogaNodesAfterScroll,
    liveRows,
    heapBytes: baseline === undefined || heapAfter === undefined ? undefined : heapAfter - baseline,
    idleFramesRequested: idle,
    idleFrameMs,
    scoreMs: score.ms,
    scoreColdMs: score.coldMs,
    scoreRowsBound: score.rowsBound,
    scoreNodesPainted: score.nodesPainted,
    scoreWithoutFrame: score.withoutFrame,
    scroll: scrollFigures,
    tapMs: tap.ms,
    sharesInInput: tap.inInput,
    taps: tap.count,
  };
}
