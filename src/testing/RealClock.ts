import { SIM_FRAME_INTERVAL_MS } from './constants.js';
import { FrameQueue } from './FrameQueue.js';
import { rethrowFirst, type SimClock } from './SimClock.js';

type TimerFn = (cb: () => void, ms: number) => unknown;

/**
 * A clock on the real timers of `globals` (the browser demo). rAF callbacks are queued here and
 * pumped by one real `requestAnimationFrame` (or a 16.67 ms timeout where there is none), so
 * `pendingFrames()` and `frame()` work the same as with the manual clock. `advance()`/`flush()`
 * are unavailable: real time cannot be moved.
 */
export class RealClock implements SimClock {
  private readonly _frames = new FrameQueue();
  private _pumpScheduled = false;
  private readonly _live = new Set<number>();

  public constructor(private readonly _globals: object) {}

  public now(): number {
    const perf = (this._globals as { performance?: { now?: () => number } }).performance;
    return typeof perf?.now === 'function' ? perf.now() : Date.now();
  }

  public setTimeout(cb: () => void, ms: number): number {
    const set = this._fn<TimerFn>('setTimeout');
    const handle = set(() => {
      this._live.delete(handle);
      cb();
    }, ms) as number;
    this._live.add(handle);
    return handle;
  }

  public clearTimeout(id: number): void {
    this._live.delete(id);
    this._fn<(id: number) => void>('clearTimeout')(id);
  }

  public requestAnimationFrame(cb: (t: number) => void): number {
    const id = this._frames.request(cb);
    this._schedulePump();
    return id;
  }

  public cancelAnimationFrame(id: number): void {
    this._frames.cancel(id);
  }

  public advance(): void {
    throw new Error("advance() needs createSimulatedHost({ clock: 'manual' })");
  }

  public flush(): void {
    throw new Error("flush() needs createSimulatedHost({ clock: 'manual' })");
  }

  public frame(): number {
    const errors: unknown[] = [];
    const ran = this._frames.runBatch(this.now(), errors);
    rethrowFirst(errors);
    return ran;
  }

  public pendingFrames(): number {
    return this._frames.size;
  }

  public pendingTimers(): number {
    return this._live.size;
  }

  private _schedulePump(): void {
    if (this._pumpScheduled) return;
    this._pumpScheduled = true;
    const pump = (): void => {
      this._pumpScheduled = false;
      if (this._frames.size > 0) this.frame();
    };
    const raf = (this._globals as { requestAnimationFrame?: (cb: () => void) => unknown }).requestAnimationFrame;
    if (typeof raf === 'function') raf(pump);
    else this._fn<TimerFn>('setTimeout')(pump, SIM_FRAME_INTERVAL_MS);
  }

  private _fn<T>(name: string): T {
    const fn = (this._globals as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`clock 'real' needs ${name} on the globals object`);
    return fn as T;
  }
}
