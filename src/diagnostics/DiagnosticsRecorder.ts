import type { FrameHost } from '../core/index.js';
import type { OpenDataHost, PlatformCanvas, PointerPhase } from '../host/index.js';
import { describeFriendSample, sampleFriendResult } from './describeFriendResult.js';
import type { FriendResultSample, FriendResultShape } from './describeFriendResult.js';
import type {
  CanvasFacts,
  DiagnosticsSource,
  FrameFacts,
  LayoutFacts,
  MessageFacts,
  PictureFacts,
  TouchFacts,
  StageFacts,
  TouchPath,
  ViewportFacts,
} from './DiagnosticsSource.js';
import { FrameTimings } from './FrameTimings.js';
import { probeHostApis } from './probeHostApis.js';
import type { HostApiFacts } from './probeHostApis.js';
import { probePromiseJobs } from './probePromiseJobs.js';
import { MissingHostApiError } from '../host/MissingHostApiError.js';
import type { PromiseJobTiming } from './probePromiseJobs.js';

/** What the recorder reads from the stage (a `Stage` has it): layout passes, live nodes, frame driver. */
export interface RecordedStage extends StageFacts {
  readonly stats: { readonly layouts: number };
  readonly pictures?: { readonly enabled: boolean; readonly size: number; readonly stats: { renders: number; draws: number; failures: number } } | undefined;
  readonly layout: { readonly liveNodes: number };
  readonly scheduler: { readonly driver: string };
}

/** How the recorder maps a screen point onto the stage (an `InputRouter` has it). */
export interface RecordedInput {
  toStage(screenX: number, screenY: number): { x: number; y: number };
}

/** The fields of a handled viewport message the recorder reads; `dialect`/`canvasOwner` when the parser adds them. */
export interface RecordedViewport {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio?: number;
}

/** The layout engine the app started with. */
export type LayoutBackend = Exclude<LayoutFacts['backend'], 'starting'>;

/** The last event of one touch path, updated in place (no allocation per event). */
class TouchRecord {
  public phase: PointerPhase = 'start';
  public id = 0;
  public x = 0;
  public y = 0;
  public at = 0;
  public count = 0;
}

/**
 * Records what a device report (`diagnostics` panel) shows: the layout engine, the canvas, the last
 * viewport message, the last touch on each path, frame timings and the friend result's shape. One
 * per app (never shared). Every `record*` call is O(1) and allocates nothing, except the friend
 * result, which is reduced to its shape once per fetch over a bounded sample and then dropped: no
 * friend value is kept. Nothing here schedules timers or frames.
 */
export class DiagnosticsRecorder implements DiagnosticsSource {
  private _stage: RecordedStage | undefined;
  private _input: RecordedInput | undefined;
  private _canvas: PlatformCanvas | undefined;
  private _initialWidth: number | undefined;
  private _initialHeight: number | undefined;
  private _backend: LayoutFacts['backend'] = 'starting';
  private _layoutError: string | undefined;
  private _firstLayoutMs: number | undefined;
  private readonly _touches: Record<TouchPath, TouchRecord> = { native: new TouchRecord(), forwarded: new TouchRecord() };
  private _viewport: RecordedViewport | undefined;
  private _viewportRatio: number | undefined;
  private _viewportCanvasWidth = 0;
  private _viewportCanvasHeight = 0;
  private _viewportCount = 0;
  private _viewportAt = 0;
  private readonly _frames = new FrameTimings();
  private _friends: FriendResultShape | undefined;
  private _friendSample: FriendResultSample | undefined;
  private _ignored = 0;
  private _lastIgnored: string | undefined;

  /** `host` is probed for the report's host lines; without one every member reads as unknown. */
  public constructor(
    private readonly _now: () => number,
    private readonly _host?: OpenDataHost,
  ) {}

  /** The app started with this layout engine (or none, with the reason). */
  public recordLayout(backend: LayoutBackend, error?: unknown): void {
    this._backend = backend;
    this._layoutError = error === undefined ? undefined : (error instanceof Error ? error.message : String(error)).slice(0, 200);
  }

  /** The stage exists: remember the canvas (and its size as the host gave it), the stage and the input router. */
  public attach(canvas: PlatformCanvas, stage: RecordedStage, input: RecordedInput): void {
    this._canvas = canvas;
    this._stage = stage;
    this._input = input;
  }

  /** The canvas size before the app touches it (call before the first resize). */
  public recordInitialCanvas(canvas: PlatformCanvas): void {
    this._initialWidth = readSize(canvas, 'width');
    this._initialHeight = readSize(canvas, 'height');
  }

  /**
   * A viewport message was handled: `pixelRatio` is the ratio of the resize the app asked for, or
   * undefined when it did not size the canvas (engine-owned, collapsed). Call after handling it.
   */
  public recordViewport(message: RecordedViewport, pixelRatio: number | undefined): void {
    this._viewport = message;
    this._viewportRatio = pixelRatio;
    this._viewportCount++;
    this._viewportAt = this._now();
    const canvas = this._canvas;
    this._viewportCanvasWidth = canvas === undefined ? 0 : readSize(canvas, 'width') ?? 0;
    this._viewportCanvasHeight = canvas === undefined ? 0 : readSize(canvas, 'height') ?? 0;
  }

  /** A touch event arrived on a path (screen logical px). */
  public recordTouch(path: TouchPath, phase: PointerPhase, id: number, x: number, y: number): void {
    const r = this._touches[path];
    r.phase = phase;
    r.id = id;
    r.x = x;
    r.y = y;
    r.at = this._now();
    r.count++;
  }

  /** A friend result arrived: keep a sample (never the list), described when read (hidden, the sample is all it costs). */
  public recordFriendResult(raw: unknown): void {
    this._friendSample = sampleFriendResult(raw);
    this._friends = undefined;
  }

  /** A message was refused; `reason` is the parser's (never containing payload strings). */
  public recordIgnored(reason: string): void {
    this._ignored++;
    this._lastIgnored = reason.slice(0, 200);
  }

  /**
   * Wraps the frame host so every frame callback is timed (start, cost, and whether it laid out a
   * panel). Adds two clock reads per frame; no frame is ever requested by the wrapper itself.
   */
  public timeFrames(host: FrameHost): FrameHost {
    const run = (cb: (t: number) => void, t: number): void => {
      const stage = this._stage;
      const layouts = stage === undefined ? 0 : stage.stats.layouts;
      const start = this._now();
      try {
        cb(t);
      } finally {
        this._frameDone(start, layouts);
      }
    };
    return {
      requestAnimationFrame: (cb) => host.requestAnimationFrame((t) => run(cb, t)),
      cancelAnimationFrame: (id) => host.cancelAnimationFrame(id),
      setTimeout: (cb, ms) => {
        const setTimeout = host.setTimeout;
        if (typeof setTimeout !== 'function') throw new MissingHostApiError('setTimeout');
        return setTimeout.call(host, () => run(cb, this._now()), ms);
      },
      clearTimeout: (id) => host.clearTimeout?.(id),
    };
  }

  public stage(): StageFacts | undefined {
    const s = this._stage;
    return s === undefined ? undefined : { width: s.width, height: s.height, scaleX: s.scaleX, scaleY: s.scaleY };
  }

  public pictures(): PictureFacts | undefined {
    const s = this._stage;
    if (s === undefined) return undefined;
    const p = s.pictures;
    if (p === undefined) return { state: 'none', kept: 0, renders: 0, draws: 0, failures: 0 };
    return { state: p.enabled ? 'on' : 'off', kept: p.size, renders: p.stats.renders, draws: p.stats.draws, failures: p.stats.failures };
  }

  public hostApis(): HostApiFacts {
    return probeHostApis(this._host ?? UNKNOWN_HOST);
  }

  public promiseJobs(done: (timing: PromiseJobTiming) => void): () => void {
    const host = this._host;
    if (host === undefined) {
      done('no-timer');
      return () => undefined;
    }
    return probePromiseJobs(host, done);
  }

  public layout(): LayoutFacts {
    return { backend: this._backend, error: this._layoutError, firstLayoutMs: this._firstLayoutMs };
  }

  public canvas(): CanvasFacts {
    const c = this._canvas;
    return {
      initialWidth: this._initialWidth,
      initialHeight: this._initialHeight,
      width: c === undefined ? undefined : readSize(c, 'width'),
      height: c === undefined ? undefined : readSize(c, 'height'),
    };
  }

  public viewport(): ViewportFacts | undefined {
    const m = this._viewport;
    if (m === undefined) return undefined;
    const pr = this._viewportRatio;
    const extra = m as { dialect?: unknown; canvasOwner?: unknown; fit?: unknown };
    return {
      x: m.x,
      y: m.y,
      width: m.width,
      height: m.height,
      pixelRatio: pr,
      sentPixelRatio: typeof m.pixelRatio === 'number' ? m.pixelRatio : undefined,
      dialect: typeof extra.dialect === 'string' ? extra.dialect.slice(0, 32) : undefined,
      canvasOwner: typeof extra.canvasOwner === 'string' ? extra.canvasOwner.slice(0, 32) : undefined,
      fit: typeof extra.fit === 'string' ? extra.fit.slice(0, 32) : undefined,
      askedWidth: pr === undefined ? undefined : Math.max(1, Math.round(m.width * pr)),
      askedHeight: pr === undefined ? undefined : Math.max(1, Math.round(m.height * pr)),
      canvasWidth: this._viewportCanvasWidth,
      canvasHeight: this._viewportCanvasHeight,
      count: this._viewportCount,
      at: this._viewportAt,
    };
  }

  public touch(path: TouchPath): TouchFacts | undefined {
    const r = this._touches[path];
    if (r.count === 0) return undefined;
    let stageX: number | undefined;
    let stageY: number | undefined;
    try {
      const p = this._input?.toStage(r.x, r.y);
      stageX = p?.x;
      stageY = p?.y;
    } catch {
      // No mapping then.
    }
    return { phase: r.phase, id: r.id, x: r.x, y: r.y, stageX, stageY, count: r.count, at: r.at };
  }

  public frames(): FrameFacts {
    let driver: string | undefined;
    try {
      driver = this._stage?.scheduler.driver;
    } catch {
      driver = undefined;
    }
    return { ...this._frames.summary(this._now()), driver };
  }

  public friendResult(): FriendResultShape | undefined {
    const sample = this._friendSample;
    this._friendSample = undefined;
    if (sample !== undefined) this._friends = describeFriendSample(sample);
    return this._friends;
  }

  public messages(): MessageFacts {
    return { ignored: this._ignored, lastIgnored: this._lastIgnored };
  }

  private _frameDone(start: number, layoutsBefore: number): void {
    const cost = this._now() - start;
    this._frames.record(start, cost);
    const stage = this._stage;
    if (this._firstLayoutMs === undefined && stage !== undefined && stage.stats.layouts !== layoutsBefore && stage.layout.liveNodes > 1) {
      this._firstLayoutMs = cost;
    }
  }
}

function readSize(canvas: PlatformCanvas, name: 'width' | 'height'): number | undefined {
  try {
    const value = canvas[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stands in for a missing host: `probeHostApis` reports every member of an adapter without `inspect` as unknown. */
const UNKNOWN_HOST = { kind: 'unknown' } as OpenDataHost;
