import type { ShareButtonState } from '../shared/themeStyles.js';

/**
 * Per-friend share state for one panel session, keyed by openid (never by row node: the list
 * recycles rows). `idle → sending → sent` (final for the session) or `→ failed → sending …`.
 * A request while `sending` or `sent` is refused before anything is called, so double taps and
 * taps on a recycled row never send twice. A failure is never swallowed: the state shows it and
 * `onFailure` hears why (e.g. a share made outside the host's own touch-end callback).
 *
 * Correctness never depends on when the send's promise settles relative to other tasks (on iOS
 * ≤ 15 WeChat promise jobs are timer tasks): until it settles the state is `sending`, which
 * refuses further requests.
 */
export class ShareTracker {
  private readonly _states = new Map<string, ShareButtonState>();
  private _disposed = false;

  /**
   * @param _onChange - Called after a friend's state changed.
   * @param _onFailure - Called once per failed send with the error it failed with (not after dispose).
   */
  public constructor(
    private readonly _onChange: (openid: string) => void,
    private readonly _onFailure: (openid: string, error: unknown) => void = () => undefined,
  ) {}

  /** The state of a friend's button. */
  public state(openid: string): ShareButtonState {
    return this._states.get(openid) ?? 'idle';
  }

  /**
   * Sends if allowed: `send` runs synchronously (inside the caller's tap) and its promise settles
   * the state. Returns whether `send` was called.
   */
  public request(openid: string, send: () => Promise<void>): boolean {
    const s = this.state(openid);
    if (s === 'sending' || s === 'sent' || this._disposed) return false;
    this._set(openid, 'sending');
    let promise: Promise<void>;
    try {
      promise = send();
    } catch (err) {
      promise = Promise.reject(err);
    }
    promise.then(
      () => this._settle(openid, 'sent'),
      (err: unknown) => {
        if (this._settle(openid, 'failed')) this._onFailure(openid, err);
      },
    );
    return true;
  }

  /** Stops reporting changes (the panel was destroyed while a share was in flight). */
  public dispose(): void {
    this._disposed = true;
  }

  /** Applies a send's outcome; returns false (and changes nothing) after dispose. */
  private _settle(openid: string, state: ShareButtonState): boolean {
    if (this._disposed) return false;
    this._set(openid, state);
    return true;
  }

  private _set(openid: string, state: ShareButtonState): void {
    this._states.set(openid, state);
    this._onChange(openid);
  }
}
