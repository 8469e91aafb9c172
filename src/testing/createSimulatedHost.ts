import type { PlatformCanvas, PlatformImage, PointerPhase, PlatformTouch } from '../host/index.js';
import { buildMainGlobal } from './buildMainGlobal.js';
import { buildOdcGlobal } from './buildOdcGlobal.js';
import { SIM_DEFAULT_SYSTEM_INFO } from './constants.js';
import { createPrng } from './createPrng.js';
import { copyRawFriend } from './rawFriendRecord.js';
import { ManualClock } from './ManualClock.js';
import { RealClock } from './RealClock.js';
import { SimContext } from './SimContext.js';
import type { SimCalls, SimFailureKind, SimulatedHost, SimulatedHostOptions, SimTouchFields } from './types.js';
import { POINTER_PHASES } from '../protocol/index.js';

const RESULT_SHAPES = ['data', 'KVDataList', 'users', 'bare'] as const;
const FAILURE_KINDS: readonly SimFailureKind[] = [
  'friends',
  'userStorage',
  'share',
  'authorize',
  'setUserCloudStorage',
  'removeUserCloudStorage',
];

/**
 * Creates a simulated TikTok host: raw `tt`-like globals for the open data domain and the main
 * domain, sharing friends, storage, a clock and recordings, so panels can be tested without a
 * device and the real host adapters are exercised.
 *
 * With the default manual clock nothing happens until `advance()`/`flush()`/`frame()`: cloud
 * answers and image loads come after `latencyMs`, messages one tick after `postMessage` (as deep
 * copies, dropped when the ODC has no listener yet), rAF batches every 16.67 ms. A real image from
 * `createImage` decodes its `src` (mapped by `resolveImageUrl`) and the ODC hears `load` only once
 * both the latency has passed and the pixels are decoded.
 *
 * @param options - Canvas (required), friends, result shape, latency, failures, …
 * @throws TypeError / RangeError for invalid options.
 * @example
 * const sim = createSimulatedHost({ canvas, friends: generateFriends(50) });
 * // sim.globals has no console (warnings would go nowhere): add the one the panel should warn to.
 * const host = detectOpenDataHost({ ...sim.globals, console })!;
 * createOpenDataApp({ host, panels: [...builtinPanels, myPanel] });
 * sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' });
 * sim.advance(100);
 */
export function createSimulatedHost(options: SimulatedHostOptions): SimulatedHost {
  checkOptions(options);
  const clock = options.clock === 'real' ? new RealClock(options.globals ?? globalThis) : new ManualClock();
  const calls = emptyCalls();
  const ctx = new SimContext(clock, calls, {
    // Checked at run time by checkOptions; the ODC sees them through the platform types.
    canvas: options.canvas as PlatformCanvas,
    createImage: options.createImage as (() => PlatformImage) | undefined,
    createCanvas: options.createCanvas as (() => PlatformCanvas) | undefined,
    resolveImageUrl: options.resolveImageUrl,
    resultShape: options.resultShape ?? 'data',
    shareToUser: options.shareToUser ?? true,
    nativeTouches: options.nativeTouches ?? false,
    enforceUserGesture: options.enforceUserGesture ?? false,
    touchFields: options.touchFields ?? 'page',
    systemInfo: { ...SIM_DEFAULT_SYSTEM_INFO, ...options.systemInfo },
    messagePolicy: options.messagePolicy ?? 'strict',
  });
  ctx.setFriends(options.friends ?? []);
  ctx.selfOpenid = options.self;
  ctx.latencyMs = options.latencyMs ?? 0;
  const jitterMs = options.jitterMs ?? 0;
  if (jitterMs > 0) {
    const random = createPrng(options.seed ?? 1);
    ctx.jitter = () => random() * jitterMs;
  }
  if (options.images !== undefined) ctx.images = options.images;
  for (const kind of FAILURE_KINDS) {
    if (options.failures !== undefined && Object.prototype.hasOwnProperty.call(options.failures, kind)) {
      ctx.failures.set(kind, options.failures[kind]);
    }
  }
  const odcGlobal = buildOdcGlobal(ctx);
  const mainGlobal = buildMainGlobal(ctx, odcGlobal);
  const active = new Map<number, PlatformTouch>();

  return {
    odcGlobal,
    mainGlobal,
    globals: { tt: odcGlobal },
    mainGlobals: { tt: mainGlobal },
    calls,
    clock,
    now: () => clock.now(),
    advance: (ms) => clock.advance(ms),
    flush: () => clock.flush(),
    frame: () => clock.frame(),
    pendingFrames: () => clock.pendingFrames(),
    pendingTimers: () => clock.pendingTimers(),
    touch: (phase, id, x, y) => {
      if (!POINTER_PHASES.includes(phase)) throw new TypeError(`touch: phase must be one of ${POINTER_PHASES.join(', ')}`);
      if (![id, x, y].every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new TypeError('touch: id, x and y must be finite numbers');
      }
      const point = makeTouch(ctx.settings.touchFields, id, x, y);
      if (phase === 'start' || phase === 'move') active.set(id, point);
      else active.delete(id);
      const ev = { touches: [...active.values()].map((t) => ({ ...t })), changedTouches: [point], timeStamp: clock.now() };
      const errors: unknown[] = [];
      // Only the ODC's own touch-end callback is a user gesture there (PLATFORM.md "User gesture").
      const gesture = phase === 'end' ? 1 : 0;
      ctx.inputDepth++;
      try {
        ctx.mainTouches.dispatch(phase, ev, errors);
        if (ctx.settings.nativeTouches) {
          ctx.gestureDepth += gesture;
          try {
            ctx.odcTouches.dispatch(phase, ev, errors);
          } finally {
            ctx.gestureDepth -= gesture;
          }
        }
      } finally {
        ctx.inputDepth--;
      }
      if (errors.length > 0) throw errors[0];
    },
    messageListenerCount: () => ctx.messageListeners.length,
    setFriends: (friends) => ctx.setFriends(friends),
    friends: () => ctx.friends.map(copyRawFriend),
    setFailure: (kind, error) => {
      checkFailureKind(kind);
      ctx.failures.set(kind, error);
    },
    clearFailure: (kind) => {
      checkFailureKind(kind);
      ctx.failures.delete(kind);
    },
    setSelf: (openid) => {
      if (openid !== undefined && typeof openid !== 'string') throw new TypeError('setSelf: openid must be a string or undefined');
      ctx.selfOpenid = openid;
    },
    userStorage: () => ctx.selfValues(),
    setLatency: (ms) => {
      checkLatency(ms);
      ctx.latencyMs = ms;
    },
    setImages: (rule) => {
      if (typeof rule !== 'function') throw new TypeError('setImages: rule must be a function');
      ctx.images = rule;
    },
    resetCalls: () => Object.assign(calls, emptyCalls()),
    pendingDecodes: () => ctx.decodes.size,
    whenImagesDecoded: async () => {
      // A decode that settles may be followed by none, so loop until the set stays empty.
      while (ctx.decodes.size > 0) await Promise.all([...ctx.decodes]);
    },
  };
}

function makeTouch(fields: SimTouchFields, id: number, x: number, y: number): PlatformTouch {
  switch (fields) {
    case 'page':
      return { identifier: id, pageX: x, pageY: y, clientX: x, clientY: y };
    case 'client':
      return { identifier: id, clientX: x, clientY: y };
    case 'screen':
      return { identifier: id, screenX: x, screenY: y };
  }
}

function emptyCalls(): SimCalls {
  return {
    shares: [],
    friendQueries: [],
    userQueries: [],
    images: [],
    postMessages: 0,
    delivered: 0,
    dropped: 0,
    authorize: [],
    setUserCloudStorage: [],
    removeUserCloudStorage: [],
    rafRequests: 0,
    canvases: 0,
  };
}

function checkLatency(ms: unknown, name = 'latencyMs'): asserts ms is number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${String(ms)}`);
  }
}

function checkFailureKind(kind: unknown): void {
  if (!FAILURE_KINDS.includes(kind as SimFailureKind)) {
    throw new TypeError(`failure kind must be one of ${FAILURE_KINDS.join(', ')}`);
  }
}

function checkOptions(options: SimulatedHostOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('createSimulatedHost: options object required');
  const canvas: unknown = options.canvas;
  if (canvas === null || typeof canvas !== 'object' || typeof (canvas as { getContext?: unknown }).getContext !== 'function') {
    throw new TypeError('createSimulatedHost: options.canvas must be a canvas with getContext()');
  }
  if (options.latencyMs !== undefined) checkLatency(options.latencyMs);
  if (options.jitterMs !== undefined) checkLatency(options.jitterMs, 'jitterMs');
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new TypeError(`createSimulatedHost: seed must be an integer, got ${String(options.seed)}`);
  }
  if (options.enforceUserGesture !== undefined && typeof options.enforceUserGesture !== 'boolean') {
    throw new TypeError('createSimulatedHost: options.enforceUserGesture must be a boolean');
  }
  if (options.resultShape !== undefined && !RESULT_SHAPES.includes(options.resultShape)) {
    throw new TypeError(`createSimulatedHost: resultShape must be one of ${RESULT_SHAPES.join(', ')}`);
  }
  if (options.clock !== undefined && options.clock !== 'manual' && options.clock !== 'real') {
    throw new TypeError("createSimulatedHost: clock must be 'manual' or 'real'");
  }
  for (const name of ['createImage', 'createCanvas', 'images', 'resolveImageUrl'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`createSimulatedHost: options.${name} must be a function`);
    }
  }
  if (options.failures !== undefined) {
    for (const kind of Object.keys(options.failures)) checkFailureKind(kind);
  }
}
