import { SIM_FRAME_INTERVAL_MS, SIM_MAX_CALLBACKS_PER_ADVANCE } from './constants.js';
import { FrameQueue } from './FrameQueue.js';
import { rethrowFirst, type SimClock } from './SimClock.js';

interface Timer {
  due: number;
  seq: number;
  cb: () => void;
}

/** Tolerance for float frame boundaries (k × 16.67 ms), in ms. */
const EPSILON_MS = 1e-6;

/**
 * A deterministic clock: time moves only in `advance()`. Timers run in due order (ties in
 * scheduling order); frames happen at k × 16.67 ms and run the rAF callbacks queued before them.
 * A callback's error does not stop the others; the first one is rethrown when the call ends.
 */
export class ManualClock implements SimClock {
  private _now = 0;
  private _nextTimerId = 1;
  private _lastFrameIndex = 0;
  private _busy = false;
  private readonly _timers = new Map<number, Timer>();
  private readonly _frames = new FrameQueue();

  public now(): number {
    return this._now;
  }

  public setTimeout(cb: () => void, ms: number): number {
    const id = this._nextTimerId++;
    const delay = typeof ms === 'number' && ms > 0 ? ms : 0;
    this._timers.set(id, { due: this._now + delay, seq: id, cb });
    return id;
  }

  public clearTimeout(id: number): void {
    this._timers.delete(id);
  }

  public requestAnimationFrame(cb: (t: number) => void): number {
    return this._frames.request(cb);
  }

  public cancelAnimationFrame(id: number): void {
    this._frames.cancel(id);
  }

  public pendingFrames(): number {
    return this._frames.size;
  }

  public pendingTimers(): number {
    return this._timers.size;
  }

  public flush(): void {
    this.advance(0);
  }

  public frame(): number {
    this._enter('frame');
    const errors: unknown[] = [];
    let ran: number;
    try {
      ran = this._frames.runBatch(this._now, errors);
    } finally {
      this._busy = false;
    }
    rethrowFirst(errors);
    return ran;
  }

  public advance(ms: number): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`advance(ms) needs a finite number >= 0, got ${String(ms)}`);
    }
    this._enter('advance');
    const target = this._now + ms;
    const errors: unknown[] = [];
    try {
      for (let ran = 0; ; ran++) {
        if (ran > SIM_MAX_CALLBACKS_PER_ADVANCE) {
          throw new Error(`advance(): more than ${SIM_MAX_CALLBACKS_PER_ADVANCE} callbacks; a timer reschedules itself forever?`);
        }
        const timer = this._nextTimer(target);
        const frameIndex = this._frames.size > 0 ? this._nextFrameIndex() : undefined;
        const frameTime = frameIndex === undefined ? Infinity : frameIndex * SIM_FRAME_INTERVAL_MS;
        const frameDue = frameTime <= target + EPSILON_MS;
        if (timer !== undefined && (!frameDue || timer[1].due <= frameTime)) {
          this._timers.delete(timer[0]);
          this._now = Math.max(this._now, timer[1].due);
          try {
            timer[1].cb();
          } catch (err) {
            errors.push(err);
          }
        } else if (frameDue && frameIndex !== undefined) {
          this._now = Math.max(this._now, frameTime);
          this._lastFrameIndex = frameIndex;
          this._frames.runBatch(frameTime, errors);
        } else {
          break;
        }
      }
      this._now = Math.max(this._now, target);
    } finally {
      this._busy = false;
    }
    rethrowFirst(errors);
  }

  private _enter(name: string): void {
    if (this._busy) throw new Error(`${name}() was called from inside a simulated callback`);
    this._busy = true;
  }

  private _nextTimer(target: number): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this._timers) {
      const t = entry[1];
      if (t.due > target) continue;
      if (best === undefined || t.due < best[1].due || (t.due === best[1].due && t.seq < best[1].seq)) best = entry;
    }
    return best;
  }

  private _nextFrameIndex(): number {
    const atOrAfterNow = Math.ceil(this._now / SIM_FRAME_INTERVAL_MS - EPSILON_MS);
    return Math.max(this._lastFrameIndex + 1, atOrAfterNow, 1);
  }
}
