import { createMainHost } from './createMainHost.js';
import type { DetectOptions } from './detectOpenDataHost.js';
import { findRawApi } from './findRawApi.js';
import type { MainHost, RawMainApi } from './types.js';

/**
 * Finds the main domain's platform object on `globals` and wraps it as a {@link MainHost}.
 *
 * Same search order as `detectOpenDataHost`, skipping objects without `getOpenDataContext`.
 *
 * @param globals - The global object to search; default `globalThis`.
 * @param options - `timeoutMs` for callback APIs (default 10 000 ms).
 * @returns The host, or `undefined` when no usable platform object exists.
 */
export function detectMainHost(globals: object = globalThis, options?: DetectOptions): MainHost | undefined {
  const found = findRawApi(globals, ['getOpenDataContext']);
  if (found === undefined) return undefined;
  return createMainHost(found.api as RawMainApi, globals, { ...options, kind: found.kind });
}
