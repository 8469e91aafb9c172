import type { BudgetResult } from './budgets.js';
import type { BundleResult } from './bundleCase.js';
import { VIEWPORT_HEIGHT_PX, VIEWPORT_WIDTH_PX } from './constants.js';
import type { EngineResult } from './engineCase.js';
import { formatCell, unitLabel } from './format.js';
import { METRICS, METRIC_NOTES, configKey } from './metrics.js';
import type { ConfigFigures } from './metrics.js';

/** Size of the shipped ODC bundle, bytes. */
export interface BundleSize {
  bytes: number;
  gzip: number;
}

/** Everything one `npm run bench` produced (written as bench/results/latest.json). */
export interface BenchReport {
  date: string;
  commit: string | undefined;
  /** `loadAvg1` is the 1-minute load average when the run started (other work on the machine adds noise). */
  machine: { cpu: string; cores: number; node: string; platform: string; loadAvg1: number };
  iterations: number;
  viewport: { width: number; height: number };
  counts: number[];
  pixelRatios: number[];
  /** Configuration key (`n=100,pr=1`) → metric id → median/min/max over runs. */
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

/** The README-ready markdown: one table per pixel ratio, the budgets, the bundle size. */
export function renderMarkdown(r: BenchReport): string {
  const lines: string[] = [];
  const commit = r.commit === undefined ? '' : `, commit \`${r.commit.slice(0, 7)}\``;
  lines.push(
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, load average ${r.machine.loadAvg1.toFixed(1)} at start), Node ${r.machine.node}${commit}: ` +
      `@napi-rs/canvas raster, real yoga, viewport ${r.viewport.width}×${r.viewport.height} logical px. ` +
      `Each cell is the median (min–max) of ${r.iterations} fresh processes; sub-millisecond figures are noisy.`,
    '',
  );
  for (const pr of r.pixelRatios) {
    const w = Math.round(r.viewport.width * pr);
    const h = Math.round(r.viewport.height * pr);
    lines.push(`**Pixel ratio ${pr}** (backing store ${w}×${h})`, '');
    lines.push(`| Case | ${r.counts.map((n) => `N=${n.toLocaleString('en-US')}`).join(' | ')} |`);
    lines.push(`|---|${r.counts.map(() => '---:').join('|')}|`);
    for (const m of METRICS) {
      const cells = r.counts.map((n) => formatCell(r.figures[configKey(n, pr)]?.[m.id], m.unit));
      lines.push(`| ${m.label}${unitLabel(m.unit)} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(...METRIC_NOTES.map((n) => `${n}  `), '');
  lines.push('**Budgets**', '', '| Budget | Measured (medians) | Result |', '|---|---|---|');
  for (const b of r.budgets) lines.push(`| ${b.rule} | ${b.measured} | ${verdict(b.pass)} |`);
  lines.push('');
  if (r.bundleSize !== undefined) {
    const kb = (v: number): string => `${(v / 1024).toFixed(1)} KB`;
    lines.push(
      `ODC bundle \`dist/openDataContext/index.js\` (yoga's wasm inlined): ${kb(r.bundleSize.bytes)} minified, ${kb(r.bundleSize.gzip)} gzipped.`,
      '',
    );
  }
  if (r.problems.length > 0) {
    lines.push('**Invalid run**: ' + r.problems.join('; '), '');
  }
  return lines.join('\n');
}

/** Default viewport of the report. */
export const REPORT_VIEWPORT = { width: VIEWPORT_WIDTH_PX, height: VIEWPORT_HEIGHT_PX } as const;
