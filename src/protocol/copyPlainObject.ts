import {
  FORBIDDEN_KEYS,
  MAX_OBJECT_DEPTH,
  MAX_OBJECT_KEY_CHARS,
  MAX_OBJECT_KEYS,
  MAX_OBJECT_STRING_CHARS,
  SAFE_PATH_KEY,
} from './constants.js';
import { describeValue, isArraySafe } from './describeValue.js';
import type { PlainObject, PlainValue } from './Message.js';
import { protocolError } from './ProtocolError.js';
import { readOwn, wrongType, type Read } from './readOwn.js';

/** Keys seen so far in one options tree, shared by every nesting level of that tree. */
interface KeyBudget {
  used: number;
}

/**
 * Validates a payload object (show `options`, theme `tokens`) and copies it into fresh plain objects:
 * primitives and nested plain objects only, no arrays, bounded depth, key count and string length.
 * `__proto__`, `constructor` and `prototype` keys are skipped; `undefined` values are dropped (as JSON does).
 */
export function copyPlainObject(value: unknown, path: string): Read<PlainObject> {
  return copyLevel(value, path, 1, { used: 0 });
}

function copyLevel(value: unknown, path: string, depth: number, budget: KeyBudget): Read<PlainObject> {
  if (typeof value !== 'object' || value === null) return { ok: false, error: wrongType(path, 'a plain object', value) };
  if (isArraySafe(value)) {
    return { ok: false, error: protocolError('array-not-allowed', path, 'arrays cannot cross postMessage on every host; use an object') };
  }
  if (!isPlainObject(value)) {
    return { ok: false, error: protocolError('wrong-type', path, 'expected a plain object, got a class instance or exotic object') };
  }
  if (depth > MAX_OBJECT_DEPTH) {
    return { ok: false, error: protocolError('too-deep', path, `objects may nest at most ${MAX_OBJECT_DEPTH} levels`) };
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return { ok: false, error: protocolError('wrong-type', path, 'expected a plain object, but listing its keys threw') };
  }
  budget.used += keys.length;
  if (budget.used > MAX_OBJECT_KEYS) {
    return { ok: false, error: protocolError('too-many-keys', path, `at most ${MAX_OBJECT_KEYS} keys in total are allowed`) };
  }
  const out: PlainObject = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const keyPath = SAFE_PATH_KEY.test(key) ? `${path}.${key}` : `${path}[#${i}]`;
    if (FORBIDDEN_KEYS.includes(key)) continue;
    if (key.length > MAX_OBJECT_KEY_CHARS) {
      return { ok: false, error: protocolError('too-long', keyPath, `keys may have at most ${MAX_OBJECT_KEY_CHARS} chars, got ${key.length}`) };
    }
    const read = readOwn(value, key, keyPath);
    if (!read.ok) return read;
    if (read.value === undefined) continue;
    const copied = copyValue(read.value, keyPath, depth, budget);
    if (!copied.ok) return copied;
    out[key] = copied.value;
  }
  return { ok: true, value: out };
}

function copyValue(value: unknown, path: string, depth: number, budget: KeyBudget): Read<PlainValue> {
  switch (typeof value) {
    case 'string':
      if (value.length > MAX_OBJECT_STRING_CHARS) {
        return { ok: false, error: protocolError('too-long', path, `strings may have at most ${MAX_OBJECT_STRING_CHARS} chars, got ${value.length}`) };
      }
      return { ok: true, value };
    case 'number':
      if (!Number.isFinite(value)) {
        return { ok: false, error: protocolError('out-of-range', path, `expected a finite number, got ${describeValue(value)}`) };
      }
      return { ok: true, value };
    case 'boolean':
      return { ok: true, value };
    case 'object':
      return value === null ? { ok: true, value: null } : copyLevel(value, path, depth + 1, budget);
    default:
      return { ok: false, error: wrongType(path, 'a string, finite number, boolean, null or plain object', value) };
  }
}

/**
 * True for `{}` literals and `Object.create(null)`, including ones from another realm; false for
 * class instances, Maps, Dates and the like, whose fields would not survive `postMessage` as sent.
 */
function isPlainObject(value: object): boolean {
  try {
    if (Object.prototype.toString.call(value) !== '[object Object]') return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    return false;
  }
}
