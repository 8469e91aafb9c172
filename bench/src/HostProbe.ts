import type { PlatformImage, RawCallbacks, ShareToUserOptions } from '../../src/host/index.js';
import type { SimOdcGlobal, SimulatedHost } from '../../src/testing/index.js';

/** One `requestAnimationFrame` callback run by the engine: wall-clock start and end, ms. */
export interface FrameRecord {
  start: number;
  end: number;
}

/** One `onMessage` callback run, or one friend-data answer handled: wall-clock start and end, ms. */
export interface MessageRecord {
  start: number;
  end: number;
}

/** Total time of the spans that start at or after `from` and end at or before `to`, ms. */
export function timeWithin(spans: readonly MessageRecord[], from: number, to: number): number {
  let total = 0;
  for (const s of spans) if (s.start >= from && s.end <= to) total += s.end - s.start;
  return total;
}

type Query = { keyList: string[] } & RawCallbacks<unknown>;

/**
 * Wraps a simulated host's raw ODC global so the benchmark sees, in wall-clock time, what the engine
 * does and when: every frame callback, every message handler, every `shareToUser` call and every
 * friend-data delivery. The engine under test (the IIFE bundle or the ESM app) gets `probe.api` as
 * its `tt` and cannot tell the difference; the wrappers add a `performance.now()` pair per call.
 */
export class HostProbe {
  /** Every frame callback run, in order. */
  public readonly frames: FrameRecord[] = [];
  /** Every message handler run, in order. */
  public readonly messages: MessageRecord[] = [];
  /** Wall time from the start of the message handler that made each `shareToUser` call to the call, ms. */
  public readonly shareLatencies: number[] = [];
  /** Each friend-data answer's `success` callback run by the engine (normalise, rank, rebind). */
  public readonly deliveries: MessageRecord[] = [];
  /** Wall-clock times at which the engine set an image's `src` (avatar requests). */
  public readonly imageRequests: number[] = [];
  /** The instrumented raw global. */
  public readonly api: SimOdcGlobal;
  /** Called right after a friend-data answer was handed over (e.g. to raise the image latency). */
  public onDelivery: (() => void) | undefined;
  private _handlerStart: number | undefined;

  public constructor(sim: SimulatedHost) {
    const raw = sim.odcGlobal;
    const now = (): number => performance.now();
    this.api = {
      ...raw,
      requestAnimationFrame: (cb: (t: number) => void): number =>
        raw.requestAnimationFrame!((t) => {
          const start = now();
          try {
            cb(t);
          } finally {
            this.frames.push({ start, end: now() });
          }
        }),
      onMessage: (cb: (message: unknown) => void): void =>
        raw.onMessage!((message: unknown) => {
          const start = now();
          this._handlerStart = start;
          try {
            cb(message);
          } finally {
            this._handlerStart = undefined;
            this.messages.push({ start, end: now() });
          }
        }),
      shareToUser: (opts: ShareToUserOptions & RawCallbacks<unknown>): void => {
        const t = now();
        if (this._handlerStart !== undefined) this.shareLatencies.push(t - this._handlerStart);
        raw.shareToUser!(opts);
      },
      createImage: (): PlatformImage => this._watchSource(raw.createImage!()),
      getFriendCloudStorage: (opts: Query): void => {
        raw.getFriendCloudStorage!({
          ...opts,
          success: (res: unknown) => {
            const start = now();
            try {
              opts.success?.(res);
            } finally {
              this.deliveries.push({ start, end: now() });
              this.onDelivery?.();
            }
          },
        });
      },
    };
  }

  /** The first frame that started after wall-clock time `t`, if any. */
  public firstFrameAfter(t: number): FrameRecord | undefined {
    return this.frames.find((f) => f.start > t);
  }

  /**
   * The first frame that drew friend rows: the first one ending after the first avatar request
   * (rows request their avatars when bound, in the frame or just before it). Loading and empty
   * states request no image, so they never count.
   */
  public firstListFrame(): FrameRecord | undefined {
    const t = this.imageRequests[0];
    return t === undefined ? undefined : this.frames.find((f) => f.end >= t);
  }

  /** Layers a timing hook over the sim's own `src` interception (an own accessor on the image). */
  private _watchSource(image: PlatformImage): PlatformImage {
    const own = Object.getOwnPropertyDescriptor(image, 'src');
    const set = own?.set;
    const get = own?.get;
    if (set === undefined || get === undefined) return image;
    Object.defineProperty(image, 'src', {
      configurable: true,
      enumerable: true,
      get: () => get.call(image),
      set: (value: unknown) => {
        this.imageRequests.push(performance.now());
        set.call(image, value);
      },
    });
    return image;
  }
}
