/**
 * Throws a RangeError naming `name` unless `value` is a finite number; used at every public entry so a NaN
 * never reaches the physics and bad input changes nothing.
 */
export function assertFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`scroll: ${name} must be a finite number, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `value` is a finite number ≥ 0. */
export function assertNonNegative(name: string, value: number): void {
  assertFinite(name, value);
  if (value < 0) {
    throw new RangeError(`scroll: ${name} must be ≥ 0, got ${String(value)}`);
  }
}
