import { isCallable, readMember } from './readMember.js';
import type { SystemInfo } from './types.js';

const FIELDS = ['pixelRatio', 'windowWidth', 'windowHeight'] as const;

/**
 * Builds a safe `getSystemInfo` over a raw api's `getSystemInfoSync`, or `undefined` when the host
 * has none. The getter never throws: a failing host call gives `{}`, and only positive finite
 * `pixelRatio`/`windowWidth`/`windowHeight` values are kept.
 *
 * @param api - The raw platform object.
 */
export function readSystemInfo(api: object): (() => SystemInfo) | undefined {
  const raw = readMember(api, 'getSystemInfoSync');
  if (!isCallable(raw)) return undefined;
  return () => {
    let info: unknown;
    try {
      info = raw.call(api);
    } catch {
      return {};
    }
    const out: SystemInfo = {};
    for (const field of FIELDS) {
      const value = readMember(info, field);
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[field] = value;
    }
    return out;
  };
}
