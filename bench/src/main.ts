/**
 * `npm run bench` orchestrator (bench/run.mjs builds this file and calls `main`): runs every case in
 * fresh `node --expose-gc` processes, each both with the JIT and under `--jitless` (the stand-in for
 * iOS), interleaving configurations so machine noise spreads evenly, then prints the tables and
 * budgets and writes bench/results/latest.{json,md}.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import { evaluateBudgets } from './budgets.js';
import type { BundleResult } from './bundleCase.js';
import { checkRun } from './checkRun.js';
import { DEFAULT_ITERATIONS, FRIEND_COUNTS, PIXEL_RATIOS, WORKER_TIMEOUT_MS } from './constants.js';
import type { EngineResult } from './engineCase.js';
import { aggregate, configKey } from './metrics.js';
import type { ConfigFigures } from './metrics.js';
import { MODES, modeFlags } from './mode.js';
import type { Mode } from './mode.js';
import { PROFILE_CASES } from './ProfileWindow.js';
import type { ProfileCase } from './ProfileWindow.js';
import { REPORT_VIEWPORT, renderMarkdown } from './report.js';
import type { BenchReport, BundleSize } from './report.js';
import type { WorkerTask } from './WorkerTask.js';

/** Command-line options of bench/run.mjs. */
export interface BenchArgs {
  iterations: number;
  counts: number[];
  pixelRatios: number[];
  /** How workers run JavaScript: with the JIT, under `--jitless`, or both (the default). */
  modes: Mode[];
  /** Write a V8 CPU profile of this case (only) of every run to bench/.build/profiles. */
  profile: ProfileCase | undefined;
  /** Run the open cases on the app from source instead of the built IIFE (readable profiles). */
  fromSource: boolean;
  /** The simulated host has `createCanvas`: avatars kept as bitmaps (a partial run). */
  offscreen: boolean;
}

function parseList(value: string, name: string): number[] {
  const list = value.split(',').map((v) => Number(v));
  if (list.length === 0 || list.some((v) => !(Number.isFinite(v) && v > 0))) throw new RangeError(`bench: --${name} needs positive numbers, got "${value}"`);
  return list;
}

function parseModes(value: string): Mode[] {
  const list = value.split(',');
  if (list.length === 0 || list.some((m) => !MODES.includes(m as Mode))) throw new RangeError(`bench: --modes needs ${MODES.join(' and/or ')}, got "${value}"`);
  return MODES.filter((m) => list.includes(m));
}

const USAGE = `--iterations=K --n=100,1000 --pr=1,3 --modes=jit,jitless (or --jit, --jitless) --profile=<${PROFILE_CASES.join('|')}> --source --offscreen`;

/** Parses `--iterations=5 --n=100,1000 --pr=1,3 --modes=jitless --profile=score --source`. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    iterations: DEFAULT_ITERATIONS,
    counts: [...FRIEND_COUNTS],
    pixelRatios: [...PIXEL_RATIOS],
    modes: [...MODES],
    profile: undefined,
    fromSource: false,
    offscreen: false,
  };
  for (const a of argv) {
    const [key, value = ''] = a.replace(/^--/, '').split('=');
    if (key === 'iterations') args.iterations = parseList(value, key)[0]!;
    else if (key === 'n') args.counts = parseList(value, key);
    else if (key === 'pr') args.pixelRatios = parseList(value, key);
    else if (key === 'modes') args.modes = parseModes(value);
    else if ((key === 'jit' || key === 'jitless') && value === '') args.modes = [key];
    else if (key === 'profile' && PROFILE_CASES.includes(value as ProfileCase)) args.profile = value as ProfileCase;
    else if (key === 'source') args.fromSource = true;
    else if (key === 'offscreen' && value === '') args.offscreen = true;
    else throw new RangeError(`bench: unknown option ${a} (known: ${USAGE})`);
  }
  return args;
}

function runWorker(root: string, task: WorkerTask): BundleResult | EngineResult {
  const flags = [...modeFlags(task.mode), '--expose-gc'];
  const out = spawnSync(process.execPath, [...flags, join(root, 'bench/.build/worker.mjs'), JSON.stringify(task)], {
    cwd: root,
    encoding: 'utf8',
    timeout: WORKER_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (out.status !== 0) {
    throw new Error(`bench: ${task.kind} N=${task.n} @${task.pr}x ${task.mode} failed (${out.status ?? out.signal}): ${out.stderr.trim()}`);
  }
  const line = out.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as BundleResult | EngineResult;
}

function readBundleSize(root: string): BundleSize | undefined {
  const file = join(root, 'dist/sizes.json');
  if (!existsSync(file)) return undefined;
  const sizes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, BundleSize | undefined>;
  return sizes['dist/openDataContext/index.js'];
}

function readCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Runs the benchmark; returns the process exit code (1 when a case failed or a run is invalid). */
export function main(root: string, argv: readonly string[]): number {
  const args = parseArgs(argv);
  const started = Date.now();
  const loadAvg1 = loadavg()[0] ?? 0;
  const bundlePath = join(root, 'dist/openDataContext/index.js');
  if (!existsSync(bundlePath)) throw new Error('bench: dist/openDataContext/index.js is missing; run `node scripts/build.mjs` first');
  const bundles: BundleResult[] = [];
  const engines: EngineResult[] = [];
  const total = args.iterations * args.counts.length * args.pixelRatios.length * 2 * args.modes.length;
  let done = 0;
  // One discarded pair per mode warms the OS file cache (node, yoga, fonts): the first process of a
  // run is otherwise slower for reasons that have nothing to do with the engine.
  for (const mode of args.modes) {
    for (const kind of ['bundle', 'engine'] as const) {
      runWorker(root, { kind, mode, n: args.counts[0]!, pr: args.pixelRatios[0]!, bundlePath, fromSource: args.fromSource, offscreen: args.offscreen });
    }
  }
  for (let i = 0; i < args.iterations; i++) {
    for (const pr of args.pixelRatios) {
      for (const n of args.counts) {
        for (const kind of ['bundle', 'engine'] as const) {
          for (const mode of args.modes) {
            const task: WorkerTask = { kind, mode, n, pr, bundlePath, fromSource: args.fromSource, offscreen: args.offscreen };
            if (args.profile !== undefined) {
              task.profileCase = args.profile;
              task.profileFile = join(root, 'bench/.build/profiles', `${args.profile}-n${n}-pr${pr}-${mode}-${i}.cpuprofile`);
            }
            const result = runWorker(root, task);
            if (result.kind === 'bundle') bundles.push(result);
            else engines.push(result);
            done++;
            process.stderr.write(`\r[bench] ${done}/${total} runs (${((Date.now() - started) / 1000).toFixed(0)} s)`);
          }
        }
      }
    }
  }
  process.stderr.write('\n');

  const figures: Record<string, ConfigFigures> = {};
  for (const mode of args.modes) {
    for (const pr of args.pixelRatios) {
      for (const n of args.counts) {
        const match = <R extends { n: number; pr: number; mode: Mode }>(r: R): boolean => r.n === n && r.pr === pr && r.mode === mode;
        figures[configKey(n, pr, mode)] = aggregate(bundles.filter(match), engines.filter(match));
      }
    }
  }
  const problems = [...new Set([...bundles, ...engines].flatMap(checkRun))];
  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: readCommit(root),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      node: process.version,
      platform: platform(),
      loadAvg1,
      loadAvg1End: loadavg()[0] ?? 0,
    },
    iterations: args.iterations,
    viewport: { ...REPORT_VIEWPORT },
    counts: args.counts,
    pixelRatios: args.pixelRatios,
    modes: args.modes,
    offscreen: args.offscreen,
    figures,
    budgets: evaluateBudgets(figures, args.counts, args.pixelRatios, readBundleSize(root)?.gzip),
    bundleSize: readBundleSize(root),
    problems,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    runs: { bundle: bundles, engine: engines },
  };
  const markdown = renderMarkdown(report);
  console.log(markdown);
  const full =
    args.iterations === DEFAULT_ITERATIONS &&
    String(args.counts) === String(FRIEND_COUNTS) &&
    String(args.pixelRatios) === String(PIXEL_RATIOS) &&
    String(args.modes) === String(MODES) &&
    args.profile === undefined &&
    !args.fromSource &&
    !args.offscreen;
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  // Only a full default run replaces the committed results; partial and profiled runs go to a scratch file.
  const base = full ? 'latest' : 'partial.tmp';
  writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, full ? 'latest.md' : 'partial.tmp.md'), `${markdown}\n`);
  console.log(`[bench] wrote bench/results/${base}.json and .md in ${report.durationSeconds} s`);
  if (args.profile !== undefined) {
    console.log(`[bench] ${args.profile} profiles in bench/.build/profiles; summarize with \`node bench/run.mjs --summarize=<file>\``);
  }
  return problems.length > 0 ? 1 : 0;
}
