import type { BundleResult } from './bundleCase.js';
import type { EngineResult } from './engineCase.js';
import type { Mode } from './mode.js';
import { spread } from './stats.js';
import type { Spread } from './stats.js';

/** How a figure is printed. */
export type MetricUnit = 'ms' | 'us' | 'MB' | 'count' | 'ratio';

type Read<R> = (r: R) => number | undefined;

interface MetricBase {
  id: string;
  label: string;
  unit: MetricUnit;
  /** Shown in the summary (README) table too, not only in the full tables. */
  brief: boolean;
}

/** One reported figure and the process kind that measures it. */
export type MetricDef = (MetricBase & { source: 'bundle'; read: Read<BundleResult> }) | (MetricBase & { source: 'engine'; read: Read<EngineResult> });

const bundle = (id: string, label: string, unit: MetricUnit, read: Read<BundleResult>, brief = false): MetricDef => ({ id, label, unit, brief, source: 'bundle', read });
const engine = (id: string, label: string, unit: MetricUnit, read: Read<EngineResult>, brief = false): MetricDef => ({ id, label, unit, brief, source: 'engine', read });
const MB = 1024 * 1024;

/** Every figure of the table, in display order. */
export const METRICS: readonly MetricDef[] = [
  bundle('coldOpen', 'Cold open → first frame with rows¹', 'ms', (r) => r.coldOpenMs, true),
  bundle('script', '… of which evaluating the script (parse, yoga, app)¹', 'ms', (r) => r.scriptMs, true),
  bundle('openMessages', '… of which the open messages (panel built)¹', 'ms', (r) => r.openMessagesMs, true),
  bundle('data', '… of which the friend data (normalised, ranked)¹', 'ms', (r) => r.dataMs, true),
  bundle('firstFrame', '… of which the first frame (layout, paint)¹', 'ms', (r) => r.firstFrameMs, true),
  bundle('avatars', 'Cold open → all visible avatars drawn¹ ²', 'ms', (r) => r.avatarsMs, true),
  bundle('reopen', 'Reopen (hide, then show) → first frame¹', 'ms', (r) => r.reopenMs, true),
  engine('scrollMedian', 'Scroll frame, median³', 'ms', (r) => r.scroll.medianMs, true),
  engine('scrollP95', 'Scroll frame, p95³', 'ms', (r) => r.scroll.p95Ms, true),
  engine('refMedian', '… reference painter, same offsets, median³ ⁷', 'ms', (r) => r.scroll.referenceMedianMs, true),
  engine('refP95', '… reference painter, same offsets, p95³ ⁷', 'ms', (r) => r.scroll.referenceP95Ms, true),
  // Per process, then the median over processes: robust to a machine whose fresh processes run at two speeds.
  engine('scrollOverRef', '… scroll median ÷ reference median, same process³ ⁷', 'ratio', (r) => ratioOf(r.scroll.medianMs, r.scroll.referenceMedianMs)),
  engine('scrollP95OverRef', '… scroll p95 ÷ reference p95, same process³ ⁷', 'ratio', (r) => ratioOf(r.scroll.p95Ms, r.scroll.referenceP95Ms)),
  engine('scrollColdP95', 'Scroll frame p95, first gesture after opening³', 'ms', (r) => r.scroll.coldP95Ms),
  engine('scrollMax', 'Scroll frame, max³', 'ms', (r) => r.scroll.maxMs),
  engine('scrollP95Input', 'Scroll frame + pointer handling, p95³', 'ms', (r) => r.scroll.p95WithInputMs),
  engine('scrollLayouts', 'Scroll frames that ran layout³', 'count', (r) => r.scroll.layouts, true),
  engine('scrollRowsBound', 'Rows bound during the scroll³', 'count', (r) => r.scroll.rowsBound),
  engine('scrollStateCalls', 'Canvas state calls per scroll frame³', 'count', (r) => r.scroll.stateCallsPerFrame),
  engine('scrollNodesPainted', 'Nodes painted per scroll frame³', 'count', (r) => r.scroll.nodesPaintedPerFrame),
  engine('tap', 'Tap: touch end → shareToUser⁴', 'ms', (r) => r.tapMs, true),
  engine('score', 'Score message → next frame done⁵', 'ms', (r) => r.scoreMs, true),
  engine('scoreCold', 'Score message → next frame done, first pass after opening⁵', 'ms', (r) => r.scoreColdMs),
  engine('scoreRowsBound', 'Rows rebound per score update⁵', 'count', (r) => r.scoreRowsBound),
  engine('scoreNodesPainted', 'Nodes painted per score update⁵', 'count', (r) => r.scoreNodesPainted),
  engine('idleFrame', 'Idle frame (nothing dirty)', 'us', (r) => r.idleFrameMs * 1000, true),
  engine('idleRequests', 'Frames requested in 2 s idle (engine scheduler)', 'count', (r) => r.idleFramesRequested),
  bundle('idleRaf', 'rAF calls in 2 s idle (bundle)¹', 'count', (r) => r.idleRafRequests),
  engine('yogaNodes', 'Live yoga nodes after open', 'count', (r) => r.liveYogaNodes),
  engine('yogaNodesScrolled', 'Live yoga nodes after scroll', 'count', (r) => r.liveYogaNodesAfterScroll),
  engine('liveRows', 'Rows built (visible + overscan)', 'count', (r) => r.liveRows),
  bundle('avatarsRequested', 'Avatars requested¹', 'count', (r) => r.avatarsRequested),
  bundle('heapBundle', 'JS heap growth, before boot → open¹ ⁶', 'MB', (r) => (r.heapBytes === undefined ? undefined : r.heapBytes / MB), true),
  bundle('heapUsed', 'JS heapUsed after GC, whole process¹ ⁶', 'MB', (r) => (r.heapUsedBytes === undefined ? undefined : r.heapUsedBytes / MB)),
  engine('heapEngine', 'JS heap growth, before boot → open (engine)⁶', 'MB', (r) => (r.heapBytes === undefined ? undefined : r.heapBytes / MB)),
];

/** Footnotes of the table: how each figure is taken. */
export const METRIC_NOTES: readonly string[] = [
  '¹ On the built bundle `dist/openDataContext/index.js`, run as on a device: a `vm` context whose only globals are `tt` and `console`, with `WebAssembly` undefined and code generation from strings and wasm refused; wall time from evaluating the script. Cold open splits into evaluating the script (parse, yoga instantiated in plain JS, app created), the game\'s viewport/self/show messages (the panel is built), the friend-data answer (from the host\'s callback to the next frame: normalised, ranked, list rebound) and the first frame with rows (layout, paint); the remainder is the simulated host and the harness. Other rows drive the same app from source (`createOpenDataApp` + `builtinPanels`) to read internal counts. Both include the simulated host building its answer of N records.',
  '² Avatars arrive 120 ms (simulated) after the friend data; the figure is the engine\'s work only (simulated waits cost no wall time) up to the last frame of the fade-in.',
  '³ Time inside the `requestAnimationFrame` callback over the frames that move the content: a 60-frame drag upwards across 60 % of the list\'s height, then the fling until it rests (the scrollbar fade after it is left out). One such gesture runs first unmeasured (the JIT compiles the paint path during it: its p95 is the "first gesture" row), the list returns to the top, then the same gesture is measured. "+ pointer handling" adds the `pointer` messages handled since the previous frame; counts (layout passes, rows bound, canvas state calls and nodes painted per frame) are over the measured gesture.',
  '⁴ From the start of the `pointer end` message handler to the synchronous `shareToUser` call (share panel; median of 5 taps on different friends).',
  '⁵ The `score` message handler plus the next frame callback: the median of 5 updates of the player\'s score (3 of them move the player across the visible rows, so every visible row shows someone else), measured on a second pass of the same 5 (as the scroll\'s unmeasured first gesture, the first pass lets the JIT compile the path; its median is the "first pass" row). Rows rebound and nodes painted are per update of the measured pass.',
  '⁶ `process.memoryUsage().heapUsed` after `gc()` (`--expose-gc`); growth is measured from just before the engine starts, so the generated friend records are not counted, the engine\'s normalised copy is.',
  '⁷ "The least a canvas list can do" (bench/src/referencePainter.ts): a hand-written painter with no framework repaints the visible rows of the same list box on the same canvas at each offset the measured gesture drew (replayed once unmeasured first): background, dividers, circle-clipped avatars, ranks, scores and names, each style set once per frame, names cut once per row. Raster is deferred on @napi-rs/canvas (drawing calls are recorded and rasterised later), so both figures are the cost of issuing the calls.',
];

/** Key of one configuration: `n=1000,pr=3` (JIT) or `n=1000,pr=3,jitless`. */
export function configKey(n: number, pr: number, mode: Mode = 'jit'): string {
  return mode === 'jit' ? `n=${n},pr=${pr}` : `n=${n},pr=${pr},${mode}`;
}

/** Figures of every metric for one configuration: metric id → spread over runs. */
export type ConfigFigures = Record<string, Spread>;

/** Aggregates the runs of one configuration into spreads (median, min, max over fresh processes). */
export function aggregate(bundles: readonly BundleResult[], engines: readonly EngineResult[]): ConfigFigures {
  const out: ConfigFigures = {};
  for (const m of METRICS) {
    const values = m.source === 'bundle' ? bundles.map(m.read) : engines.map(m.read);
    out[m.id] = spread(values.filter((v): v is number => v !== undefined));
  }
  return out;
}

/** `a / b` when both are measured and `b` is positive, else undefined (no figure). */
function ratioOf(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}
