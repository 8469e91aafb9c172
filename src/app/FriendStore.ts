import { normalizeFriendList } from '../data/index.js';
import type { Friend } from '../data/index.js';
import { HostError } from '../host/types.js';
import type { OpenDataHost } from '../host/types.js';
import type { FriendDataSnapshot, FriendDataStatus } from './Panel.js';
import { samePlainData } from './samePlainData.js';

/**
 * Heuristic for "the player has not granted friend access": hosts report it with different codes
 * and messages (PLATFORM.md "Errors" / "Authorization states"); match the words they use.
 */
const UNAUTHORIZED_PATTERN = /auth|permission|denied|deny|scope|not ?allowed|unauthori[sz]ed/i;

/** Fetches and holds friend data for one app; notifies on every change. */
export class FriendStore {
  private _snapshot: FriendDataSnapshot = {
    status: 'idle',
    friends: [],
    error: undefined,
    selfOpenid: undefined,
    selfScores: {},
    refreshing: false,
    version: 0,
  };
  private readonly _keys = new Set<string>();
  private _inFlight = false;
  private _again = false;
  private _disposed = false;
  /** What the last result's notes said: a refresh with the same notes warns nothing new. */
  private _lastNotes = '';

  public constructor(
    private readonly _host: OpenDataHost,
    private readonly _onChange: (snapshot: FriendDataSnapshot) => void,
    private readonly _warn: (message: string) => void,
    private readonly _placeholderName: () => string,
    /** Sees each raw result before it is normalised (the device report keeps its shape only). */
    private readonly _onResult?: (res: unknown) => void,
  ) {}

  /** The current snapshot. */
  public get snapshot(): FriendDataSnapshot {
    return this._snapshot;
  }

  /** Adds cloud keys; fetches when new keys appear or nothing was fetched yet. */
  public require(keys: readonly string[]): void {
    let added = false;
    for (const k of keys) {
      if (typeof k === 'string' && k !== '' && !this._keys.has(k)) {
        this._keys.add(k);
        added = true;
      }
    }
    if (added || this._snapshot.status === 'idle') this.fetch();
  }

  /** (Re)fetches; while data is on screen it stays there until the new data arrives. */
  public fetch(): void {
    if (this._disposed) return;
    if (this._inFlight) {
      this._again = true;
      return;
    }
    this._inFlight = true;
    const hasData = this._snapshot.status === 'ready';
    this._set(hasData ? { refreshing: true } : { status: 'loading', refreshing: false });
    let promise: Promise<unknown>;
    try {
      promise = this._host.getFriendCloudStorage(Array.from(this._keys));
    } catch (err) {
      promise = Promise.reject(err);
    }
    promise.then(
      (res) => this._done(res, undefined),
      (err: unknown) => this._done(undefined, err),
    );
  }

  /** Records the player's fresh score (a `score` message); the same score again changes nothing. */
  public setScore(key: string, value: number | string): void {
    const scores = this._snapshot.selfScores;
    if (Object.prototype.hasOwnProperty.call(scores, key) && scores[key] === String(value)) return;
    this._set({ selfScores: { ...this._snapshot.selfScores, [key]: String(value) } });
  }

  /** Records the player's openid (a `self` message). */
  public setSelf(openid: string): void {
    if (openid !== this._snapshot.selfOpenid) this._set({ selfOpenid: openid });
  }

  public dispose(): void {
    this._disposed = true;
  }

  private _done(res: unknown, err: unknown): void {
    this._inFlight = false;
    if (this._disposed) return;
    if (err !== undefined) {
      const e = err instanceof HostError ? err : new HostError('getFriendCloudStorage', describe(err));
      const status: FriendDataStatus = UNAUTHORIZED_PATTERN.test(e.message) ? 'unauthorized' : 'error';
      this._warn(`friendcanvas: friend data unavailable (${e.message})`);
      // Keep showing older data on a failed refresh; report the failure otherwise.
      if (this._snapshot.status === 'ready' && status === 'error') this._set({ refreshing: false });
      else this._set({ status, error: e.code === undefined ? { message: e.message } : { code: e.code, message: e.message }, refreshing: false });
    } else {
      this._onResult?.(res);
      const { friends, warnings } = normalizeFriendList(res, { placeholderName: this._placeholderName() });
      // The first note whole (each carries its own count), how many more there are, once per distinct result.
      const notes = warnings.join('\n');
      if (warnings.length > 0 && notes !== this._lastNotes) {
        this._warn(`friendcanvas: friend data: ${warnings[0]}${warnings.length > 1 ? ` (and ${warnings.length - 1} more note(s))` : ''}`);
      }
      this._lastNotes = notes;
      // A refresh that returns the same friends keeps the old list object, so panels see nothing to
      // rebind (a press held on a row survives it, and nothing is repainted).
      const prev = this._snapshot;
      const same = prev.status === 'ready' && samePlainData(prev.friends, friends);
      this._set({ status: 'ready', friends: same ? prev.friends : (friends as readonly Friend[]), error: undefined, refreshing: false });
    }
    if (this._again) {
      this._again = false;
      this.fetch();
    }
  }

  private _set(patch: Partial<FriendDataSnapshot>): void {
    this._snapshot = { ...this._snapshot, ...patch, version: this._snapshot.version + 1 };
    this._onChange(this._snapshot);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  return 'request failed';
}
