import { MAX_GROUP_SEPARATOR_LENGTH, MAX_SCORE_DECIMALS, MAX_SCORE_SUFFIX_LENGTH } from './constants.js';
import { getOwn, isRecord } from './getOwn.js';
import type { ScoreFormat } from './ScoreFormat.js';

/** Result of {@link parseScoreFormat}. */
export type ParseScoreFormatResult = { ok: true; format: ScoreFormat } | { ok: false; error: string };

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

function fail(error: string): ParseScoreFormatResult {
  return { ok: false, error: `score format: ${error}` };
}

function checkSeparator(separator: unknown): string | undefined {
  if (typeof separator !== 'string' || separator === '' || separator.length > MAX_GROUP_SEPARATOR_LENGTH) return 'separator must be 1-3 characters';
  if (/[0-9]/.test(separator) || CONTROL.test(separator)) return 'separator must not contain digits or control characters';
  return undefined;
}

function checkSuffix(suffix: unknown, decimals: unknown): string | undefined {
  if (typeof suffix !== 'string' || suffix.length > MAX_SCORE_SUFFIX_LENGTH || CONTROL.test(suffix)) {
    return `suffix must be a string of at most ${MAX_SCORE_SUFFIX_LENGTH} printable characters`;
  }
  if (decimals !== undefined && (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_SCORE_DECIMALS)) {
    return `decimals must be an integer from 0 to ${MAX_SCORE_DECIMALS}`;
  }
  return undefined;
}

function fromString(spec: string): ParseScoreFormatResult {
  const colon = spec.indexOf(':');
  const head = (colon < 0 ? spec : spec.slice(0, colon)).trim().toLowerCase();
  // The argument is kept verbatim: 'suffix: pts' means the suffix " pts", 'integer: ' a space separator.
  const arg = colon < 0 ? undefined : spec.slice(colon + 1);
  if (head === 'integer') {
    if (arg === undefined) return { ok: true, format: { kind: 'integer' } };
    const error = checkSeparator(arg);
    return error ? fail(error) : { ok: true, format: { kind: 'integer', grouping: true, separator: arg } };
  }
  if (head === 'time') {
    const unit = arg?.trim().toLowerCase() ?? 'ms';
    return unit === 'ms' || unit === 's' ? { ok: true, format: { kind: 'time', unit } } : fail(`unknown time unit "${unit.slice(0, 8)}" (use ms or s)`);
  }
  const suffix = /^suffix(?:\.(\d{1,2}))?$/.exec(head);
  if (suffix && arg !== undefined) {
    const decimals = suffix[1] === undefined ? undefined : Number(suffix[1]);
    const error = checkSuffix(arg, decimals);
    if (error) return fail(error);
    return { ok: true, format: decimals === undefined ? { kind: 'suffix', suffix: arg } : { kind: 'suffix', suffix: arg, decimals } };
  }
  return fail('expected "integer", "integer:<separator>", "time", "time:s", "suffix:<text>" or "suffix.<decimals>:<text>"');
}

function fromObject(raw: object): ParseScoreFormatResult {
  const kind = getOwn(raw, 'kind');
  if (kind === 'integer') {
    const grouping = getOwn(raw, 'grouping');
    const separator = getOwn(raw, 'separator');
    if (grouping !== undefined && typeof grouping !== 'boolean') return fail('grouping must be a boolean');
    const error = separator === undefined ? undefined : checkSeparator(separator);
    if (error) return fail(error);
    const format: ScoreFormat = { kind: 'integer' };
    if (grouping !== undefined) format.grouping = grouping;
    if (typeof separator === 'string') format.separator = separator;
    return { ok: true, format };
  }
  if (kind === 'time') {
    const unit = getOwn(raw, 'unit') ?? 'ms';
    return unit === 'ms' || unit === 's' ? { ok: true, format: { kind: 'time', unit } } : fail('time unit must be "ms" or "s"');
  }
  if (kind === 'suffix') {
    const suffix = getOwn(raw, 'suffix');
    const decimals = getOwn(raw, 'decimals');
    const error = checkSuffix(suffix, decimals);
    if (error || typeof suffix !== 'string') return fail(error ?? 'suffix must be a string');
    return { ok: true, format: typeof decimals === 'number' ? { kind: 'suffix', suffix, decimals } : { kind: 'suffix', suffix } };
  }
  return fail('kind must be "integer", "time" or "suffix"');
}

/**
 * Validates a score format from a message: a compact string (`'integer'`, `'integer:,'`, `'time'`,
 * `'time:s'`, `'suffix: pts'`, `'suffix.1: km'`) or a {@link ScoreFormat} object. Returns a fresh
 * format or a clear error; never throws.
 *
 * @example
 * parseScoreFormat('suffix: pts'); // { ok: true, format: { kind: 'suffix', suffix: ' pts' } }
 */
export function parseScoreFormat(raw: unknown): ParseScoreFormatResult {
  if (typeof raw === 'string') return fromString(raw);
  if (isRecord(raw)) return fromObject(raw);
  return fail('expected a string spec or a format object');
}
