import { MAX_VALUES_PER_FRIEND } from './constants.js';
import { getOwn, isRecord } from './getOwn.js';

/**
 * Turns a `[{key, value}]` list into a frozen null-prototype record. Keys must be non-empty strings;
 * values must be strings or finite numbers (converted with `String`). The first entry for a key wins,
 * matching how duplicate friends are handled. A null prototype means `__proto__` is stored as data
 * and can never reach `Object.prototype`. Only the first {@link MAX_VALUES_PER_FRIEND} entries are
 * read (by index: a sparse list is never walked by its length); an entry that throws when read is
 * skipped.
 */
export function normalizeValues(raw: unknown): Readonly<Record<string, string>> {
  const values = Object.create(null) as Record<string, string>;
  if (Array.isArray(raw)) {
    const length = raw.length;
    const count = Number.isSafeInteger(length) && length > 0 ? Math.min(length, MAX_VALUES_PER_FRIEND) : 0;
    for (let i = 0; i < count; i++) {
      try {
        const entry: unknown = raw[i];
        if (!isRecord(entry)) continue;
        const key = getOwn(entry, 'key');
        if (typeof key !== 'string' || key === '' || Object.prototype.hasOwnProperty.call(values, key)) continue;
        const value = getOwn(entry, 'value');
        if (typeof value === 'string') values[key] = value;
        else if (typeof value === 'number' && Number.isFinite(value)) values[key] = String(value);
      } catch {
        // A hostile entry (throwing getter, revoked proxy) is skipped; the others are kept.
      }
    }
  }
  return Object.freeze(values);
}
