import { parseScoreFormat } from '../../src/index.js';
import type { PlainObject, ScoreFormat } from '../../src/index.js';
import { MAX_LABEL_LENGTH } from './constants.js';
import { DEFAULT_LABELS } from './PanelLabels.js';
import type { PanelLabels } from './PanelLabels.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function own(obj: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * Compiles only when `Missing` is `never`: `AllKeys<Exclude<keyof Options, (typeof KEYS)[number]>>` checks that a
 * panel's list of option keys (for {@link OptionReader.rejectUnknown}) names every option of its type.
 */
export type AllKeys<Missing extends never> = Missing;

/**
 * Reads a panel's `show` options defensively: every option is checked, a wrong value falls back to
 * its default with exactly one warning naming the option (never echoing its value, which could be
 * anything), and absent or `null` options silently take the default.
 */
export class OptionReader {
  private readonly _raw: PlainObject;

  public constructor(
    raw: unknown,
    private readonly _panel: string,
    private readonly _warn: (message: string) => void,
  ) {
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
      this._warn(`friendcanvas: ${_panel}: options must be an object, got ${describe(raw)}; using defaults`);
    }
    this._raw = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as PlainObject) : {};
  }

  /** A non-empty string option (trimmed to `maxLength` characters), or `fallback`. */
  public string(key: string, fallback: string, maxLength = MAX_LABEL_LENGTH): string {
    const value = this._get(key);
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value === '') return this._bad(key, `must be a non-empty string, got ${describe(value)}`, fallback);
    return value.length > maxLength ? this._bad(key, `is longer than ${maxLength} characters; cut`, value.slice(0, maxLength)) : value;
  }

  /** A cloud storage key (non-empty, at most `maxLength` characters, never cut), or `fallback`. */
  public storageKey(key: string, fallback: string, maxLength: number): string {
    const value = this._get(key);
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value === '' || value.length > maxLength) {
      return this._bad(key, `must be a non-empty string of at most ${maxLength} characters`, fallback);
    }
    return value;
  }

  /** An optional string (undefined when absent or invalid). */
  public optionalString(key: string, maxLength = MAX_LABEL_LENGTH): string | undefined {
    const value = this._get(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this._bad(key, `must be a string, got ${describe(value)}`, undefined);
    return value.length > maxLength ? this._bad(key, `is longer than ${maxLength} characters; cut`, value.slice(0, maxLength)) : value;
  }

  /** One of `allowed`, or `fallback`. */
  public choice<T extends string | number>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this._get(key);
    if (value === undefined) return fallback;
    const found = allowed.find((a) => a === value);
    if (found === undefined) return this._bad(key, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, fallback);
    return found;
  }

  /** A score format spec (see `parseScoreFormat`), or `fallback`. */
  public format(key: string, fallback: ScoreFormat): ScoreFormat {
    const value = this._get(key);
    if (value === undefined) return fallback;
    const parsed = parseScoreFormat(value);
    return parsed.ok ? parsed.format : this._bad(key, parsed.error, fallback);
  }

  /**
   * The `labels` object merged over `defaults` (any table of strings: the list panels' `PanelLabels`,
   * the device report's own); bad or unknown keys are reported once, together.
   */
  public labels<T extends { [K in keyof T]: string } = PanelLabels>(defaults: Readonly<T> = DEFAULT_LABELS as unknown as Readonly<T>): T {
    const merged = { ...defaults } as T;
    const value = this._get('labels');
    if (value === undefined) return merged;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this._bad('labels', `must be an object, got ${describe(value)}`, merged);
    }
    const bad: string[] = [];
    for (const key of Object.keys(value)) {
      const text = own(value, key);
      if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
        bad.push(`${key.slice(0, 32)} (unknown)`);
      } else if (typeof text !== 'string') {
        if (text !== null) bad.push(`${key} (${describe(text)})`);
      } else {
        (merged as Record<string, string>)[key] = text.slice(0, MAX_LABEL_LENGTH);
        if (text.length > MAX_LABEL_LENGTH) bad.push(`${key} (too long; cut)`);
      }
    }
    if (bad.length > 0) this._warn(`friendcanvas: ${this._panel}: labels ignored: ${bad.slice(0, 8).join(', ')}`);
    return merged;
  }

  /** A plain-object option (own keys only; not an array), or undefined when absent or invalid (one warning). */
  public object(key: string): Readonly<Record<string, unknown>> | undefined {
    const value = this._get(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this._bad(key, `must be an object, got ${describe(value)}`, undefined);
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value)) out[k] = own(value, k);
    return out;
  }

  /**
   * Warns once about own keys of the options that are not in `known` (a typo such as `oder` would
   * otherwise be ignored without a word); they are ignored.
   */
  public rejectUnknown(known: readonly string[]): void {
    const unknown = Object.keys(this._raw).filter((k) => !known.includes(k));
    if (unknown.length === 0) return;
    const names = unknown.slice(0, 8).map((k) => JSON.stringify(k.slice(0, 32)));
    this._warn(`friendcanvas: ${this._panel}: unknown ${unknown.length === 1 ? 'option' : 'options'} ${names.join(', ')} ignored; options: ${known.join(', ')}`);
  }

  /** Warns once that option `key` has a problem (what was kept or dropped is said in `problem`). */
  public report(key: string, problem: string): void {
    this._bad(key, problem, undefined);
  }

  private _get(key: string): unknown {
    const value = own(this._raw, key);
    return value === null ? undefined : value;
  }

  private _bad<T>(key: string, problem: string, fallback: T): T {
    this._warn(`friendcanvas: ${this._panel}: option "${key}" ${problem}`);
    return fallback;
  }
}
