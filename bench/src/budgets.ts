import { COLD_OPEN_RATIO, FLAT_COST_RATIO, FRAME_BUDGETS, JITLESS_BUDGETS } from './constants.js';
import { configKey } from './metrics.js';
import type { ConfigFigures } from './metrics.js';
import { MODES, MODE_LABEL } from './mode.js';
import type { Mode } from './mode.js';
import { formatNumber } from './format.js';

/** One budget with the figures it was judged on. */
export interface BudgetResult {
  id: string;
  rule: string;
  /** The measured figures, human readable. */
  measured: string;
  /** `undefined` when the run lacked the configurations the budget needs. */
  pass: boolean | undefined;
}

type Figures = Readonly<Record<string, ConfigFigures>>;

function medianOf(figures: Figures, n: number, pr: number, metric: string, mode: Mode = 'jit'): number | undefined {
  const s = figures[configKey(n, pr, mode)]?.[metric];
  return s === undefined || s.n === 0 ? undefined : s.median;
}

/** Cost at the largest N within `ratio` × the cost at the smallest N, for every pixel ratio. */
function ratioBudget(id: string, rule: string, figures: Figures, counts: readonly number[], prs: readonly number[], metric: string, ratio: number, unit = ' ms'): BudgetResult {
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const parts: string[] = [];
  let pass: boolean | undefined = lo !== hi ? true : undefined;
  for (const pr of prs) {
    const a = medianOf(figures, lo, pr, metric);
    const b = medianOf(figures, hi, pr, metric);
    if (a === undefined || b === undefined || lo === hi) {
      pass = undefined;
      continue;
    }
    const r = b / a;
    parts.push(`@${pr}x: ${formatNumber(a)} → ${formatNumber(b)}${unit} (${r.toFixed(2)}×)`);
    if (pass !== undefined && !(r <= ratio)) pass = false;
  }
  return { id, rule, measured: parts.join('; ') || 'n/a', pass };
}

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * A ceiling on one jitless figure at the jitless budgets' pixel ratio: the median at each N must not
 * exceed `limit(n)`. n/a when the run lacks one of those configurations.
 */
function jitlessBudget(id: string, rule: string, figures: Figures, metric: string, limit: (n: number) => number): BudgetResult {
  const pr = JITLESS_BUDGETS.pixelRatio;
  const parts: string[] = [];
  let pass: boolean | undefined = true;
  for (const n of JITLESS_BUDGETS.counts) {
    const v = medianOf(figures, n, pr, metric, 'jitless');
    if (v === undefined) {
      pass = undefined;
      continue;
    }
    const max = limit(n);
    parts.push(`N=${count(n)}: ${formatNumber(v)} ms${v <= max ? '' : ` (> ${max})`}`);
    if (pass !== undefined && !(v <= max)) pass = false;
  }
  return { id, rule, measured: parts.length > 0 ? `@${pr}x jitless ${parts.join('; ')}` : 'n/a', pass };
}

/** The jitless budgets (no JIT, as on iOS), judged at @3x, N=100 and N=10,000. */
function jitlessBudgets(figures: Figures): BudgetResult[] {
  const b = JITLESS_BUDGETS;
  const at = `jitless, @${b.pixelRatio}x, N=${b.counts.map(count).join(' and N=')}`;
  const open = b.counts.map((n) => `${b.coldOpenMs[n] ?? 'n/a'} ms at N=${count(n)}`).join(', ');
  return [
    jitlessBudget('jitless-cold-open', `Cold open → first frame (${at}): ≤ ${open}`, figures, 'coldOpen', (n) => b.coldOpenMs[n] ?? NaN),
    jitlessBudget('jitless-scroll-p95', `Scroll frame p95 (${at}): ≤ ${b.scrollP95Ms} ms`, figures, 'scrollP95', () => b.scrollP95Ms),
    jitlessBudget('jitless-tap', `Tap → shareToUser (${at}): ≤ ${b.tapMs} ms`, figures, 'tap', () => b.tapMs),
  ];
}

/**
 * A ceiling on one figure at {@link FRAME_BUDGETS}' pixel ratio and the given counts, judged in
 * `judged` modes; the figures of every mode of the run are shown (a mode not judged is marked so).
 */
function ceilingBudget(
  id: string,
  rule: string,
  figures: Figures,
  metric: string,
  counts: readonly number[],
  max: number,
  judged: readonly Mode[],
  unit = ' ms',
): BudgetResult {
  const pr = FRAME_BUDGETS.pixelRatio;
  const parts: string[] = [];
  let pass: boolean | undefined = true;
  let seen = false;
  for (const mode of MODES) {
    const cells: string[] = [];
    for (const n of counts) {
      const v = medianOf(figures, n, pr, metric, mode);
      if (v === undefined) {
        if (judged.includes(mode)) pass = undefined;
        continue;
      }
      const over = !(v <= max);
      cells.push(`N=${count(n)}: ${formatNumber(v)}${unit}${over ? ` (> ${max})` : ''}`);
      if (judged.includes(mode)) {
        seen = true;
        if (pass !== undefined && over) pass = false;
      }
    }
    if (cells.length > 0) parts.push(`${MODE_LABEL[mode]}${judged.includes(mode) ? '' : ' (not judged)'}: ${cells.join(', ')}`);
  }
  return { id, rule, measured: parts.length > 0 ? `@${pr}x ${parts.join('; ')}` : 'n/a', pass: seen ? pass : undefined };
}

/** Issue 13's budgets: scroll frames at the physical limit, no layout while scrolling, score, open, avatars, bundle. */
function frameBudgets(figures: Figures, counts: readonly number[], bundleGzipBytes: number | undefined): BudgetResult[] {
  const b = FRAME_BUDGETS;
  const at = `@${b.pixelRatio}x, N=${b.counts.map(count).join(' and N=')}`;
  const bundleKb = bundleGzipBytes === undefined ? undefined : bundleGzipBytes / 1024;
  return [
    ceilingBudget('frame-scroll-median', `Scroll frame median (JIT, ${at}): ≤ ${b.scrollMedianMs} ms`, figures, 'scrollMedian', b.counts, b.scrollMedianMs, ['jit']),
    ceilingBudget('frame-scroll-p95', `Scroll frame p95 (JIT, ${at}): ≤ ${b.scrollP95Ms} ms`, figures, 'scrollP95', b.counts, b.scrollP95Ms, ['jit']),
    ceilingBudget('frame-scroll-layouts', `No scroll frame runs layout (both modes, ${at})`, figures, 'scrollLayouts', b.counts, 0, ['jit', 'jitless'], ' layouts'),
    ceilingBudget('frame-score', `Score message → frame (JIT, @${b.pixelRatio}x, every N): ≤ ${b.scoreMs} ms`, figures, 'score', counts, b.scoreMs, ['jit']),
    ceilingBudget('frame-avatars', `Cold open → all visible avatars drawn (JIT, @${b.pixelRatio}x, N=${count(b.avatarsMs.n)}): ≤ ${b.avatarsMs.ms} ms`, figures, 'avatars', [b.avatarsMs.n], b.avatarsMs.ms, ['jit']),
    ceilingBudget('frame-open', `Script load + boot + open → first frame with rows (JIT, @${b.pixelRatio}x, N=${count(b.openMs.n)}): ≤ ${b.openMs.ms} ms`, figures, 'coldOpen', [b.openMs.n], b.openMs.ms, ['jit']),
    {
      id: 'bundle-gzip',
      rule: `ODC bundle gzipped: ≤ ${b.bundleGzipKb} KB`,
      measured: bundleKb === undefined ? 'n/a' : `${bundleKb.toFixed(1)} KB`,
      pass: bundleKb === undefined ? undefined : bundleKb <= b.bundleGzipKb,
    },
  ];
}

/**
 * Judges the issue's budgets on the medians of one run: costs that must not grow with N, yoga nodes
 * bounded by the visible window, cold open growth and no frames while idle (with the JIT), then
 * absolute ceilings on cold open, scroll and tap without it (`--jitless`, the stand-in for iOS).
 */
export function evaluateBudgets(figures: Figures, counts: readonly number[], prs: readonly number[], bundleGzipBytes?: number): BudgetResult[] {
  const flat = `N=${Math.max(...counts).toLocaleString('en-US')} within ${FLAT_COST_RATIO}× of N=${Math.min(...counts)}`;
  const out: BudgetResult[] = [
    ratioBudget('scroll-median', `Scroll frame (median) does not grow with N: ${flat}`, figures, counts, prs, 'scrollMedian', FLAT_COST_RATIO),
    ratioBudget('scroll-p95', `Scroll frame (p95) does not grow with N: ${flat}`, figures, counts, prs, 'scrollP95', FLAT_COST_RATIO),
    // The same judged on each process's scroll frame ÷ its reference painter frame (same offsets): a
    // machine whose fresh processes run at two speeds moves both, so this isolates what N costs.
    ratioBudget(
      'scroll-median-vs-reference',
      `Scroll frame (median) ÷ the reference painter's in the same process does not grow with N: ${flat}`,
      figures,
      counts,
      prs,
      'scrollOverRef',
      FLAT_COST_RATIO,
      '×',
    ),
    ratioBudget('tap', `Tap → shareToUser does not grow with N: ${flat}`, figures, counts, prs, 'tap', FLAT_COST_RATIO),
    ratioBudget('score', `Score update → frame does not grow with N: ${flat}`, figures, counts, prs, 'score', FLAT_COST_RATIO),
    ratioBudget('cold-open', `Cold open at N=${Math.max(...counts).toLocaleString('en-US')} within ${COLD_OPEN_RATIO}× of N=${Math.min(...counts)}`, figures, counts, prs, 'coldOpen', COLD_OPEN_RATIO),
  ];

  // Yoga nodes: identical for the two largest N (both lists are longer than the screen).
  const big = [...counts].sort((a, b) => a - b).slice(-2);
  const yogaParts: string[] = [];
  let yogaPass: boolean | undefined = big.length === 2 ? true : undefined;
  for (const pr of big.length === 2 ? prs : []) {
    for (const metric of ['yogaNodes', 'yogaNodesScrolled']) {
      const spreads = big.map((n) => figures[configKey(n, pr)]?.[metric]);
      if (spreads.some((s) => s === undefined || s.n === 0)) {
        yogaPass = undefined;
        continue;
      }
      const [a, b] = spreads as [NonNullable<(typeof spreads)[0]>, NonNullable<(typeof spreads)[0]>];
      yogaParts.push(`@${pr}x ${metric === 'yogaNodes' ? 'open' : 'scrolled'}: ${a.max} / ${b.max}`);
      if (yogaPass !== undefined && !(a.min === a.max && b.min === b.max && a.max === b.max)) yogaPass = false;
    }
  }
  out.push({
    id: 'yoga-nodes',
    rule: `Live yoga nodes bounded by the visible window: same at N=${big.map((n) => n.toLocaleString('en-US')).join(' and N=')}`,
    measured: yogaParts.join('; ') || 'n/a',
    pass: yogaPass,
  });

  // Idle: no frame requested by any run of any configuration.
  let idleMax = 0;
  let idleRuns = 0;
  for (const f of Object.values(figures)) {
    for (const metric of ['idleRequests', 'idleRaf']) {
      const s = f[metric];
      if (s === undefined || s.n === 0) continue;
      idleRuns += s.n;
      idleMax = Math.max(idleMax, s.max);
    }
  }
  out.push({
    id: 'idle',
    rule: 'No frames requested while idle (2 s watched)',
    measured: `max ${idleMax} over ${idleRuns} runs`,
    pass: idleRuns > 0 ? idleMax === 0 : undefined,
  });
  out.push(...jitlessBudgets(figures));
  out.push(...frameBudgets(figures, counts, bundleGzipBytes));
  return out;
}
