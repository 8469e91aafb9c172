// `npm run soak` (builds first): drives the built app (dist/esm: the same code as the ODC bundle, with
// its internals reachable) on a simulated TikTok host with a real raster canvas, for many show/hide
// cycles and panel switches with theme changes, and prints at checkpoints what must stay flat: the
// heap after GC, live layout (yoga) nodes, live panels, pending timers and pending frames.
//
// Needs `--expose-gc` (the npm script passes it). Options (all optional):
//   --friends=N     friends in the list (default 1000)
//   --cycles=N      show/hide cycles (default 10000)
//   --switches=N    panel switches, each with a theme change (default 2000)
//   --render-every=K  every K-th show/hide cycle draws (show, a frame, hide, a frame); the others
//                   show and hide within one frame, so the panel is built and torn down unpainted
//                   (default 5: drawing a panel costs ~10–30 ms here, which would make 10,000
//                   drawn cycles take minutes). Panel switches always draw.
//   --every=N       checkpoint interval within a phase (default: a tenth of the phase)
//   --json          print one JSON line with every checkpoint instead of the table
// The heap is what V8 uses after GC outside its code spaces. Exit code 1 when a budget is missed: heap
// growth over HEAP_BUDGET_BYTES within a phase (from its checkpoint at a tenth of the phase, once the
// engine is warm: a heap snapshot diff of earlier growth shows compiled code and feedback, no app
// objects, to its last), more than one live panel, or frames/timers pending once idle.
import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './setup.mjs';

/** Heap growth allowed within a phase, bytes (the budget: flat within 1 MB). */
export const HEAP_BUDGET_BYTES = 1024 * 1024;
/** One simulated display frame, ms. */
const FRAME_MS = 1000 / 60;
/** Logical viewport of the simulated phone, px. */
const VIEWPORT = { x: 0, y: 0, width: 375, height: 667, pixelRatio: 1 };
/** Themes the switches cycle through: presets, and accent overrides on top of them. */
const THEMES = [
  { preset: 'dark' },
  { tokens: { colors: { accent: '#fe2c55' } } },
  { preset: 'arcade' },
  { tokens: { colors: { accent: '#25f4ee' } } },
  { preset: 'light' },
];
const PANELS = [
  { panel: 'leaderboard', options: { scoreKey: 'score', format: 'integer:,' } },
  { panel: 'share', options: { title: 'Beat me', imageUrl: 'https://cdn.example/card.png' } },
];
const CYCLE_PANELS = [...PANELS, { panel: 'surpass', options: { scoreKey: 'score' } }];

function parseArgs(argv) {
  const out = { friends: 1000, cycles: 10_000, switches: 2000, renderEvery: 5, every: undefined, json: false };
  for (const arg of argv) {
    if (arg === '--json') out.json = true;
    else {
      const m = /^--(friends|cycles|switches|every|render-every)=(\d+)$/.exec(arg);
      if (m === null) throw new Error(`soak: unknown option ${arg}`);
      out[m[1] === 'render-every' ? 'renderEvery' : m[1]] = Number(m[2]);
    }
  }
  return out;
}

/** One real event-loop turn: promise callbacks (friend answers, image decodes) run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function heapAfterGc() {
  // Two collections with turns between them let FinalizationRegistry callbacks run.
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await turn();
  }
  // Compiled code is left out: V8 keeps optimising hot functions (and feedback for them) for a long
  // while, which is the engine warming up, not the app keeping data (a heap snapshot diff shows it).
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (!space.space_name.startsWith('code')) used += space.space_used_size;
  return used;
}

/** A small real PNG every avatar URL decodes to, so avatars cost real pixels. */
function avatarPng() {
  const c = createCanvas(32, 32);
  const g = c.getContext('2d');
  g.fillStyle = '#0a84ff';
  g.fillRect(0, 0, 32, 32);
  return c.toBuffer('image/png');
}

/**
 * Runs the soak and returns its checkpoints. Each checkpoint: phase, step, heap bytes after GC,
 * live layout nodes, live panels (created minus collected), pending timers and frames.
 */
export async function runSoak(options) {
  const dist = join(ROOT, 'dist/esm');
  if (!existsSync(join(dist, 'index.js'))) throw new Error('soak: dist/esm is missing; run `npm run build` first');
  const { createOpenDataApp, createOpenDataHost } = await import(pathToFileURL(join(dist, 'index.js')).href);
  const { builtinPanels } = await import(pathToFileURL(join(dist, 'templates.js')).href);
  const { createSimulatedHost, generateFriends } = await import(pathToFileURL(join(dist, 'testing.js')).href);

  const png = avatarPng();
  const canvas = createCanvas(VIEWPORT.width * VIEWPORT.pixelRatio, VIEWPORT.height * VIEWPORT.pixelRatio);
  const sim = createSimulatedHost({
    canvas,
    friends: generateFriends(options.friends, { seed: 11, scoreKey: 'score' }),
    createImage: () => new NapiImage(),
    // Offscreen canvases: avatars kept as bitmaps, whose number is bounded (MAX_PICTURE_BITMAPS).
    createCanvas: () => createCanvas(1, 1),
    resolveImageUrl: () => png,
    clock: 'manual',
    systemInfo: { windowWidth: VIEWPORT.width, windowHeight: VIEWPORT.height, pixelRatio: VIEWPORT.pixelRatio },
  });
  const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
  const warnings = [];
  host.warn = (m) => warnings.push(m);

  // Counts panels alive: each one created registers; the registry hears when it is collected.
  let created = 0;
  let collected = 0;
  const registry = new FinalizationRegistry(() => collected++);
  const panels = builtinPanels.map((def) => ({
    name: def.name,
    keys: (o) => def.keys(o),
    create: (ctx, o) => {
      const panel = def.create(ctx, o);
      created++;
      registry.register(panel, undefined);
      return panel;
    },
  }));

  const app = createOpenDataApp({ host, panels });
  await app.ready;
  const post = (m) => sim.mainGlobal.getOpenDataContext().postMessage({ ns: 'friendcanvas', v: 1, ...m });
  const frame = async () => {
    sim.advance(FRAME_MS);
    await turn();
  };
  post({ type: 'viewport', ...VIEWPORT });
  post({ type: 'self', openid: sim.friends()[Math.floor(options.friends / 2)]?.openid ?? 'self' });
  await frame();

  const checkpoints = [];
  const checkpoint = async (phase, step) => {
    const heap = await heapAfterGc();
    const point = {
      phase,
      step,
      heapBytes: heap,
      layoutNodes: app.stage.layout.liveNodes,
      livePanels: created - collected,
      pendingTimers: sim.pendingTimers(),
      pendingFrames: sim.pendingFrames(),
    };
    checkpoints.push(point);
    if (!options.json) print(point);
    return point;
  };
  /** Lets every answer, avatar load and fade finish, so idle counts mean idle. */
  const settle = async () => {
    for (let i = 0; i < 120; i++) await frame();
  };

  if (!options.json) printHeader(options);
  /** Checkpoints of a phase of `n` steps: after step 100 (the baseline, once warm), then every tenth, and at the end. */
  const isCheckpoint = (i, n) => {
    const every = options.every ?? Math.max(1, Math.round(n / 10));
    const first = Math.min(100, n);
    return i === first || (i > first && i % every === 0) || i === n;
  };

  // Phase 1: show/hide cycles (a game opening and closing its friends screen), the three panels in turn.
  for (let i = 1; i <= options.cycles; i++) {
    post({ type: 'show', ...CYCLE_PANELS[i % CYCLE_PANELS.length] });
    if (i % options.renderEvery === 0) await frame();
    post({ type: 'hide' });
    await frame();
    if (isCheckpoint(i, options.cycles)) {
      if (i === options.cycles) await settle();
      await checkpoint('show/hide', i);
    }
  }

  // Phase 2: switches between two panels, each with a theme change, each drawn.
  for (let i = 1; i <= options.switches; i++) {
    post({ type: 'theme', ...THEMES[i % THEMES.length] });
    post({ type: 'show', ...PANELS[i % PANELS.length] });
    await frame();
    if (isCheckpoint(i, options.switches)) {
      if (i === options.switches) await settle();
      await checkpoint('switch', i);
    }
  }

  post({ type: 'hide' });
  await settle();
  const end = await checkpoint('hidden', 0);
  app.dispose();
  return { checkpoints, end, warnings: warnings.length, shown: created };
}

/**
 * The checkpoint a phase's heap budget is measured from: the first at a tenth of the phase or later.
 * Until then V8 is still compiling and gathering feedback for the code the phase runs (bytecode and
 * feedback live in the same spaces as data).
 */
function budgetBase(points) {
  return points.find((p) => p.step >= points.at(-1).step / 10) ?? points[0];
}

/** Budget misses of a run, as sentences (empty when it passed). */
export function soakProblems(result) {
  const problems = [];
  for (const phase of ['show/hide', 'switch']) {
    const points = result.checkpoints.filter((p) => p.phase === phase);
    if (points.length < 2) continue;
    const base = budgetBase(points);
    const growth = points.at(-1).heapBytes - base.heapBytes;
    if (growth > HEAP_BUDGET_BYTES) problems.push(`${phase}: heap grew ${kib(growth)} from step ${base.step} to ${points.at(-1).step}`);
    const maxPanels = Math.max(...points.map((p) => p.livePanels));
    if (maxPanels > 1) problems.push(`${phase}: ${maxPanels} panels alive after GC (at most the mounted one may be)`);
  }
  const end = result.end;
  if (end.livePanels !== 0) problems.push(`hidden: ${end.livePanels} panels alive after GC`);
  if (end.layoutNodes > 1) problems.push(`hidden: ${end.layoutNodes} layout nodes live (only the stage root may be)`);
  if (end.pendingFrames !== 0 || end.pendingTimers !== 0) problems.push(`hidden: ${end.pendingFrames} frames and ${end.pendingTimers} timers pending while idle`);
  return problems;
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function printHeader(o) {
  console.log(
    `soak: ${o.friends} friends, ${o.cycles} show/hide cycles (1 in ${o.renderEvery} drawn), ${o.switches} panel switches with theme changes (all drawn)`,
  );
  console.log(`${'phase'.padEnd(10)} ${'step'.padStart(6)} ${'heap MiB'.padStart(9)} ${'layout nodes'.padStart(13)} ${'panels'.padStart(7)} ${'timers'.padStart(7)} ${'frames'.padStart(7)}`);
}

function print(p) {
  console.log(
    `${p.phase.padEnd(10)} ${String(p.step).padStart(6)} ${(p.heapBytes / 1048576).toFixed(2).padStart(9)} ${String(p.layoutNodes).padStart(13)} ${String(p.livePanels).padStart(7)} ${String(p.pendingTimers).padStart(7)} ${String(p.pendingFrames).padStart(7)}`,
  );
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  if (typeof globalThis.gc !== 'function') {
    console.error('soak: run with node --expose-gc (npm run soak does)');
    process.exit(2);
  }
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const result = await runSoak(options);
  const problems = soakProblems(result);
  if (options.json) console.log(JSON.stringify({ ...result, problems }));
  else {
    for (const phase of ['show/hide', 'switch']) {
      const points = result.checkpoints.filter((p) => p.phase === phase);
      if (points.length < 2) continue;
      const base = budgetBase(points);
      console.log(`${phase}: heap ${kib(points.at(-1).heapBytes - points[0].heapBytes)} from step ${points[0].step}, ${kib(points.at(-1).heapBytes - base.heapBytes)} from step ${base.step} (the budget) to ${points.at(-1).step}`);
    }
    console.log(`${result.shown} panels created, ${result.warnings} warnings, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(problems.length === 0 ? 'soak: PASS' : `soak: FAIL\n  ${problems.join('\n  ')}`);
  }
  process.exitCode = problems.length === 0 ? 0 : 1;
}
