import { FRAME_SAMPLES, FRAME_WINDOW_MS } from './constants.js';

/** Frame rate and cost over a recent window. */
export interface FrameSummary {
  /** Frames that started within the window. */
  readonly frames: number;
  /** The window, ms. */
  readonly windowMs: number;
  /** Median time between the starts of consecutive frames in the window, ms; undefined below two frames. */
  readonly intervalMs: number | undefined;
  /** Mean time a frame callback ran (tickers, layout, paint), ms; undefined without frames. */
  readonly meanCostMs: number | undefined;
  /** Longest frame callback in the window, ms. */
  readonly maxCostMs: number | undefined;
  /** Frames timed since the app started. */
  readonly total: number;
}

/**
 * A ring of the last {@link FRAME_SAMPLES} frames (start time and cost, ms). Recording is O(1) and
 * allocates nothing; the summary is computed when read.
 */
export class FrameTimings {
  private readonly _starts = new Float64Array(FRAME_SAMPLES);
  private readonly _costs = new Float64Array(FRAME_SAMPLES);
  private readonly _scratch = new Float64Array(FRAME_SAMPLES);
  private _next = 0;
  private _total = 0;

  /** Records one frame that started at `start` (ms) and ran `cost` ms. */
  public record(start: number, cost: number): void {
    const i = this._next;
    this._starts[i] = start;
    this._costs[i] = cost > 0 ? cost : 0;
    this._next = i + 1 === FRAME_SAMPLES ? 0 : i + 1;
    this._total++;
  }

  /** Frames recorded since creation. */
  public get total(): number {
    return this._total;
  }

  /** Frame rate and cost of the frames that started in the `windowMs` before `now`. */
  public summary(now: number, windowMs = FRAME_WINDOW_MS): FrameSummary {
    const held = Math.min(this._total, FRAME_SAMPLES);
    let frames = 0;
    let costSum = 0;
    let maxCost = 0;
    let intervals = 0;
    let newer = Number.NaN;
    for (let k = 1; k <= held; k++) {
      const i = (this._next - k + FRAME_SAMPLES) % FRAME_SAMPLES;
      const start = this._starts[i]!;
      if (start < now - windowMs) break;
      frames++;
      const cost = this._costs[i]!;
      costSum += cost;
      if (cost > maxCost) maxCost = cost;
      if (!Number.isNaN(newer)) this._scratch[intervals++] = newer - start;
      newer = start;
    }
    return {
      frames,
      windowMs,
      intervalMs: intervals === 0 ? undefined : median(this._scratch, intervals),
      meanCostMs: frames === 0 ? undefined : costSum / frames,
      maxCostMs: frames === 0 ? undefined : maxCost,
      total: this._total,
    };
  }
}

function median(values: Float64Array, n: number): number {
  const sorted = values.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
