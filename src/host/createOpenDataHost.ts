import { callbackToPromise } from './callbackToPromise.js';
import { HOST_ERROR_INVALID_ARGUMENT, HOST_ERROR_UNSUPPORTED } from './constants.js';
import { createTouchSource } from './createTouchSource.js';
import { inspectRawApi } from './inspectRawApi.js';
import { readSystemInfo } from './readSystemInfo.js';
import { resolveHostEnv } from './resolveHostEnv.js';
import { resolveHostOptions, type HostOptions } from './hostOptions.js';
import {
  HostError,
  type OpenDataHost,
  type PlatformCanvas,
  type PlatformImage,
  type RawOpenDataApi,
  type ShareToUserOptions,
} from './types.js';

/**
 * Wraps an explicit raw open-data-domain object (`tt`, `wx`, a simulator's global) as the
 * normalised {@link OpenDataHost}.
 *
 * Timers, `performance.now` and `console.warn` are taken from the api when it has them, else from
 * `globals`. Callback APIs become promises with a timeout; optional capabilities (`shareToUser`,
 * `onTouch`, `getSystemInfo`, `createCanvas`) are `undefined` when the raw api lacks them.
 *
 * @param api - The raw ODC object; needs `onMessage` and `getSharedCanvas`.
 * @param globals - Where missing timers/clock/console are looked up; default `globalThis`.
 * @param options - `kind` label and `timeoutMs` (default 10 000 ms).
 * @throws TypeError when `api` lacks `onMessage` or `getSharedCanvas`, or an option is invalid.
 * @example
 * const host = createOpenDataHost(sim.odcGlobal, {}, { kind: 'sim', timeoutMs: 5000 });
 */
export function createOpenDataHost(api: RawOpenDataApi, globals: object = globalThis, options?: HostOptions): OpenDataHost {
  const { kind, timeoutMs } = resolveHostOptions(options);
  const { onMessage, getSharedCanvas } = api;
  if (typeof onMessage !== 'function' || typeof getSharedCanvas !== 'function') {
    throw new TypeError('createOpenDataHost: the raw api needs onMessage() and getSharedCanvas()');
  }
  const env = resolveHostEnv(api, globals);
  const timers = env.hasTimers ? env : undefined;

  const cloudQuery = (name: 'getFriendCloudStorage' | 'getUserCloudStorage', keyList: readonly string[]): Promise<unknown> => {
    const raw = api[name];
    if (typeof raw !== 'function') return Promise.reject(unsupported(name));
    if (!Array.isArray(keyList) || !keyList.every((k) => typeof k === 'string')) {
      return Promise.reject(new HostError(name, 'keyList must be an array of strings', HOST_ERROR_INVALID_ARGUMENT));
    }
    const keys = keyList.slice();
    return callbackToPromise<unknown>(name, (cbs) => raw.call(api, { keyList: keys, ...cbs }), { timers, timeoutMs });
  };

  const rawShare = api.shareToUser;
  const shareToUser =
    typeof rawShare === 'function'
      ? (opts: ShareToUserOptions): Promise<void> => {
          const problem = checkShare(opts);
          if (problem !== undefined) {
            return Promise.reject(new HostError('shareToUser', problem, HOST_ERROR_INVALID_ARGUMENT));
          }
          // The raw call runs synchronously in here: siblings reject shares not made inside a tap.
          return callbackToPromise<unknown>('shareToUser', (cbs) => rawShare.call(api, { ...copyShare(opts), ...cbs }), {
            timers,
            timeoutMs,
          }).then(() => undefined);
        }
      : undefined;

  const rawCreateCanvas = api.createCanvas;
  const rawCreateImage = api.createImage;

  return {
    kind,
    onMessage: (cb) => {
      onMessage.call(api, (data: unknown) => {
        try {
          cb(data);
        } catch (err) {
          // A throwing handler must not break the host's message pump.
          env.warn(`friendcanvas: message handler threw: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
    },
    getSharedCanvas: (): PlatformCanvas => getSharedCanvas.call(api),
    createImage: (): PlatformImage => {
      if (typeof rawCreateImage !== 'function') throw unsupported('createImage');
      return rawCreateImage.call(api);
    },
    requestAnimationFrame: env.requestAnimationFrame,
    cancelAnimationFrame: env.cancelAnimationFrame,
    setTimeout: env.setTimeout,
    clearTimeout: env.clearTimeout,
    now: env.now,
    getFriendCloudStorage: (keyList) => cloudQuery('getFriendCloudStorage', keyList),
    getUserCloudStorage: (keyList) => cloudQuery('getUserCloudStorage', keyList),
    shareToUser,
    onTouch: createTouchSource(api, env.now, env.warn),
    getSystemInfo: readSystemInfo(api),
    createCanvas: typeof rawCreateCanvas === 'function' ? (): PlatformCanvas => rawCreateCanvas.call(api) : undefined,
    warn: env.warn,
    inspect: inspectRawApi(api, globals),
  };
}

function unsupported(api: string): HostError {
  return new HostError(api, 'not supported by this host', HOST_ERROR_UNSUPPORTED);
}

/** Returns why share options are invalid (without echoing the openid), or undefined when valid. */
function checkShare(opts: ShareToUserOptions): string | undefined {
  if (opts === null || typeof opts !== 'object') return 'options must be an object';
  if (typeof opts.openid !== 'string' || opts.openid === '') return 'openid must be a non-empty string';
  if (typeof opts.imageUrl !== 'string') return 'imageUrl must be a string';
  for (const key of ['title', 'subtitle'] as const) {
    if (opts[key] !== undefined && typeof opts[key] !== 'string') return `${key} must be a string when given`;
  }
  if (opts.templateType !== undefined && opts.templateType !== 1 && opts.templateType !== 2) {
    return 'templateType must be 1 or 2 when given';
  }
  return undefined;
}

/** Copies only the documented share fields, so callers' extra members never reach the host. */
function copyShare(opts: ShareToUserOptions): ShareToUserOptions {
  const out: ShareToUserOptions = { openid: opts.openid, imageUrl: opts.imageUrl };
  if (opts.title !== undefined) out.title = opts.title;
  if (opts.subtitle !== undefined) out.subtitle = opts.subtitle;
  if (opts.templateType !== undefined) out.templateType = opts.templateType;
  return out;
}
