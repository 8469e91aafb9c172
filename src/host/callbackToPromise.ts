import { DEFAULT_HOST_TIMEOUT_MS, HOST_ERROR_NO_RESULT, HOST_ERROR_TIMEOUT } from './constants.js';
import { normalizeHostError } from './normalizeHostError.js';
import { HostError, type RawCallbacks } from './types.js';

/** The timer pair a promise wrapper uses for its timeout. */
export interface TimeoutTimers {
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Options of {@link callbackToPromise}. */
export interface CallbackToPromiseOptions {
  /** Timers for the timeout; without them the call never times out. */
  timers?: TimeoutTimers;
  /** Milliseconds before rejecting with code `timeout`; `Infinity` disables. Default 10 000 ms. */
  timeoutMs?: number;
}

/**
 * Runs a callback-style platform call as a promise that settles exactly once.
 *
 * `invoke` runs synchronously inside this call (so a share stays inside the user's tap). A
 * synchronous throw becomes a rejection. `fail` rejects with a normalised {@link HostError}. A host
 * that fires only `complete` rejects with code `no_result`; the check waits one microtask so a host
 * that fires `complete` just before `success` still succeeds. Callbacks after settling are ignored.
 *
 * @param api - API name used in error messages.
 * @param invoke - Calls the raw API with the given callbacks.
 * @throws RangeError when `timeoutMs` is not a positive number (nothing is called).
 * @example
 * const res = await callbackToPromise('getFriendCloudStorage', (cbs) => tt.getFriendCloudStorage({ keyList, ...cbs }));
 */
export function callbackToPromise<T>(
  api: string,
  invoke: (callbacks: Required<RawCallbacks<T>>) => void,
  options: CallbackToPromiseOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS;
  assertTimeout(timeoutMs);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: number | undefined;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      if (timer !== undefined && options.timers !== undefined) options.timers.clearTimeout(timer);
      return true;
    };
    const callbacks: Required<RawCallbacks<T>> = {
      success: (res: T) => {
        if (finish()) resolve(res);
      },
      fail: (err: unknown) => {
        if (finish()) reject(normalizeHostError(api, err));
      },
      complete: () => {
        if (settled) return;
        void Promise.resolve().then(() => {
          if (finish()) reject(new HostError(api, 'completed without a result', HOST_ERROR_NO_RESULT));
        });
      },
    };
    if (options.timers !== undefined && Number.isFinite(timeoutMs)) {
      const timers = options.timers;
      try {
        timer = timers.setTimeout(() => {
          timer = undefined;
          if (finish()) reject(new HostError(api, `no answer within ${String(timeoutMs)} ms`, HOST_ERROR_TIMEOUT));
        }, timeoutMs);
      } catch {
        // No working timer: the call simply cannot time out.
        timer = undefined;
      }
    }
    try {
      invoke(callbacks);
    } catch (err) {
      if (finish()) reject(normalizeHostError(api, err));
    }
  });
}

/**
 * Throws a RangeError unless `ms` is a positive number of milliseconds (`Infinity` allowed).
 *
 * @param ms - The timeout to check, in ms.
 */
export function assertTimeout(ms: unknown): asserts ms is number {
  if (typeof ms !== 'number' || Number.isNaN(ms) || ms <= 0) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds (or Infinity), got ${String(ms)}`);
  }
}
