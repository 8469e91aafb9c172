/** The ODC-facing load/error listeners of one simulated image, held by the sim instead of the backend. */
export class SimImageListeners {
  private readonly _load: Array<(ev?: unknown) => void> = [];
  private readonly _error: Array<(ev?: unknown) => void> = [];

  /**
   * Shadows `addEventListener`/`removeEventListener` on the image so listeners land here and a
   * real element (browser `Image`) never calls them on its own.
   */
  public install(image: object): void {
    Object.defineProperty(image, 'addEventListener', {
      configurable: true,
      writable: true,
      value: (type: string, cb: (ev?: unknown) => void) => {
        if ((type === 'load' || type === 'error') && typeof cb === 'function') this._list(type).push(cb);
      },
    });
    Object.defineProperty(image, 'removeEventListener', {
      configurable: true,
      writable: true,
      value: (type: string, cb: (ev?: unknown) => void) => {
        if (type !== 'load' && type !== 'error') return;
        const list = this._list(type);
        const i = list.indexOf(cb);
        if (i >= 0) list.splice(i, 1);
      },
    });
  }

  /**
   * Calls the property handler, then the listeners, with a `{type, target}` event. Every one runs
   * even when an earlier one throws; the first error is rethrown at the end (the sim clock reports it).
   */
  public dispatch(type: 'load' | 'error', handler: unknown, target: object): void {
    const ev = { type, target };
    const errors: unknown[] = [];
    for (const cb of [handler, ...this._list(type)]) {
      if (typeof cb !== 'function') continue;
      try {
        (cb as (ev?: unknown) => void)(ev);
      } catch (err) {
        errors.push(err);
      }
    }
    if (errors.length > 0) throw errors[0];
  }

  private _list(type: 'load' | 'error'): Array<(ev?: unknown) => void> {
    return type === 'load' ? this._load : this._error;
  }
}
