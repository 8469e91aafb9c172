import { describeValue } from './describeValue.js';
import { protocolError, type ProtocolError } from './ProtocolError.js';

/** The result of reading one field: its value (`undefined` when absent) or why it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/**
 * Reads an own property without trusting the object: inherited fields are ignored (so a prototype
 * cannot inject fields), and a throwing getter or proxy trap becomes an error instead of a throw.
 */
export function readOwn(obj: object, key: string, path: string): Read<unknown> {
  try {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (desc === undefined) return { ok: true, value: undefined };
    if ('value' in desc) return { ok: true, value: desc.value };
    const getter = desc.get;
    return { ok: true, value: getter === undefined ? undefined : getter.call(obj) };
  } catch {
    return { ok: false, error: protocolError('wrong-type', path, 'expected a readable value, but reading it threw') };
  }
}

/** A `wrong-type` error naming what was expected and what kind of value was found. */
export function wrongType(path: string, expected: string, got: unknown): ProtocolError {
  return protocolError('wrong-type', path, `expected ${expected}, got ${describeValue(got)}`);
}
