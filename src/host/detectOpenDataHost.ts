import { createOpenDataHost } from './createOpenDataHost.js';
import { findRawApi } from './findRawApi.js';
import type { HostOptions } from './hostOptions.js';
import type { OpenDataHost, RawOpenDataApi } from './types.js';

/** Host options for detection; `kind` is set by the place the platform object was found. */
export type DetectOptions = Omit<HostOptions, 'kind'>;

/**
 * Finds the open data domain's platform object on `globals` and wraps it as an {@link OpenDataHost}.
 *
 * Tries `GameGlobal.tt`, `tt`, `TTMinis.game`, then `wx`, skipping any that lack `onMessage` or
 * `getSharedCanvas`.
 *
 * @param globals - The global object to search; default `globalThis`.
 * @param options - `timeoutMs` for callback APIs (default 10 000 ms).
 * @returns The host, or `undefined` when no usable platform object exists.
 * @example
 * const host = detectOpenDataHost();
 * if (host === undefined) throw new Error('not running in an open data domain');
 */
export function detectOpenDataHost(globals: object = globalThis, options?: DetectOptions): OpenDataHost | undefined {
  const found = findRawApi(globals, ['onMessage', 'getSharedCanvas']);
  if (found === undefined) return undefined;
  return createOpenDataHost(found.api as RawOpenDataApi, globals, { ...options, kind: found.kind });
}

