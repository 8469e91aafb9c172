import type { BundleResult } from './bundleCase.js';
import type { EngineResult } from './engineCase.js';
import { spread } from './stats.js';
import type { Spread } from './stats.js';

/** How a figure is printed. */
export type MetricUnit = 'ms' | 'us' | 'MB' | 'count';

type Read<R> = (r: R) => number | undefined;

interface MetricBase {
  id: string;
  label: string;
  unit: MetricUnit;
}

/** One reported figure and the process kind that measures it. */
export type MetricDef = (MetricBase & { source: 'bundle'; read: Read<BundleResult> }) | (MetricBase & { source: 'engine'; read: Read<EngineResult> });

const bundle = (id: string, label: string, unit: MetricUnit, read: Read<BundleResult>): MetricDef => ({ id, label, unit, source: 'bundle', read });
const engine = (id: string, label: string, unit: MetricUnit, read: Read<EngineResult>): MetricDef => ({ id, label, unit, source: 'engine', read });
const MB = 1024 * 1024;

/** Every figure of the table, in display order. */
export const METRICS: readonly MetricDef[] = [
  bundle('coldOpen', 'Cold open → first list frame (bundle)', 'ms', (r) => r.coldOpenMs),
  bundle('boot', '… of which script + yoga boot → first (loading) frame', 'ms', (r) => r.bootMs),
  bundle('avatars', 'Cold open → all visible avatars drawn (work; +120 ms simulated latency)', 'ms', (r) => r.avatarsMs),
  bundle('reopen', 'Reopen (hide → show) → first frame (bundle)', 'ms', (r) => r.reopenMs),
  engine('scrollMedian', 'Scroll frame, median', 'ms', (r) => r.scroll.medianMs),
  engine('scrollP95', 'Scroll frame, p95', 'ms', (r) => r.scroll.p95Ms),
  engine('scrollMax', 'Scroll frame, max', 'ms', (r) => r.scroll.maxMs),
  engine('scrollP95Input', 'Scroll frame + pointer handling, p95', 'ms', (r) => r.scroll.p95WithInputMs),
  engine('tap', 'Tap: touch end → shareToUser', 'ms', (r) => r.tapMs),
  engine('score', 'Score message → next frame done', 'ms', (r) => r.scoreMs),
  engine('idleFrame', 'Idle frame (nothing dirty)', 'us', (r) => r.idleFrameMs * 1000),
  engine('idleRequests', 'Frames requested in 2 s idle (engine)', 'count', (r) => r.idleFramesRequested),
  bundle('idleRaf', 'rAF calls in 2 s idle (bundle)', 'count', (r) => r.idleRafRequests),
  engine('yogaNodes', 'Live yoga nodes after open', 'count', (r) => r.liveYogaNodes),
  engine('yogaNodesScrolled', 'Live yoga nodes after scroll', 'count', (r) => r.liveYogaNodesAfterScroll),
  engine('liveRows', 'Rows built (visible + overscan)', 'count', (r) => r.liveRows),
  bundle('avatarsRequested', 'Avatars requested', 'count', (r) => r.avatarsRequested),
  bundle('heapBundle', 'JS heap growth after open (bundle)', 'MB', (r) => (r.heapBytes === undefined ? undefined : r.heapBytes / MB)),
  engine('heapEngine', 'JS heap growth after open (engine)', 'MB', (r) => (r.heapBytes === undefined ? undefined : r.heapBytes / MB)),
];

/** Key of one configuration: `n=1000,pr=3`. */
export function configKey(n: number, pr: number): string {
  return `n=${n},pr=${pr}`;
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
