/** Pending `requestAnimationFrame` callbacks of a simulated host, run in batches. */
export class FrameQueue {
  private _nextId = 1;
  private readonly _pending = new Map<number, (t: number) => void>();

  /** Queues a callback for the next batch and returns its id. */
  public request(cb: (t: number) => void): number {
    const id = this._nextId++;
    this._pending.set(id, cb);
    return id;
  }

  /** Removes a queued callback; unknown ids are ignored. */
  public cancel(id: number): void {
    this._pending.delete(id);
  }

  /** Number of callbacks waiting. */
  public get size(): number {
    return this._pending.size;
  }

  /**
   * Runs the callbacks queued before this call (callbacks they queue wait for the next batch, as
   * in browsers) and returns how many ran. Errors are collected into `errors`, not thrown.
   */
  public runBatch(t: number, errors: unknown[]): number {
    const batch = [...this._pending.values()];
    this._pending.clear();
    for (const cb of batch) {
      try {
        cb(t);
      } catch (err) {
        errors.push(err);
      }
    }
    return batch.length;
  }
}
