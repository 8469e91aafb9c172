/**
 * The platform port. Two layers live here:
 *
 * - `Raw*` types describe what the platform globals (`tt`, `GameGlobal.tt`, `TTMinis.game`, `wx`)
 *   look like: callback-style APIs, any of which may be missing. Only `host/` touches them.
 * - `OpenDataHost` / `MainHost` are the normalised ports the rest of the framework uses: promise
 *   based, with timeouts and one error shape ({@link HostError}). Optional capabilities are
 *   `undefined` when the host lacks them, so callers feature-detect by checking the member.
 *
 * Source of every fact: ../shared/PLATFORM.md.
 */
import type { POINTER_PHASES } from '../protocol/constants.js';

/** The subset of `CanvasRenderingContext2D` the framework draws with. */
export interface Canvas2D {
  canvas?: unknown;
  fillStyle: string | object;
  strokeStyle: string | object;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  lineCap?: string;
  lineJoin?: string;
  imageSmoothingEnabled?: boolean;
  /** Shadow of the next drawing calls; offsets and blur in device px (the transform does not apply). */
  shadowColor?: string;
  shadowBlur?: number;
  shadowOffsetX?: number;
  shadowOffsetY?: number;
  save(): void;
  restore(): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number, ccw?: boolean): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  /** Outlines text (feature-detected: not every host has it). */
  strokeText?(text: string, x: number, y: number): void;
  /** The current transform (feature-detected). */
  getTransform?(): { a: number; b: number; c: number; d: number; e: number; f: number };
  measureText(text: string): { width: number };
  drawImage(image: unknown, dx: number, dy: number): void;
  drawImage(image: unknown, dx: number, dy: number, dw: number, dh: number): void;
  drawImage(
    image: unknown,
    sx: number,
    sy: number,
    sw: number,
    sh: number,
    dx: number,
    dy: number,
    dw: number,
    dh: number,
  ): void;
  createLinearGradient?(x0: number, y0: number, x1: number, y1: number): {
    addColorStop(offset: number, color: string): void;
  };
}

/** A canvas as the host hands it out (shared canvas or offscreen canvas). */
export interface PlatformCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): Canvas2D | null;
}

/** An image created by the host's `createImage()`. */
export interface PlatformImage {
  src: string | ArrayBuffer;
  width: number;
  height: number;
  naturalWidth?: number;
  naturalHeight?: number;
  onload: ((ev?: unknown) => void) | null;
  onerror: ((ev?: unknown) => void) | null;
  addEventListener?(type: 'load' | 'error', listener: (ev?: unknown) => void): void;
}

/** One touch point as hosts report it; coordinate fields vary by host (PLATFORM.md). */
export interface PlatformTouch {
  identifier: number;
  pageX?: number;
  pageY?: number;
  clientX?: number;
  clientY?: number;
  screenX?: number;
  screenY?: number;
}

/** A touch event as hosts report it. */
export interface PlatformTouchEvent {
  touches?: PlatformTouch[];
  changedTouches?: PlatformTouch[];
  timeStamp?: number;
}

/** The phase of a pointer, shared by native touches, forwarded `pointer` messages and tests. */
export type PointerPhase = (typeof POINTER_PHASES)[number];

/** A touch listener registration as the raw APIs take it. */
export type RawTouchListener = (ev: PlatformTouchEvent) => void;

/** Callback options every raw async API takes. */
export interface RawCallbacks<T> {
  success?: (res: T) => void;
  fail?: (err: unknown) => void;
  complete?: () => void;
}

/** Options of the raw `shareToUser` (ODC only, client >= 40.3.0). */
export interface ShareToUserOptions {
  openid: string;
  title?: string;
  subtitle?: string;
  imageUrl: string;
  templateType?: 1 | 2;
}

/** System information a host may expose. All fields optional: never assume them. */
export interface SystemInfo {
  pixelRatio?: number;
  windowWidth?: number;
  windowHeight?: number;
}

/** What an open data domain global (`tt`, `wx`, `TTMinis.game`) may offer. Every member is optional. */
export interface RawOpenDataApi {
  onMessage?(cb: (data: unknown) => void): void;
  getSharedCanvas?(): PlatformCanvas;
  createImage?(): PlatformImage;
  createCanvas?(): PlatformCanvas;
  requestAnimationFrame?(cb: (t: number) => void): number;
  cancelAnimationFrame?(id: number): void;
  setTimeout?(cb: () => void, ms: number): number;
  clearTimeout?(id: number): void;
  getFriendCloudStorage?(opts: { keyList: string[] } & RawCallbacks<unknown>): void;
  getUserCloudStorage?(opts: { keyList: string[] } & RawCallbacks<unknown>): void;
  shareToUser?(opts: ShareToUserOptions & RawCallbacks<unknown>): void;
  getSystemInfoSync?(): SystemInfo;
  onTouchStart?(cb: RawTouchListener): void;
  onTouchMove?(cb: RawTouchListener): void;
  onTouchEnd?(cb: RawTouchListener): void;
  onTouchCancel?(cb: RawTouchListener): void;
  offTouchStart?(cb: RawTouchListener): void;
  offTouchMove?(cb: RawTouchListener): void;
  offTouchEnd?(cb: RawTouchListener): void;
  offTouchCancel?(cb: RawTouchListener): void;
}

/** What a main-domain global may offer. Every member is optional. */
export interface RawMainApi {
  getOpenDataContext?(): { postMessage(msg: unknown): void; canvas?: unknown };
  authorizeOpenContext?(opts: { get_status_only?: boolean } & RawCallbacks<{ code?: string }>): void;
  setUserCloudStorage?(
    opts: { data?: Array<{ key: string; value: string }>; KVDataList?: Array<{ key: string; value: string }> } &
      RawCallbacks<unknown>,
  ): void;
  removeUserCloudStorage?(opts: { keyList: string[] } & RawCallbacks<unknown>): void;
  canIUse?(name: string): boolean;
  getSystemInfoSync?(): SystemInfo;
  onTouchStart?(cb: RawTouchListener): void;
  onTouchMove?(cb: RawTouchListener): void;
  onTouchEnd?(cb: RawTouchListener): void;
  onTouchCancel?(cb: RawTouchListener): void;
  offTouchStart?(cb: RawTouchListener): void;
  offTouchMove?(cb: RawTouchListener): void;
  offTouchEnd?(cb: RawTouchListener): void;
  offTouchCancel?(cb: RawTouchListener): void;
}

/** A normalised touch listener: one call per changed touch, coordinates in screen logical px. */
export type TouchListener = (phase: PointerPhase, id: number, x: number, y: number, t: number) => void;

/** The open data domain port: everything the engine may ask of the platform. */
export interface OpenDataHost {
  /** Which global this host was built from (`tt`, `TTMinis.game`, `wx`, or a test name). */
  readonly kind: string;
  onMessage(cb: (data: unknown) => void): void;
  getSharedCanvas(): PlatformCanvas;
  createImage(): PlatformImage;
  requestAnimationFrame(cb: (t: number) => void): number;
  cancelAnimationFrame(id: number): void;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Monotonic milliseconds. */
  now(): number;
  /** Raw result of `getFriendCloudStorage`; `data/` normalises its shape. Rejects with {@link HostError}. */
  getFriendCloudStorage(keyList: readonly string[]): Promise<unknown>;
  getUserCloudStorage(keyList: readonly string[]): Promise<unknown>;
  /**
   * Sends a direct-message card. The raw call happens synchronously inside this method (a share must
   * be user initiated); the promise settles with the platform's answer. `undefined` when the client
   * lacks the API (older than 40.3.0).
   */
  shareToUser: ((opts: ShareToUserOptions) => Promise<void>) | undefined;
  /** Native touch listeners on the ODC (sibling hosts); `undefined` when absent. Returns an unsubscribe. */
  onTouch: ((listener: TouchListener) => () => void) | undefined;
  /** System information if the host exposes it. */
  getSystemInfo: (() => SystemInfo) | undefined;
  /** Offscreen canvases if the host offers them. */
  createCanvas: (() => PlatformCanvas) | undefined;
  /** Console warning sink (never given friend data). */
  warn(message: string): void;
  /**
   * Read-only facts about the raw platform object for a device report (`diagnostics` panel):
   * where a member is, what its system info says. Optional: hand-written hosts may omit it.
   */
  readonly inspect?: HostInspection;
}

/** Where a host member was found: on the platform object, as a global, nowhere, or its getter threw. */
export type MemberPresence = 'api' | 'global' | 'absent' | 'throws';

/** The raw `getSystemInfoSync()` answer, reduced to device facts (sizes, platform, client version). */
export type RawSystemInfoFacts =
  | { readonly status: 'absent' | 'throws' }
  | { readonly status: 'ok'; readonly fields: Readonly<Record<string, string | number>> };

/** Read-only questions about a raw platform object, for device reports. Never throws. */
export interface HostInspection {
  /** Where the function `name` is: on the platform object (`api`), a global (`global`), nowhere, or `throws`. */
  member(name: string): MemberPresence;
  /** What `getSystemInfoSync()` returns (selected fields), or that it is missing or throws. */
  systemInfo(): RawSystemInfoFacts;
}

/** The main domain port, used by `friendcanvas/main`. */
export interface MainHost {
  readonly kind: string;
  postMessage(msg: object): void;
  /** Resolves with the authorization code (if any). Rejects with {@link HostError}. */
  authorizeOpenContext(opts: { statusOnly?: boolean }): Promise<{ code?: string }>;
  setUserCloudStorage(data: ReadonlyArray<{ key: string; value: string }>): Promise<void>;
  removeUserCloudStorage(keyList: readonly string[]): Promise<void>;
  /** `undefined` when the host has no `canIUse`. */
  canIUse: ((name: string) => boolean) | undefined;
  onTouch: ((listener: TouchListener) => () => void) | undefined;
  getSystemInfo: (() => SystemInfo) | undefined;
}

/** One normalised error shape for every platform failure. */
export class HostError extends Error {
  /** Platform error code when one was given (`error_code`), else undefined. */
  public readonly code: string | number | undefined;
  public readonly api: string;
  public constructor(api: string, message: string, code?: string | number) {
    super(`${api}: ${message}`);
    this.name = 'HostError';
    this.api = api;
    this.code = code;
  }
}
