import { callbackToPromise } from './callbackToPromise.js';
import { HOST_ERROR_INVALID_ARGUMENT, HOST_ERROR_UNSUPPORTED } from './constants.js';
import { createTouchSource } from './createTouchSource.js';
import { normalizeHostError } from './normalizeHostError.js';
import { readSystemInfo } from './readSystemInfo.js';
import { resolveHostEnv } from './resolveHostEnv.js';
import { resolveHostOptions, type HostOptions } from './hostOptions.js';
import { HostError, type MainHost, type RawMainApi } from './types.js';

/**
 * Wraps an explicit raw main-domain object (`tt`, `wx`, a simulator's main global) as the
 * normalised {@link MainHost}.
 *
 * @param api - The raw main-domain object; needs `getOpenDataContext`.
 * @param globals - Where timers/console are looked up when the api lacks them; default `globalThis`.
 * @param options - `kind` label and `timeoutMs` (default 10 000 ms).
 * @throws TypeError when `api` lacks `getOpenDataContext`, or an option is invalid.
 * @example
 * const main = createMainHost(sim.mainGlobal);
 * main.postMessage({ ns: 'friendcanvas', v: 1, type: 'hide' });
 */
export function createMainHost(api: RawMainApi, globals: object = globalThis, options?: HostOptions): MainHost {
  const { kind, timeoutMs } = resolveHostOptions(options);
  const { getOpenDataContext } = api;
  if (typeof getOpenDataContext !== 'function') {
    throw new TypeError('createMainHost: the raw api needs getOpenDataContext()');
  }
  const env = resolveHostEnv(api, globals);
  const timers = env.hasTimers ? env : undefined;
  const promiseOptions = { timers, timeoutMs };
  // The context is fetched on first use: some hosts create it lazily and it never changes after.
  let context: ReturnType<typeof getOpenDataContext> | undefined;

  const { authorizeOpenContext, setUserCloudStorage, removeUserCloudStorage, canIUse } = api;

  return {
    kind,
    postMessage: (msg) => {
      try {
        context ??= getOpenDataContext.call(api);
        context.postMessage(msg);
      } catch (err) {
        throw normalizeHostError('postMessage', err);
      }
    },
    authorizeOpenContext: (opts) => {
      if (typeof authorizeOpenContext !== 'function') return Promise.reject(unsupported('authorizeOpenContext'));
      const statusOnly = opts?.statusOnly;
      return callbackToPromise<{ code?: string } | undefined>(
        'authorizeOpenContext',
        (cbs) => authorizeOpenContext.call(api, statusOnly === undefined ? { ...cbs } : { get_status_only: statusOnly, ...cbs }),
        promiseOptions,
      ).then((res) => {
        const code = res !== null && typeof res === 'object' ? res.code : undefined;
        return typeof code === 'string' ? { code } : {};
      });
    },
    setUserCloudStorage: (data) => {
      if (typeof setUserCloudStorage !== 'function') return Promise.reject(unsupported('setUserCloudStorage'));
      if (!isKvList(data)) {
        return Promise.reject(
          new HostError('setUserCloudStorage', 'data must be an array of {key, value} strings', HOST_ERROR_INVALID_ARGUMENT),
        );
      }
      const list = data.map(({ key, value }) => ({ key, value }));
      // TikTok's example names the list `data`, siblings `KVDataList`; hosts ignore the other key.
      return callbackToPromise<unknown>(
        'setUserCloudStorage',
        (cbs) => setUserCloudStorage.call(api, { data: list, KVDataList: list, ...cbs }),
        promiseOptions,
      ).then(() => undefined);
    },
    removeUserCloudStorage: (keyList) => {
      if (typeof removeUserCloudStorage !== 'function') return Promise.reject(unsupported('removeUserCloudStorage'));
      if (!Array.isArray(keyList) || !keyList.every((k) => typeof k === 'string')) {
        return Promise.reject(
          new HostError('removeUserCloudStorage', 'keyList must be an array of strings', HOST_ERROR_INVALID_ARGUMENT),
        );
      }
      const keys = keyList.slice();
      return callbackToPromise<unknown>(
        'removeUserCloudStorage',
        (cbs) => removeUserCloudStorage.call(api, { keyList: keys, ...cbs }),
        promiseOptions,
      ).then(() => undefined);
    },
    canIUse:
      typeof canIUse === 'function'
        ? (name: string): boolean => {
            try {
              return canIUse.call(api, name) === true;
            } catch {
              return false;
            }
          }
        : undefined,
    onTouch: createTouchSource(api, env.now, env.warn),
    getSystemInfo: readSystemInfo(api),
  };
}

function unsupported(api: string): HostError {
  return new HostError(api, 'not supported by this host', HOST_ERROR_UNSUPPORTED);
}

function isKvList(data: unknown): data is ReadonlyArray<{ key: string; value: string }> {
  return (
    Array.isArray(data) &&
    data.every((kv: unknown) => {
      if (kv === null || typeof kv !== 'object') return false;
      const { key, value } = kv as { key?: unknown; value?: unknown };
      return typeof key === 'string' && key !== '' && typeof value === 'string';
    })
  );
}
