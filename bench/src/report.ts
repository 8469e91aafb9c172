import type { BudgetResult } from './budgets.js';
import type { BundleResult } from './bundleCase.js';
import { VIEWPORT_HEIGHT_PX, VIEWPORT_WIDTH_PX } from './constants.js';
import type { EngineResult } from './engineCase.js';
import { formatCell, formatNumber, unitLabel } from './format.js';
import { METRICS, METRIC_NOTES, configKey } from './metrics.js';
import type { ConfigFigures, MetricDef } from './metrics.js';
import { MODE_LABEL } from './mode.js';
import type { Mode } from './mode.js';

/** Size of the shipped ODC bundle, bytes. */
export interface BundleSize {
  bytes: number;
  gzip: number;
}

/** Everything one `npm run bench` produced (written as bench/results/latest.json). */
export interface BenchReport {
  date: string;
  commit: string | undefined;
  /**
   * `loadAvg1` and `loadAvg1End` are the 1-minute load averages when the run started and ended (other
   * work on the machine adds noise).
   */
  machine: { cpu: string; cores: number; node: string; platform: string; loadAvg1: number; loadAvg1End?: number };
  iterations: number;
  viewport: { width: number; height: number };
  counts: number[];
  pixelRatios: number[];
  /** How the workers ran JavaScript: `jit` (plain `node`) and/or `jitless` (`node --jitless`). */
  modes: Mode[];
  /** Whether the simulated host had `createCanvas` (avatars kept as bitmaps); absent in older reports: false. */
  offscreen?: boolean;
  /** Configuration key (`n=100,pr=1`, `n=100,pr=1,jitless`) → metric id → median/min/max over runs. */
  figures: Record<string, ConfigFigures>;
  budgets: BudgetResult[];
  bundleSize: BundleSize | undefined;
  /** Failed sanity checks (a case that did not do what it claims); empty when the run is valid. */
  problems: string[];
  durationSeconds: number;
  runs: { bundle: BundleResult[]; engine: EngineResult[] };
}

function verdict(pass: boolean | undefined): string {
  return pass === undefined ? 'n/a' : pass ? 'PASS' : 'MISS';
}

/** One table column: a friend count run in one mode. */
interface Column {
  n: number;
  mode: Mode;
}

function columns(r: BenchReport, counts: readonly number[]): Column[] {
  return counts.flatMap((n) => r.modes.map((mode) => ({ n, mode })));
}

function header(cols: readonly Column[], first: string): string[] {
  const label = (c: Column): string => `N=${c.n.toLocaleString('en-US')} ${MODE_LABEL[c.mode]}`;
  return [`| ${first} | ${cols.map(label).join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`];
}

function row(m: MetricDef, cols: readonly Column[], cell: (c: Column) => string): string {
  return `| ${m.label}${unitLabel(m.unit)} | ${cols.map(cell).join(' | ')} |`;
}

/**
 * The README table: medians of the main figures only (see `brief` in METRICS), one table per pixel
 * ratio with a JIT and a jitless column per friend count.
 */
export function renderSummary(r: BenchReport): string {
  const lines: string[] = [];
  const cols = columns(r, r.counts);
  for (const pr of r.pixelRatios) {
    lines.push(`**Pixel ratio ${pr}** (medians)`, '', ...header(cols, 'Case'));
    for (const m of METRICS) {
      if (!m.brief) continue;
      lines.push(
        row(m, cols, (c) => {
          const s = r.figures[configKey(c.n, pr, c.mode)]?.[m.id];
          return s === undefined || s.n === 0 ? 'n/a' : formatNumber(s.median);
        }),
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The full markdown: the summary, one detailed table per pixel ratio, the budgets, the bundle size. */
export function renderMarkdown(r: BenchReport): string {
  const lines: string[] = [];
  const commit = r.commit === undefined ? '' : `, commit \`${r.commit.slice(0, 7)}\``;
  const load = `load average ${r.machine.loadAvg1.toFixed(1)} at start${r.machine.loadAvg1End === undefined ? '' : `, ${r.machine.loadAvg1End.toFixed(1)} at end`}`;
  const modes = r.modes.map((m) => (m === 'jit' ? 'with the JIT (`node`)' : 'without a JIT (`node --jitless`: the stand-in for iOS; no `WebAssembly` either)')).join(' and ');
  lines.push(
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, ${load}), Node ${r.machine.node}${commit}: ` +
      `@napi-rs/canvas raster, yoga translated to plain JS (wasm2js), viewport ${r.viewport.width}×${r.viewport.height} logical px, ` +
      `${r.offscreen === true ? 'a simulated host with offscreen canvases (`createCanvas`: avatars kept as bitmaps)' : 'a simulated host without offscreen canvases (avatars drawn with their clip)'}. ` +
      `Every case runs ${modes}, in ${r.iterations} fresh processes each, interleaved; each cell is the median (min–max) of those processes; sub-millisecond figures are noisy.`,
    '',
  );
  lines.push(renderSummary(r));
  const cols = columns(r, r.counts);
  for (const pr of r.pixelRatios) {
    const w = Math.round(r.viewport.width * pr);
    const h = Math.round(r.viewport.height * pr);
    lines.push(`**Pixel ratio ${pr}** (backing store ${w}×${h}), median (min–max)`, '', ...header(cols, 'Case'));
    for (const m of METRICS) lines.push(row(m, cols, (c) => formatCell(r.figures[configKey(c.n, pr, c.mode)]?.[m.id], m.unit)));
    lines.push('');
  }
  lines.push(...METRIC_NOTES.map((n) => `${n}  `), '');
  lines.push('**Budgets**', '', '| Budget | Measured (medians) | Result |', '|---|---|---|');
  for (const b of r.budgets) lines.push(`| ${b.rule} | ${b.measured} | ${verdict(b.pass)} |`);
  lines.push('');
  const ratios = referenceRatios(r);
  if (ratios.length > 0) lines.push('**Against the reference painter** (scroll frame ÷ reference frame, same offsets: medians over processes, and the median of each process\'s own ratio)', '', ...ratios, '');
  if (r.bundleSize !== undefined) {
    const kb = (v: number): string => `${(v / 1024).toFixed(1)} KB`;
    lines.push(
      `ODC bundle \`dist/openDataContext/index.js\` (yoga translated to plain JS, inlined): ${kb(r.bundleSize.bytes)} minified, ${kb(r.bundleSize.gzip)} gzipped.`,
      '',
    );
  }
  if (r.problems.length > 0) {
    lines.push('**Invalid run**: ' + r.problems.join('; '), '');
  }
  return lines.join('\n');
}

/** One line per pixel ratio and mode: the engine's scroll frame over the reference painter's, per N. */
function referenceRatios(r: BenchReport): string[] {
  const out: string[] = [];
  for (const pr of r.pixelRatios) {
    for (const mode of r.modes) {
      const cells: string[] = [];
      for (const n of r.counts) {
        const f = r.figures[configKey(n, pr, mode)];
        const a = f?.['scrollMedian'];
        const ref = f?.['refMedian'];
        const a95 = f?.['scrollP95'];
        const ref95 = f?.['refP95'];
        if (a === undefined || ref === undefined || a.n === 0 || ref.n === 0 || !(ref.median > 0)) continue;
        const p95 = a95 !== undefined && ref95 !== undefined && a95.n > 0 && ref95.median > 0 ? `, p95 ${(a95.median / ref95.median).toFixed(1)}×` : '';
        const own = f?.['scrollOverRef'];
        const perProcess = own !== undefined && own.n > 0 ? ` (per process ${own.median.toFixed(1)}×, ${own.min.toFixed(1)}–${own.max.toFixed(1)}×)` : '';
        cells.push(`N=${n.toLocaleString('en-US')}: ${formatNumber(a.median)} / ${formatNumber(ref.median)} ms = ${(a.median / ref.median).toFixed(1)}×${perProcess}${p95}`);
      }
      if (cells.length > 0) out.push(`- @${pr}x ${MODE_LABEL[mode]}: ${cells.join('; ')}`);
    }
  }
  return out;
}

/** Default viewport of the report. */
export const REPORT_VIEWPORT = { width: VIEWPORT_WIDTH_PX, height: VIEWPORT_HEIGHT_PX } as const;
