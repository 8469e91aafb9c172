import {
  VELOCITY_MAX_SAMPLES,
  VELOCITY_PAUSE_MS,
  VELOCITY_STATIONARY_PX,
  VELOCITY_WINDOW_MS,
} from './constants.js';
import { assertFinite } from './assertFinite.js';

/**
 * Estimates pointer velocity, in px/ms, from timestamped positions along one axis: a least-squares line through
 * the samples of the last {@link VELOCITY_WINDOW_MS}, so irregular event timing averages out instead of one short
 * interval dominating; 0 when the finger rested (or went silent) for more than {@link VELOCITY_PAUSE_MS} before
 * the query time. Motion slower than VELOCITY_STATIONARY_PX per VELOCITY_PAUSE_MS (0.0125 px/ms, far below the
 * minimum fling) therefore reads as 0. Memory is a fixed ring buffer.
 *
 * @example
 * const tracker = new VelocityTracker();
 * tracker.addSample(0, 100);
 * tracker.addSample(16, 84);
 * tracker.velocity(16); // -1 px/ms
 */
export class VelocityTracker {
  private readonly _times: Float64Array;
  private readonly _positions: Float64Array;
  private _head = 0; // index of the oldest sample
  private _count = 0;

  /** Creates a tracker keeping at most `capacity` samples. */
  public constructor(capacity: number = VELOCITY_MAX_SAMPLES) {
    if (!Number.isInteger(capacity) || capacity < 2) {
      throw new RangeError(`scroll: VelocityTracker capacity must be an integer ≥ 2, got ${String(capacity)}`);
    }
    this._times = new Float64Array(capacity);
    this._positions = new Float64Array(capacity);
  }

  /** Number of samples currently held. */
  public get sampleCount(): number {
    return this._count;
  }

  /**
   * Records the pointer at `position` px at time `t` ms. A sample with the newest sample's time replaces it
   * (coalesced events); one older than the newest means the clock restarted, so the history is dropped first.
   */
  public addSample(t: number, position: number): void {
    assertFinite('t', t);
    assertFinite('position', position);
    const capacity = this._times.length;
    if (this._count > 0) {
      const last = (this._head + this._count - 1) % capacity;
      const lastT = this._times[last] ?? 0;
      if (t === lastT) {
        this._positions[last] = position;
        return;
      }
      if (t < lastT) this.reset();
    }
    const slot = (this._head + this._count) % capacity;
    this._times[slot] = t;
    this._positions[slot] = position;
    if (this._count < capacity) this._count++;
    else this._head = (this._head + 1) % capacity;
  }

  /** Estimated velocity at time `now` ms, in px/ms (positive when the position increases). */
  public velocity(now: number): number {
    assertFinite('now', now);
    const n = this._count;
    if (n === 0) return 0;
    const capacity = this._times.length;
    const at = (i: number): number => (this._head + i) % capacity; // i = 0 is the oldest sample
    const lastT = this._times[at(n - 1)] ?? 0;
    const lastP = this._positions[at(n - 1)] ?? 0;
    const t = Math.max(now, lastT);

    // Pause: the finger has been within VELOCITY_STATIONARY_PX of where it ends since `restSince`.
    let restSince = lastT;
    for (let i = n - 2; i >= 0; i--) {
      if (Math.abs((this._positions[at(i)] ?? 0) - lastP) > VELOCITY_STATIONARY_PX) break;
      restSince = this._times[at(i)] ?? 0;
    }
    if (t - restSince > VELOCITY_PAUSE_MS) return 0;

    // Least squares over the window, times centred on their mean for numerical stability.
    const from = t - VELOCITY_WINDOW_MS;
    let first = n - 1;
    while (first > 0 && (this._times[at(first - 1)] ?? 0) >= from) first--;
    const m = n - first;
    if (m < 2) return 0;
    let meanT = 0;
    let meanP = 0;
    for (let i = first; i < n; i++) {
      meanT += this._times[at(i)] ?? 0;
      meanP += this._positions[at(i)] ?? 0;
    }
    meanT /= m;
    meanP /= m;
    let sxy = 0;
    let sxx = 0;
    for (let i = first; i < n; i++) {
      const dt = (this._times[at(i)] ?? 0) - meanT;
      sxy += dt * ((this._positions[at(i)] ?? 0) - meanP);
      sxx += dt * dt;
    }
    return sxx > 0 ? sxy / sxx : 0;
  }

  /** Drops every sample (call at the start of each gesture). */
  public reset(): void {
    this._head = 0;
    this._count = 0;
  }
}
