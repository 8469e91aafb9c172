import { isCallable, readMember } from './readMember.js';
import type { HostInspection, MemberPresence, RawSystemInfoFacts } from './types.js';

/** Fields of `getSystemInfoSync()` a device report shows (none of them is about the player). */
const SYSTEM_INFO_NUMBERS = ['pixelRatio', 'windowWidth', 'windowHeight', 'screenWidth', 'screenHeight'] as const;
const SYSTEM_INFO_STRINGS = ['platform', 'system', 'version', 'SDKVersion'] as const;
/** Longest system info string kept, in UTF-16 code units. */
const MAX_SYSTEM_INFO_TEXT = 40;

/**
 * Builds the read-only {@link HostInspection} of a raw platform object, for a device report
 * (the `diagnostics` panel). It answers where a member is and what the host's system info says,
 * without handing out the raw object; nothing it does throws (a throwing getter or call is
 * reported as `throws`).
 *
 * @param api - The raw platform object (`tt`, `wx`, …).
 * @param globals - Where globals are looked up (the same object the host adapter uses).
 */
export function inspectRawApi(api: object, globals: object): HostInspection {
  return {
    member: (name) => presence(api, globals, name),
    systemInfo: () => systemInfo(api),
  };
}

function presence(api: object, globals: object, name: string): MemberPresence {
  for (const [source, where] of [[api, 'api'], [globals, 'global']] as const) {
    try {
      if (typeof (source as Record<string, unknown>)[name] === 'function') return where;
    } catch {
      return 'throws';
    }
  }
  return 'absent';
}

function systemInfo(api: object): RawSystemInfoFacts {
  let fn: unknown;
  try {
    fn = (api as Record<string, unknown>)['getSystemInfoSync'];
  } catch {
    return { status: 'throws' };
  }
  if (!isCallable(fn)) return { status: 'absent' };
  let info: unknown;
  try {
    info = fn.call(api);
  } catch {
    return { status: 'throws' };
  }
  const fields: Record<string, string | number> = {};
  for (const name of SYSTEM_INFO_NUMBERS) {
    const value = readMember(info, name);
    if (typeof value === 'number' && Number.isFinite(value)) fields[name] = value;
  }
  for (const name of SYSTEM_INFO_STRINGS) {
    const value = readMember(info, name);
    if (typeof value === 'string' && value !== '') fields[name] = value.slice(0, MAX_SYSTEM_INFO_TEXT);
  }
  return { status: 'ok', fields };
}
