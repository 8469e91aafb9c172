import type { RawCallbacks } from '../host/index.js';
import { SIM_AUTH_CODE, SIM_MAX_KEY_BYTES, SIM_MAX_KV_PAIRS, SIM_MAX_PAIR_BYTES } from './constants.js';
import { copyMessage } from './copyMessage.js';
import type { SimContext } from './SimContext.js';
import type { RawKV, SimMainGlobal, SimOdcGlobal } from './types.js';


/** Builds the raw `tt` look-alike of the main domain over a sim's shared state. */
export function buildMainGlobal(ctx: SimContext, odc: SimOdcGlobal): SimMainGlobal {
  const { clock, calls, settings } = ctx;
  const deliver = (message: unknown): void => {
    // Like the platform: a message arriving before the ODC listens is lost.
    if (ctx.messageListeners.length === 0) {
      calls.dropped++;
      return;
    }
    calls.delivered++;
    const errors: unknown[] = [];
    ctx.inputDepth++;
    try {
      for (const listener of ctx.messageListeners.slice()) {
        try {
          listener(message);
        } catch (err) {
          errors.push(err);
        }
      }
    } finally {
      ctx.inputDepth--;
    }
    if (errors.length > 0) throw errors[0];
  };
  const context = {
    canvas: settings.canvas,
    postMessage: (msg: unknown): void => {
      const copy = copyMessage(msg, settings.messagePolicy);
      calls.postMessages++;
      clock.setTimeout(() => deliver(copy), 0);
    },
  };
  const main: SimMainGlobal = {
    performance: { now: () => clock.now() },
    setTimeout: (cb, ms) => clock.setTimeout(cb, ms),
    clearTimeout: (id) => clock.clearTimeout(id),
    getOpenDataContext: () => context,
    authorizeOpenContext: (opts) => {
      calls.authorize.push({ statusOnly: opts?.get_status_only });
      ctx.respond('authorize', opts ?? {}, () => ({ code: SIM_AUTH_CODE }));
    },
    setUserCloudStorage: (opts) => {
      const list: unknown = opts?.KVDataList ?? opts?.data;
      const problem = checkPairs(list);
      calls.setUserCloudStorage.push(Array.isArray(list) ? copyPairs(list) : []);
      ctx.respond('setUserCloudStorage', opts ?? {}, () => {
        const merged = ctx.selfValues();
        for (const { key, value } of list as RawKV[]) {
          const existing = merged.find((kv) => kv.key === key);
          if (existing !== undefined) existing.value = value;
          else merged.push({ key, value });
        }
        ctx.putSelfValues(merged);
        return {};
      }, problem === undefined ? undefined : { errMsg: `setUserCloudStorage:fail ${problem}` });
    },
    removeUserCloudStorage: (opts: { keyList: string[] } & RawCallbacks<unknown>) => {
      const keyList: unknown = opts?.keyList;
      const valid = Array.isArray(keyList) && keyList.every((k) => typeof k === 'string');
      calls.removeUserCloudStorage.push(valid ? (keyList as string[]).slice() : []);
      ctx.respond('removeUserCloudStorage', opts ?? {}, () => {
        ctx.putSelfValues(ctx.selfValues().filter((kv) => !(keyList as string[]).includes(kv.key)));
        return {};
      }, valid ? undefined : { errMsg: 'removeUserCloudStorage:fail invalid keyList' });
    },
    canIUse: (name: string) => {
      if (typeof name !== 'string') return false;
      const member = name.split('.')[0] ?? '';
      return hasFunction(main, member) || hasFunction(odc, member);
    },
    getSystemInfoSync: () => ({ ...settings.systemInfo }),
    ...ctx.mainTouches.members(),
  };
  return main;
}

function copyPairs(list: unknown[]): RawKV[] {
  return list.map((kv) => {
    const { key, value } = (kv ?? {}) as { key?: unknown; value?: unknown };
    return { key: String(key), value: String(value) };
  });
}

/** Why a pair list would be refused by a sibling host, or undefined when it is acceptable. */
function checkPairs(list: unknown): string | undefined {
  if (!Array.isArray(list)) return 'KVDataList must be an array';
  if (list.length > SIM_MAX_KV_PAIRS) return `more than ${SIM_MAX_KV_PAIRS} pairs`;
  const encoder = new TextEncoder();
  for (const kv of list as unknown[]) {
    const { key, value } = (kv ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || key === '' || typeof value !== 'string') return 'each pair needs a string key and value';
    const keyBytes = encoder.encode(key).length;
    if (keyBytes > SIM_MAX_KEY_BYTES) return `key longer than ${SIM_MAX_KEY_BYTES} bytes`;
    if (keyBytes + encoder.encode(value).length > SIM_MAX_PAIR_BYTES) return `key+value longer than ${SIM_MAX_PAIR_BYTES} bytes`;
  }
  return undefined;
}

function hasFunction(obj: object, name: string): boolean {
  const value: unknown = Reflect.get(obj, name);
  return typeof value === 'function';
}
