import type { PlatformCanvas, PlatformImage, RawCallbacks, SystemInfo } from '../host/index.js';
import type { MessagePolicy } from './copyMessage.js';
import { copyRawFriend, rawFriendOpenid, rawFriendValues, setRawFriendValues } from './rawFriendRecord.js';
import type { SimClock } from './SimClock.js';
import { SimTouchTarget } from './SimTouchTarget.js';
import type { RawFriend, RawKV, SimCalls, SimFailureKind, SimImageOutcome, SimResultShape, SimTouchFields } from './types.js';

/** Fixed settings of one simulated host. */
export interface SimSettings {
  canvas: PlatformCanvas;
  createImage: (() => PlatformImage) | undefined;
  createCanvas: (() => PlatformCanvas) | undefined;
  resolveImageUrl: ((url: string) => string | Uint8Array | undefined) | undefined;
  resultShape: SimResultShape;
  shareToUser: boolean;
  nativeTouches: boolean;
  enforceUserGesture: boolean;
  touchFields: SimTouchFields;
  systemInfo: SystemInfo;
  messagePolicy: MessagePolicy;
}

/** The mutable state one simulated host shares between its two raw globals. Never module level. */
export class SimContext {
  public friends: RawFriend[] = [];
  public selfOpenid: string | undefined;
  public latencyMs = 0;
  public images: (url: string) => SimImageOutcome = () => 'load';
  public readonly failures = new Map<SimFailureKind, unknown>();
  public readonly messageListeners: Array<(data: unknown) => void> = [];
  public readonly odcTouches = new SimTouchTarget();
  public readonly mainTouches = new SimTouchTarget();
  /** Depth of simulated touch/message dispatch; > 0 means "inside user input". */
  public inputDepth = 0;
  /** Depth of native ODC `onTouchEnd` dispatch; > 0 means "inside the host's own touch-end callback". */
  public gestureDepth = 0;
  /** Extra delay of the next answer in ms (`jitterMs`); always 0 without jitter. */
  public jitter: () => number = () => 0;
  /** Decodes of real images under way (settled ones remove themselves). */
  public readonly decodes = new Set<Promise<void>>();
  private _ownValues: RawKV[] = [];

  public constructor(
    public readonly clock: SimClock,
    public readonly calls: SimCalls,
    public readonly settings: SimSettings,
  ) {}

  /** Runs `fn` after the simulated latency plus jitter (next `advance`/`flush` when both are 0). */
  public later(fn: () => void): void {
    this.clock.setTimeout(fn, this.latencyMs + this.jitter());
  }

  /**
   * Answers a raw callback call after the latency: `fail` with the injected error (or `problem`),
   * else `success` with `result()`; then `complete`, even when a callback throws.
   */
  public respond<T>(kind: SimFailureKind, cbs: RawCallbacks<T>, result: () => T, problem?: unknown): void {
    this.later(() => {
      const late = this.jitter();
      try {
        if (problem !== undefined) cbs.fail?.(problem);
        else if (this.failures.has(kind)) cbs.fail?.(this.failures.get(kind));
        else cbs.success?.(result());
      } finally {
        // With jitter, `complete` is a task of its own (hosts differ); never before the answer.
        if (late > 0) this.clock.setTimeout(() => cbs.complete?.(), late);
        else cbs.complete?.();
      }
    });
  }

  /** Tracks a real image's decode until it settles, for `whenImagesDecoded()`. */
  public trackDecode(done: Promise<void>): void {
    this.decodes.add(done);
    void done.then(() => this.decodes.delete(done));
  }

  /** The current user's own record in the friend list, if the list holds it. */
  public selfRecord(): RawFriend | undefined {
    const self = this.selfOpenid;
    return self === undefined ? undefined : this.friends.find((f) => rawFriendOpenid(f) === self);
  }

  /** The current user's stored pairs (copies). */
  public selfValues(): RawKV[] {
    const record = this.selfRecord();
    const list = record === undefined ? this._ownValues : rawFriendValues(record);
    return list.map(({ key, value }) => ({ key, value }));
  }

  /** Replaces the current user's pairs, in the friend list too when the user is in it. */
  public putSelfValues(values: RawKV[]): void {
    this._ownValues = values.map(({ key, value }) => ({ key, value }));
    const record = this.selfRecord();
    if (record !== undefined) setRawFriendValues(record, this._ownValues.map(({ key, value }) => ({ key, value })));
  }

  /** Replaces the friend list with copies. */
  public setFriends(friends: readonly RawFriend[]): void {
    if (!Array.isArray(friends)) throw new TypeError('setFriends: friends must be an array of raw friend records');
    this.friends = friends.map(copyRawFriend);
  }
}
