import { WARNINGS_PER_WINDOW, WARNING_WINDOW_MS } from './constants.js';

/** Rate-limits console warnings so a game posting bad messages every frame cannot flood the log. */
export class WarningLimiter {
  private _windowStart = -Infinity;
  private _count = 0;
  private _suppressed = 0;

  public constructor(
    private readonly _sink: (message: string) => void,
    private readonly _now: () => number,
  ) {}

  /**
   * Reports a contained error: one (rate-limited) warning with its message (after `context`, if given), then `onError` if given
   * (a throwing `onError` changes nothing).
   */
  public report(error: unknown, onError: ((error: unknown) => void) | undefined, context?: string): void {
    const message = error instanceof Error ? error.message : String(error);
    this.warn(`friendcanvas: contained error: ${context === undefined ? '' : `${context}: `}${message}`);
    try {
      onError?.(error);
    } catch {
      // A throwing error sink changes nothing.
    }
  }

  /** Emits the warning unless the budget of this window is spent. */
  public warn(message: string): void {
    const now = this._now();
    if (now - this._windowStart >= WARNING_WINDOW_MS) {
      if (this._suppressed > 0) this._emit(`friendcanvas: ${this._suppressed} more warning(s) suppressed`);
      this._windowStart = now;
      this._count = 0;
      this._suppressed = 0;
    }
    if (this._count >= WARNINGS_PER_WINDOW) {
      this._suppressed++;
      return;
    }
    this._count++;
    this._emit(message);
  }

  private _emit(message: string): void {
    try {
      this._sink(message);
    } catch {
      // A broken console must not break message handling.
    }
  }
}
