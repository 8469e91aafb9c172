import { FALLBACK_FRAME_INTERVAL_MS } from './constants.js';
import { createConsoleSink } from './createConsoleSink.js';
import { MissingHostApiError } from './MissingHostApiError.js';
import { isCallable, readMember, type UnknownFunction } from './readMember.js';

/** Timer, clock and console functions a host adapter needs, resolved once from the api and globals. */
export interface HostEnv {
  /** Returns an opaque handle (a number on hosts, an object on Node). */
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(cb: (t: number) => void): number;
  cancelAnimationFrame(id: number): void;
  /** Monotonic milliseconds where the host offers `performance.now`, else `Date.now`. */
  now(): number;
  warn(message: string): void;
  /** Whether some `setTimeout` was found; without one, promise wrappers cannot time out. */
  readonly hasTimers: boolean;
}

interface Bound {
  fn: UnknownFunction;
  self: unknown;
}

/**
 * Resolves each function from the raw api first, then from `globals` (PLATFORM.md: timers and rAF
 * are globals on TikTok but `tt.` members in its guide). Api members are called as methods of the
 * api; global functions are called with no receiver because browser globals throw "Illegal
 * invocation" when called on any object other than `window`.
 */
export function resolveHostEnv(api: object, globals: object): HostEnv {
  const pick = (name: string): Bound | undefined => {
    const own = readMember(api, name);
    if (isCallable(own)) return { fn: own, self: api };
    const global = readMember(globals, name);
    if (isCallable(global)) return { fn: global, self: undefined };
    return undefined;
  };
  const setTimeoutFn = pick('setTimeout');
  const clearTimeoutFn = pick('clearTimeout');
  const rafFn = pick('requestAnimationFrame');
  const cafFn = pick('cancelAnimationFrame');
  const now = resolveNow(api, globals);
  // Looked up per warning: a host may lack a console, or a console's `warn` (then `log` is used).
  const warn = createConsoleSink(api, globals);

  const setTimeout = (cb: () => void, ms: number): number => {
    if (setTimeoutFn === undefined) throw new MissingHostApiError('setTimeout');
    // Handles are opaque: hosts return numbers, Node returns a Timeout object; both round-trip.
    return setTimeoutFn.fn.call(setTimeoutFn.self, cb, ms) as number;
  };
  const clearTimeout = (id: number): void => {
    if (clearTimeoutFn !== undefined) clearTimeoutFn.fn.call(clearTimeoutFn.self, id);
  };
  // A host with rAF but no cancelAnimationFrame: cancelled ids are skipped when their frame comes.
  const cancelled = new Set<number>();
  const requestAnimationFrame = (cb: (t: number) => void): number => {
    if (rafFn === undefined) return setTimeout(() => cb(now()), FALLBACK_FRAME_INTERVAL_MS);
    if (cafFn !== undefined) return rafFn.fn.call(rafFn.self, cb) as number;
    const id = rafFn.fn.call(rafFn.self, (t: number) => {
      if (cancelled.delete(id)) return;
      cb(t);
    }) as number;
    return id;
  };
  const cancelAnimationFrame = (id: number): void => {
    if (rafFn === undefined) clearTimeout(id);
    else if (cafFn !== undefined) cafFn.fn.call(cafFn.self, id);
    else cancelled.add(id);
  };
  return {
    setTimeout,
    clearTimeout,
    requestAnimationFrame,
    cancelAnimationFrame,
    now,
    warn,
    hasTimers: setTimeoutFn !== undefined,
  };
}

function resolveNow(api: object, globals: object): () => number {
  for (const source of [api, globals]) {
    const performance = readMember(source, 'performance');
    const nowFn = readMember(performance, 'now');
    if (isCallable(nowFn)) {
      // A `performance.now` that throws or answers a non-number once is not trusted again: time goes
      // on from its last answer by `Date.now` (no jump backwards, nothing thrown into a frame callback).
      let last = 0;
      let offset: number | undefined;
      return () => {
        if (offset === undefined) {
          try {
            const t: unknown = nowFn.call(performance);
            if (typeof t === 'number' && Number.isFinite(t)) return (last = t);
          } catch {
            // falls through to the Date.now clock
          }
          offset = last - Date.now();
        }
        return Date.now() + offset;
      };
    }
  }
  return () => Date.now();
}
