/** The frame capability of a host. */
export interface FrameHost {
  requestAnimationFrame(cb: (t: number) => void): number;
  cancelAnimationFrame(id: number): void;
}

/**
 * Requests at most one animation frame at a time and none while nothing asks for one, so an idle
 * panel costs the host nothing (the main domain redraws the shared canvas every frame regardless).
 */
export class FrameScheduler {
  private _pending: number | undefined;
  private _requested = 0;
  private _disposed = false;

  public constructor(
    private readonly _host: FrameHost,
    private readonly _onFrame: () => void,
    private readonly _onError: (error: unknown) => void = () => {},
  ) {}

  /** Number of animation frames requested since creation (tests assert it stays 0 while idle). */
  public get framesRequested(): number {
    return this._requested;
  }

  /** True while a frame is requested and has not run yet. */
  public get pending(): boolean {
    return this._pending !== undefined;
  }

  /** Asks for a frame; a no-op when one is already pending. */
  public request(): void {
    if (this._pending !== undefined || this._disposed) return;
    this._requested++;
    try {
      this._pending = this._host.requestAnimationFrame(() => {
        this._pending = undefined;
        if (!this._disposed) this._onFrame();
      });
    } catch (err) {
      // A host whose rAF throws must not break the mutation that asked for the frame.
      this._pending = undefined;
      this._onError(err);
    }
  }

  /** Cancels the pending frame and refuses further requests. */
  public dispose(): void {
    this._disposed = true;
    if (this._pending !== undefined) this._host.cancelAnimationFrame(this._pending);
    this._pending = undefined;
  }
}
