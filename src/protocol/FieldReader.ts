import { copyPlainObject } from './copyPlainObject.js';
import { describeValue } from './describeValue.js';
import type { PlainObject } from './Message.js';
import { protocolError, type ProtocolError } from './ProtocolError.js';
import { readOwn, wrongType } from './readOwn.js';

/** A numeric constraint with the wording used when it fails. */
export interface NumberRule {
  /** Accepts a finite number. */
  test(n: number): boolean;
  /** What was expected, e.g. `0 < width <= 100000`. */
  expect: string;
}

/**
 * Reads the fields of one message, keeping the first error. After an error every read returns
 * `undefined`, so a parser reads all its fields and checks {@link FieldReader.error} once.
 */
export class FieldReader {
  private readonly _obj: object;
  private _error: ProtocolError | undefined = undefined;

  public constructor(obj: object) {
    this._obj = obj;
  }

  /** The first problem found, if any. */
  public get error(): ProtocolError | undefined {
    return this._error;
  }

  /** Records a problem found by the caller (e.g. a rule spanning two fields). */
  public fail(error: ProtocolError): void {
    if (this._error === undefined) this._error = error;
  }

  /** A raw field value; `undefined` when absent or after an error. */
  public raw(key: string): unknown {
    if (this._error !== undefined) return undefined;
    const read = readOwn(this._obj, key, key);
    if (!read.ok) {
      this.fail(read.error);
      return undefined;
    }
    return read.value;
  }

  /** A finite number passing `rule`; required unless `optional`. */
  public number(key: string, rule?: NumberRule, optional = false): number | undefined {
    const value = this._present(key, optional);
    if (value === undefined) return undefined;
    if (typeof value !== 'number') return this._wrong(key, 'a finite number', value);
    if (!Number.isFinite(value)) return this._range(key, `expected a finite number, got ${describeValue(value)}`);
    if (rule !== undefined && !rule.test(value)) return this._range(key, `expected ${rule.expect}, got ${describeValue(value)}`);
    return value;
  }

  /** A string of `min..max` chars; required unless `optional`. */
  public string(key: string, min: number, max: number, optional = false): string | undefined {
    const value = this._present(key, optional);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this._wrong(key, `a string of ${min}..${max} chars`, value);
    if (value.length > max) {
      this.fail(protocolError('too-long', key, `expected at most ${max} chars, got ${value.length}`));
      return undefined;
    }
    if (value.length < min) return this._range(key, `expected at least ${min} chars, got ${value.length}`);
    return value;
  }

  /** One of `choices`; required unless `optional`. */
  public oneOf<T extends string>(key: string, choices: readonly T[], optional = false): T | undefined {
    const value = this._present(key, optional);
    if (value === undefined) return undefined;
    const expected = choices.map((c) => `"${c}"`).join(' | ');
    if (typeof value !== 'string') return this._wrong(key, expected, value);
    const found = choices.find((c) => c === value);
    if (found === undefined) return this._range(key, `expected ${expected}, got ${describeValue(value)}`);
    return found;
  }

  /** A boolean; required unless `optional`. */
  public boolean(key: string, optional = false): boolean | undefined {
    const value = this._present(key, optional);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this._wrong(key, 'a boolean', value);
    return value;
  }

  /** A validated copy of a plain object field; required unless `optional`. */
  public object(key: string, optional = false): PlainObject | undefined {
    const value = this._present(key, optional);
    if (value === undefined) return undefined;
    const copied = copyPlainObject(value, key);
    if (!copied.ok) {
      this.fail(copied.error);
      return undefined;
    }
    return copied.value;
  }

  private _present(key: string, optional: boolean): unknown {
    const value = this.raw(key);
    if (value === undefined && !optional && this._error === undefined) {
      this.fail(protocolError('missing-field', key, 'is required'));
    }
    return value;
  }

  private _wrong(key: string, expected: string, got: unknown): undefined {
    this.fail(wrongType(key, expected, got));
    return undefined;
  }

  private _range(key: string, message: string): undefined {
    this.fail(protocolError('out-of-range', key, message));
    return undefined;
  }
}
