import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { createOpenDataApp, createOpenDataHost } from '../../src/index.js';
import { builtinPanels } from '../../templates/index.js';
import { AVATAR_LATENCY_MS, IDLE_WATCH_MS, FRAME_MS, MAX_BOOT_TURNS, SCORE_KEY } from './constants.js';
import { heapAfterGc } from './measureHeap.js';
import { currentMode } from './mode.js';
import type { Mode } from './mode.js';
import { paintedFraction } from './paintedFraction.js';
import type { ProfileWindow } from './ProfileWindow.js';
import { timeWithin } from './HostProbe.js';
import { SimDriver } from './SimDriver.js';
import type { BenchConfig } from './SimDriver.js';

/**
 * What the open cases run: the shipped IIFE (`dist/openDataContext/index.js`, the default), or the
 * same app from source (`createOpenDataApp` + `builtinPanels`) for readable CPU profiles.
 */
export type OpenTarget = { kind: 'iife'; path: string } | { kind: 'source' };

/** What one fresh process measures on the built IIFE bundle (`dist/openDataContext/index.js`). */
export interface BundleResult {
  kind: 'bundle';
  /** `iife` for the shipped bundle, `source` for a profiling run from source. */
  target: OpenTarget['kind'];
  /** How the process ran JavaScript (`node` or `node --jitless`). */
  mode: Mode;
  n: number;
  pr: number;
  /** Script evaluation → yoga instantiated → data normalised and ranked → first frame with friend rows done, ms. */
  coldOpenMs: number;
  /**
   * Evaluating the script alone, ms: parse, yoga instantiated (synchronously, plain JS) and the app
   * created (or `createOpenDataApp` from source). The rest of the cold open is the messages, the
   * friend data normalised and ranked, and the first frame's layout and paint.
   */
  scriptMs: number;
  /** Of the cold open: the game's messages handled (viewport, self, show: the panel is built), ms. */
  openMessagesMs: number;
  /**
   * Of the cold open: the friend-data answer handed over → the first frame starts, less any message
   * handled meanwhile: the answer normalised, ranked and the list rebound (the host API resolves a
   * promise, so this work runs in microtasks after the callback), plus one event-loop turn, ms.
   */
  dataMs: number;
  /** Of the cold open: the first frame with rows itself (layout, paint), ms. */
  firstFrameMs: number;
  /** Same start → the last frame once every requested avatar arrived and faded in, ms (simulated latency excluded). */
  avatarsMs: number;
  /** Avatar URLs the engine requested (visible rows plus overscan, never all N). */
  avatarsRequested: number;
  /** Share of the canvas painted right after the first list frame (sanity check, 0–1). */
  firstFramePainted: number;
  /** `show` after `hide` (engine booted, data cached) → first frame done, ms. */
  reopenMs: number;
  /** Friend queries the reopen made (0: cached data reused). */
  reopenQueries: number;
  /** `requestAnimationFrame` calls during 2 s of idle, simulated. Budget: 0. */
  idleRafRequests: number;
  /** Heap growth from before the script ran to after opening (friend data, tree, caches), bytes. */
  heapBytes: number | undefined;
  /** `heapUsed` after GC once open: the whole process (harness and simulated host included), bytes. */
  heapUsedBytes: number | undefined;
  /** Warnings and errors the bundle printed. */
  warnings: number;
}

/**
 * A `vm` context shaped like a device's open data domain (PLATFORM.md, "What a real open data domain
 * lacks"): its only globals are `tt` and `console`, `WebAssembly` is explicitly `undefined`, and
 * code generation from strings (`eval`, `new Function`) and wasm compilation are refused. A bundle
 * that needs any of them throws here as it would on a device.
 */
export function odcContext(tt: unknown, console: unknown): object {
  return createContext({ tt, console, WebAssembly: undefined }, { codeGeneration: { strings: false, wasm: false } });
}

/**
 * Runs the built ODC bundle as a device would: in {@link odcContext}, whose globals are `tt` (the
 * instrumented simulated host) and `console`, without `WebAssembly` or `eval`; the game opens the
 * leaderboard, avatars arrive after a simulated latency, then the panel idles, hides and shows again.
 */
export async function runBundleCase(config: BenchConfig, target: OpenTarget, profile?: ProfileWindow): Promise<BundleResult> {
  const d = new SimDriver(config);
  const probe = d.probe;
  const source = target.kind === 'iife' ? readFileSync(target.path, 'utf8') : '';
  const warnings: string[] = [];
  const note = (m: unknown): void => {
    warnings.push(String(m));
  };
  // Avatars requested once the friend data is in arrive after a network-like delay.
  probe.onDelivery = () => d.sim.setLatency(AVATAR_LATENCY_MS);
  const baseline = heapAfterGc();

  const console = { warn: note, error: note, log: () => {} };
  await profile?.start('coldOpen');
  const t0 = performance.now();
  if (target.kind === 'iife') {
    runInContext(source, odcContext(probe.api, console), { filename: 'openDataContext/index.js' });
  } else {
    createOpenDataApp({ host: createOpenDataHost(probe.api, { console }), panels: builtinPanels });
  }
  const scriptMs = performance.now() - t0;
  d.open('leaderboard', { scoreKey: SCORE_KEY });
  if (!(await d.until(() => probe.firstListFrame() !== undefined, MAX_BOOT_TURNS))) throw new Error('bundle: no frame drew friend rows');
  const first = probe.firstListFrame()!;
  const coldOpenMs = first.end - t0;
  const openMessagesMs = timeWithin(probe.messages, t0, first.end);
  const answer = probe.deliveries.find((s) => s.start >= t0 && s.end <= first.start);
  const dataMs = answer === undefined ? NaN : first.start - answer.start - timeWithin(probe.messages, answer.start, first.start);
  const firstFrameMs = first.end - first.start;
  await profile?.stop('coldOpen');

  // The coverage check is not the engine's work: its time is taken out of the avatar figure.
  const checkStart = performance.now();
  const firstFramePainted = paintedFraction(d.canvas);
  const excluded = performance.now() - checkStart;
  await profile?.start('avatars');
  if (!(await d.settle())) throw new Error('bundle: never settled after opening');
  await profile?.stop('avatars');
  const last = probe.frames[probe.frames.length - 1]!;
  const avatarsMs = last.end - t0 - excluded;
  const avatarsRequested = d.sim.calls.images.length;
  d.sim.setLatency(0);
  const heapAfter = heapAfterGc();

  const rafBefore = d.sim.calls.rafRequests;
  for (let t = 0; t < IDLE_WATCH_MS; t += FRAME_MS) await d.step();
  const idleRafRequests = d.sim.calls.rafRequests - rafBefore;

  d.post({ type: 'hide' });
  if (!(await d.settle())) throw new Error('bundle: never settled after hide');
  const queriesBefore = d.sim.calls.friendQueries.length;
  await profile?.start('reopen');
  const t1 = performance.now();
  d.post({ type: 'show', panel: 'leaderboard', options: { scoreKey: SCORE_KEY } });
  if (!(await d.until(() => probe.firstFrameAfter(t1) !== undefined, MAX_BOOT_TURNS))) throw new Error('bundle: no frame after reopening');
  const reopenMs = probe.firstFrameAfter(t1)!.end - t1;
  await profile?.stop('reopen');
  await d.settle();

  return {
    kind: 'bundle',
    target: target.kind,
    mode: currentMode(),
    n: config.n,
    pr: config.pr,
    coldOpenMs,
    scriptMs,
    openMessagesMs,
    dataMs,
    firstFrameMs,
    avatarsMs,
    avatarsRequested,
    firstFramePainted,
    reopenMs,
    reopenQueries: d.sim.calls.friendQueries.length - queriesBefore,
    idleRafRequests,
    heapBytes: baseline === undefined || heapAfter === undefined ? undefined : heapAfter - baseline,
    heapUsedBytes: heapAfter,
    warnings: warnings.length,
  };
}
