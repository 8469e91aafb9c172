import type { PlainObject } from '../protocol/index.js';

/**
 * Deep-merges validated theme token overrides the way the open data domain applies them in
 * sequence (nested objects merge, anything else replaces), so `resync` can replay every override
 * in one message. Returns a fresh object; neither input is changed.
 */
export function mergeTokens(base: PlainObject | undefined, patch: PlainObject): PlainObject {
  const out: PlainObject = {};
  if (base !== undefined) for (const key of Object.keys(base)) out[key] = copy(base[key] ?? null);
  for (const key of Object.keys(patch)) {
    const next = patch[key] ?? null;
    const prev = out[key];
    out[key] = isObject(prev) && isObject(next) ? mergeTokens(prev, next) : copy(next);
  }
  return out;
}

function isObject(value: PlainObject[string] | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null;
}

function copy(value: PlainObject[string]): PlainObject[string] {
  return isObject(value) ? mergeTokens(undefined, value) : value;
}
