import type { PlatformCanvas, PlatformImage, PointerPhase, RawMainApi, RawOpenDataApi, SystemInfo } from '../host/index.js';
import type { MessagePolicy } from './copyMessage.js';
import type { SimClock } from './SimClock.js';

/** One raw key/value pair as platforms store it (values are strings). */
export interface RawKV {
  key: string;
  value: string;
}

/**
 * A friend record as a platform may return it. Field names vary by host (PLATFORM.md "Data
 * shapes"); a record uses one name per field.
 */
export interface RawFriend {
  openid?: string;
  openId?: string;
  open_id?: string;
  nickname?: string;
  nickName?: string;
  displayName?: string;
  display_name?: string;
  avatarUrl?: string;
  avatar_url?: string;
  KVDataList?: RawKV[];
  data?: RawKV[];
}

/** How `getFriendCloudStorage` wraps the list: `{data}`, `{KVDataList}`, `{users}` or the bare array. */
export type SimResultShape = 'data' | 'KVDataList' | 'users' | 'bare';

/** What a simulated image does once its `src` is set. */
export type SimImageOutcome = 'load' | 'error' | 'never';

/** Calls that can be made to fail with an injected error object. */
export type SimFailureKind = 'friends' | 'userStorage' | 'share' | 'authorize' | 'setUserCloudStorage' | 'removeUserCloudStorage';

/** Which coordinate fields simulated touches carry (hosts differ, PLATFORM.md). */
export type SimTouchFields = 'page' | 'client' | 'screen';

/**
 * Any canvas with a 2D context: a browser canvas, an @napi-rs/canvas `Canvas`, a mock. Typed loosely
 * on purpose (their own context types differ); the sim hands it to the open data domain as the
 * shared canvas.
 */
export interface SimCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d'): unknown;
}

/** Options of `createSimulatedHost`. */
export interface SimulatedHostOptions {
  /** The shared canvas (a mock canvas, an @napi-rs/canvas canvas, a browser canvas). */
  canvas: SimCanvas;
  /** Raw friend records; see `generateFriends`. Default none. */
  friends?: readonly RawFriend[];
  /** How the friend list is wrapped. Default `'data'`. */
  resultShape?: SimResultShape;
  /** Latency of cloud calls, shares, authorization and image loads, in ms. Default 0 (next advance). */
  latencyMs?: number;
  /**
   * Makes a drawable image for the caller's backend. A real image (its class has a `src` setter:
   * browser `Image`, @napi-rs/canvas `Image`) receives `src` (through `resolveImageUrl`) and decodes
   * real pixels; anything else (a canvas, a plain object) only has its `src` recorded. Either way the
   * sim decides when and whether the ODC hears `load`/`error`.
   */
  createImage?: () => object;
  /**
   * Makes an offscreen canvas for the caller's backend (@napi-rs/canvas `createCanvas(1, 1)`, a browser
   * `document.createElement('canvas')`); given, the ODC global has `createCanvas`, as some hosts do.
   * Default: no `createCanvas` (TikTok does not document one for the open data domain).
   */
  createCanvas?: () => object;
  /**
   * Maps an image URL to what a real image decodes: a URL (e.g. a data URL) or encoded bytes (a
   * Node `Buffer` for @napi-rs/canvas; browsers need a string). `undefined` passes the URL unchanged;
   * a throw counts as a failed decode. Default: every URL unchanged.
   */
  resolveImageUrl?: (url: string) => string | Uint8Array | undefined;
  /** Decides each image URL's outcome. Default: every image loads. */
  images?: (url: string) => SimImageOutcome;
  /** Whether the ODC has `shareToUser` (false = client older than 40.3.0). Default true. */
  shareToUser?: boolean;
  /** Whether the ODC global has `onTouchStart/Move/End/Cancel`. Default false (TikTok). */
  nativeTouches?: boolean;
  /**
   * Douyin's rule for gesture-gated APIs (PLATFORM.md "User gesture"): `shareToUser` fails with
   * {@link SIM_GESTURE_ERROR} (after the latency, through `fail`) unless it is called synchronously
   * inside a native ODC `onTouchEnd` callback. A tap forwarded by `postMessage` therefore fails, as
   * does every share on a host without `nativeTouches`. Default false.
   */
  enforceUserGesture?: boolean;
  /**
   * Extra delay of each host answer (cloud results, shares, authorization, image load/error), drawn
   * per answer from [0, jitterMs) by a PRNG seeded with `seed`, in ms; and `complete` comes in a task
   * of its own after `success`/`fail`. Answers then arrive in another order than the calls were made,
   * interleaved with frames, messages and touches. Messages keep their order. Default 0.
   */
  jitterMs?: number;
  /** Seed of the `jitterMs` PRNG. Default 1. */
  seed?: number;
  /** Coordinate fields of simulated touches. Default `'page'` (with client fields too). */
  touchFields?: SimTouchFields;
  /** Error objects to fail calls with, in the platform's raw shape; a present key fails, even with `undefined`. */
  failures?: Partial<Record<SimFailureKind, unknown>>;
  /** The current user's openid (the main domain would send it). Default none. */
  self?: string;
  /** `'manual'` (deterministic, default) or `'real'` (real timers from `globals`, for the browser demo). */
  clock?: 'manual' | 'real';
  /** Where the real clock finds timers. Default `globalThis`. */
  globals?: object;
  /** System info both domains report. Default 375×667 logical px at pixel ratio 2. */
  systemInfo?: SystemInfo;
  /** `'strict'` (default) refuses arrays in messages as the platform does; `'clone'` copies them. */
  messagePolicy?: MessagePolicy;
}

/** One recorded `shareToUser` call. */
export interface SimShareCall {
  openid: string;
  title: string | undefined;
  subtitle: string | undefined;
  imageUrl: string;
  templateType: 1 | 2 | undefined;
  /** True when made synchronously inside a simulated touch or message handler (user initiated). */
  duringInput: boolean;
  /**
   * True when made synchronously inside a native ODC `onTouchEnd` callback: the only place a sibling
   * host accepts a gesture-gated call (see `enforceUserGesture`).
   */
  userGesture: boolean;
}

/** Everything the simulated platform was asked to do, for assertions. */
export interface SimCalls {
  shares: SimShareCall[];
  /** `keyList` of each `getFriendCloudStorage` call. */
  friendQueries: string[][];
  /** `keyList` of each `getUserCloudStorage` call. */
  userQueries: string[][];
  /** Every image `src` set, in order (`'[binary]'` for ArrayBuffers). */
  images: string[];
  /** `postMessage` calls made by the main domain. */
  postMessages: number;
  /** Messages handed to ODC listeners. */
  delivered: number;
  /** Messages lost because the ODC had no listener yet. */
  dropped: number;
  authorize: Array<{ statusOnly: boolean | undefined }>;
  setUserCloudStorage: RawKV[][];
  removeUserCloudStorage: string[][];
  /** `requestAnimationFrame` calls made by the ODC. */
  rafRequests: number;
  /** `createCanvas` calls made by the ODC (offscreen canvases; with the `createCanvas` option). */
  canvases: number;
}

/** The raw ODC global the sim exposes (a `tt` look-alike). */
export type SimOdcGlobal = RawOpenDataApi & { performance: { now(): number } };

/** The raw main-domain global the sim exposes. */
export type SimMainGlobal = RawMainApi & {
  performance: { now(): number };
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
};

/** A simulated TikTok host: raw globals for both domains plus controls and recordings. */
export interface SimulatedHost {
  readonly odcGlobal: SimOdcGlobal;
  readonly mainGlobal: SimMainGlobal;
  /**
   * `{tt: odcGlobal}`, for `detectOpenDataHost({...sim.globals, console})` or a vm context. It has no
   * `console`: add one, or the app's warnings go nowhere.
   */
  readonly globals: { tt: SimOdcGlobal };
  /** `{tt: mainGlobal}`, for `detectMainHost(sim.mainGlobals)`. */
  readonly mainGlobals: { tt: SimMainGlobal };
  readonly calls: SimCalls;
  readonly clock: SimClock;
  /** Current simulated time in ms. */
  now(): number;
  /** Manual clock: moves time by `ms`, running due timers and one rAF batch per 16.67 ms. */
  advance(ms: number): void;
  /** Manual clock: runs whatever is due now (zero-latency answers, message deliveries). */
  flush(): void;
  /** Runs exactly one rAF batch now; returns how many callbacks ran. */
  frame(): number;
  /** Number of rAF callbacks waiting. */
  pendingFrames(): number;
  /** Number of timers waiting. */
  pendingTimers(): number;
  /** Fires native touch listeners of the main domain and, when enabled, of the ODC. */
  touch(phase: PointerPhase, id: number, x: number, y: number): void;
  /** Number of `onMessage` listeners the ODC registered. */
  messageListenerCount(): number;
  /** Replaces the friend list (copied). */
  setFriends(friends: readonly RawFriend[]): void;
  /** A copy of the current friend list. */
  friends(): RawFriend[];
  /** Makes later calls of a kind fail with `error` in its raw shape (`undefined` is a valid shape). */
  setFailure(kind: SimFailureKind, error: unknown): void;
  /** Makes later calls of a kind succeed again. */
  clearFailure(kind: SimFailureKind): void;
  /** Sets the current user's openid (`undefined` = unknown). */
  setSelf(openid: string | undefined): void;
  /** The current user's stored key/value pairs (copy). */
  userStorage(): RawKV[];
  /** Sets the latency of later calls, in ms. */
  setLatency(ms: number): void;
  /** Replaces the image outcome rule. */
  setImages(rule: (url: string) => SimImageOutcome): void;
  /** Clears every recording in `calls`. */
  resetCalls(): void;
  /**
   * Resolves once no real image is still decoding (asynchronous decodes such as data URLs); a
   * `load` waiting on such a decode is then delivered by the next `flush()`/`advance()`.
   */
  whenImagesDecoded(): Promise<void>;
  /** Number of real images whose current `src` is still decoding. */
  pendingDecodes(): number;
}
