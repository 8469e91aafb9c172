import { getOwn, isRecord } from './getOwn.js';

/**
 * Turns a `[{key, value}]` list into a frozen null-prototype record. Keys must be non-empty strings;
 * values must be strings or finite numbers (converted with `String`). The first entry for a key wins,
 * matching how duplicate friends are handled. A null prototype means `__proto__` is stored as data
 * and can never reach `Object.prototype`.
 */
export function normalizeValues(raw: unknown): Readonly<Record<string, string>> {
  const values = Object.create(null) as Record<string, string>;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (!isRecord(entry)) continue;
      const key = getOwn(entry, 'key');
      if (typeof key !== 'string' || key === '' || Object.prototype.hasOwnProperty.call(values, key)) continue;
      const value = getOwn(entry, 'value');
      if (typeof value === 'string') values[key] = value;
      else if (typeof value === 'number' && Number.isFinite(value)) values[key] = String(value);
    }
  }
  return Object.freeze(values);
}
