import { assertTimeout } from './callbackToPromise.js';
import { DEFAULT_HOST_TIMEOUT_MS } from './constants.js';

/** Options of `createOpenDataHost` / `createMainHost` (and the detect functions). */
export interface HostOptions {
  /** Name reported as `host.kind`; default `'custom'` (detection sets `tt`, `wx`, …). */
  kind?: string;
  /** Timeout of every callback-style call, in ms; `Infinity` disables. Default 10 000 ms. */
  timeoutMs?: number;
}

/** Validated host options with defaults applied. */
export interface ResolvedHostOptions {
  kind: string;
  timeoutMs: number;
}

/** Applies defaults and rejects bad values with a clear error before anything is built. */
export function resolveHostOptions(options: HostOptions | undefined): ResolvedHostOptions {
  const kind = options?.kind ?? 'custom';
  if (typeof kind !== 'string' || kind === '') throw new TypeError('host option kind must be a non-empty string');
  const timeoutMs = options?.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS;
  assertTimeout(timeoutMs);
  return { kind, timeoutMs };
}
