import { FALLBACK_FRAME_INTERVAL_MS } from '../host/index.js';
import { MissingHostApiError } from '../host/MissingHostApiError.js';
import { MAX_CHAINED_PROMISE_FRAMES } from './constants.js';

/**
 * The frame capability of a host. The timers are optional: they carry frames when
 * `requestAnimationFrame` throws (an `OpenDataHost` has both).
 */
export interface FrameHost {
  requestAnimationFrame(cb: (t: number) => void): number;
  cancelAnimationFrame(id: number): void;
  setTimeout?(cb: () => void, ms: number): number;
  clearTimeout?(id: number): void;
}

/** What carries frames: the host's rAF, its `setTimeout` at ~60 Hz, or promise jobs as a last resort. */
export type FrameDriver = 'raf' | 'timer' | 'promise';

/**
 * Requests at most one animation frame at a time and none while nothing asks for one, so an idle
 * panel costs the host nothing (the main domain redraws the shared canvas every frame regardless).
 *
 * A host whose `requestAnimationFrame` throws is reported once and never asked again: frames run
 * on its `setTimeout` every {@link FALLBACK_FRAME_INTERVAL_MS} ms from then on (a strict host would
 * otherwise leave the canvas blank). Without a working `setTimeout` either, frames run as promise
 * jobs; since those never yield to the host, at most {@link MAX_CHAINED_PROMISE_FRAMES} frames
 * follow each other before the next outside request (a message, a touch) resumes animation.
 */
export class FrameScheduler {
  private _pending: number | undefined;
  private _requested = 0;
  private _disposed = false;
  private _driver: FrameDriver = 'raf';
  /** Set when the host turned out to have no rAF (nor the timer its fallback needs). */
  private _rafMissing = false;
  /** Identity of the pending promise frame; bumping it cancels that frame. */
  private _promiseToken = 0;
  /** True while a frame callback runs (requests made then are chained frames). */
  private _inCallback = false;
  private _chained = 0;

  public constructor(
    private readonly _host: FrameHost,
    private readonly _onFrame: () => void,
    private readonly _onError: (error: unknown) => void = () => {},
  ) {}

  /** Number of animation frames requested since creation (tests assert it stays 0 while idle). */
  public get framesRequested(): number {
    return this._requested;
  }

  /** True while a frame is requested and has not run yet. */
  public get pending(): boolean {
    return this._pending !== undefined;
  }

  /** What carries frames now; it only ever moves from `raf` to `timer` to `promise`. */
  public get driver(): FrameDriver {
    return this._driver;
  }

  /** Asks for a frame; a no-op when one is already pending. Never throws. */
  public request(): void {
    if (this._pending !== undefined || this._disposed) return;
    if (this._driver === 'promise') {
      // Promise jobs never yield to the host: bound the chain, the next outside request resumes it.
      this._chained = this._inCallback ? this._chained + 1 : 0;
      if (this._chained >= MAX_CHAINED_PROMISE_FRAMES) return;
    }
    this._requested++;
    if (this._driver === 'raf') {
      try {
        this._pending = this._host.requestAnimationFrame(() => this._run());
        return;
      } catch (err) {
        this._driver = 'timer';
        // A host without rAF (its wrapper needs a timer that is missing too) is not a failure: said below, once.
        if (err instanceof MissingHostApiError) this._rafMissing = true;
        else this._report('requestAnimationFrame', err, `frames run on setTimeout every ${FALLBACK_FRAME_INTERVAL_MS} ms from now on`);
      }
    }
    if (this._driver === 'timer') {
      try {
        const setTimeout = this._host.setTimeout;
        if (typeof setTimeout !== 'function') throw new MissingHostApiError('setTimeout');
        this._pending = setTimeout.call(this._host, () => this._run(), FALLBACK_FRAME_INTERVAL_MS);
        return;
      } catch (err) {
        this._driver = 'promise';
        if (err instanceof MissingHostApiError) {
          const lacks = this._rafMissing ? 'neither requestAnimationFrame nor setTimeout' : 'no setTimeout';
          this._onError(new Error(`the host has ${lacks}: frames run as promise jobs (an animation advances only while messages or touches arrive)`));
        } else this._report('setTimeout', err, 'frames run as promise jobs from now on');
      }
    }
    const token = ++this._promiseToken;
    this._pending = token;
    void Promise.resolve().then(() => {
      if (token === this._promiseToken) this._run();
    });
  }

  /** Cancels the pending frame and refuses further requests. */
  public dispose(): void {
    this._disposed = true;
    const pending = this._pending;
    this._pending = undefined;
    if (pending === undefined) return;
    try {
      if (this._driver === 'raf') this._host.cancelAnimationFrame(pending);
      else if (this._driver === 'timer') this._host.clearTimeout?.(pending);
      else this._promiseToken++;
    } catch {
      // A late frame finds the scheduler disposed and does nothing.
    }
  }

  private _run(): void {
    this._pending = undefined;
    if (this._disposed) return;
    this._inCallback = true;
    try {
      this._onFrame();
    } finally {
      this._inCallback = false;
    }
  }

  private _report(api: string, err: unknown, then: string): void {
    const why = err instanceof Error ? err.message : String(err);
    this._onError(new Error(`${api} failed (${why}); ${then}`));
  }
}
