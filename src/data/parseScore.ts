import { MAX_JSON_SCORE_DEPTH, MAX_JSON_SCORE_LENGTH } from './constants.js';
import { getOwn, isRecord } from './getOwn.js';

/** Options of {@link parseScore}. */
export interface ParseScoreOptions {
  /** The storage key the value was read from; a JSON object may hold the score under this name. */
  key?: string;
}

/**
 * Plain decimal notation only. `Number()` alone would also accept '' (0), '0x1f', '0b1', 'Infinity'
 * and whitespace-only strings, none of which a game means as a score.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Object fields that may hold the score, after the storage key itself. `wxgame` is WeChat's shape. */
const SCORE_FIELDS = ['score', 'value', 'wxgame', 'ttgame'] as const;

function finite(n: number): number | undefined {
  // `+ 0` turns -0 into 0 so equal scores compare and print equal.
  return Number.isFinite(n) ? n + 0 : undefined;
}

function fromJson(value: unknown, key: string | undefined, depth: number): number | undefined {
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'string') return fromText(value, key, depth + 1);
  if (!isRecord(value) || depth >= MAX_JSON_SCORE_DEPTH) return undefined;
  const fields = key !== undefined ? [key, ...SCORE_FIELDS] : SCORE_FIELDS;
  for (const field of fields) {
    const found = fromJson(getOwn(value, field), key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function fromText(value: string, key: string | undefined, depth: number): number | undefined {
  const text = value.trim();
  if (DECIMAL.test(text)) return finite(Number(text));
  const first = text.charAt(0);
  if ((first !== '"' && first !== '{') || text.length > MAX_JSON_SCORE_LENGTH || depth >= MAX_JSON_SCORE_DEPTH) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return fromJson(parsed, key, depth);
}

/**
 * Reads a score from a stored value; missing or non-numeric values give undefined, never 0.
 *
 * Accepted: decimal strings (`"12"`, `" 3.5 "`, `"1e3"`, `"-4"`), finite numbers, a JSON string of
 * those (`"\"42\""`), and a JSON object holding one under the storage key, `score`, `value`, or the
 * sibling shapes `{"wxgame":{"score":16}}` / `{"ttgame":{…}}`. Rejected: empty text, hex/binary/octal
 * literals, thousands separators, NaN, ±Infinity, numbers too large for a double, arrays, booleans.
 *
 * @example
 * parseScore(friend.values.score, { key: 'score' }); // 1200 or undefined
 */
export function parseScore(value: unknown, options?: ParseScoreOptions): number | undefined {
  const key = typeof options?.key === 'string' ? options.key : undefined;
  if (typeof value === 'number') return finite(value);
  if (typeof value !== 'string') return undefined;
  return fromText(value, key, 0);
}
