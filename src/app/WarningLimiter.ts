import { WARNINGS_PER_WINDOW, WARNING_WINDOW_MS } from './constants.js';

/** Rate-limits console warnings so a game posting bad messages every frame cannot flood the log. */
export class WarningLimiter {
  private _windowStart = -Infinity;
  private _count = 0;
  private _suppressed = 0;
  /** The first warning suppressed in this window (named in the summary). */
  private _firstSuppressed: string | undefined;
  /** Warnings printed in this window: printing one again would say nothing new. */
  private readonly _printed = new Set<string>();

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

  /**
   * Emits the warning unless the budget of this window is spent. A warning already printed in this
   * window is not printed again and spends nothing, so a repeated failure (an image, a paint) cannot
   * crowd out a different one (a misspelt panel name) that comes after it.
   */
  public warn(message: string): void {
    const now = this._now();
    if (now - this._windowStart >= WARNING_WINDOW_MS) {
      if (this._suppressed > 0) {
        const first = this._firstSuppressed ?? '';
        this._emit(`friendcanvas: ${this._suppressed} more warning(s) suppressed (the first: ${first.length > 200 ? `${first.slice(0, 200)}…` : first})`);
      }
      this._windowStart = now;
      this._count = 0;
      this._suppressed = 0;
      this._firstSuppressed = undefined;
      this._printed.clear();
    }
    if (this._printed.has(message) || this._count >= WARNINGS_PER_WINDOW) {
      this._suppressed++;
      this._firstSuppressed ??= message;
      return;
    }
    this._count++;
    this._printed.add(message);
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
