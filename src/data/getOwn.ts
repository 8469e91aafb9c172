/** Reads an own property of a record, ignoring anything inherited (a polluted prototype cannot leak in). */
export function getOwn(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
