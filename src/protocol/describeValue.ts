/**
 * Names the kind of a payload value for error messages (e.g. `a string of 12 chars`, `an array`),
 * never its contents: payloads may carry friend data (PLATFORM.md), which must not reach a log.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `a string of ${value.length} chars`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? `the number ${value}` : `${value}`;
    case 'boolean':
      return `a boolean`;
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return isArraySafe(value) ? 'an array' : 'an object';
  }
}

/** `Array.isArray` that answers false instead of throwing (it throws on revoked proxies). */
export function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
