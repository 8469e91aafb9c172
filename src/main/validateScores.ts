import { MAX_SCORE_KEY_BYTES, MAX_SCORE_PAIR_BYTES, MAX_SCORE_PAIRS } from './constants.js';
import { utf8ByteLength } from './utf8ByteLength.js';
import { ValidationError } from './ValidationError.js';

/** A validated pair: the value as the game gave it and as it is stored (cloud values are strings). */
export interface ScorePair {
  key: string;
  value: number | string;
  stored: string;
}

/** Checks one cloud storage key (1..128 UTF-8 bytes) and returns it; `where` names it in errors. */
export function validateScoreKey(method: string, key: unknown, where: string): string {
  if (typeof key !== 'string') throw new ValidationError(`${method}: ${where} must be a string, got ${typeof key}`, where);
  const bytes = utf8ByteLength(key);
  if (bytes < 1 || bytes > MAX_SCORE_KEY_BYTES) {
    throw new ValidationError(`${method}: ${where} must be 1..${MAX_SCORE_KEY_BYTES} UTF-8 bytes, got ${bytes}`, where);
  }
  return key;
}

/** Checks one key/value pair against the platform limits and returns it with its stored string. */
export function validateScorePair(method: string, key: unknown, value: unknown, where: string): ScorePair {
  const k = validateScoreKey(method, key, `${where} key`);
  let stored: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ValidationError(`${method}: ${where} value must be a finite number, got ${value}`, 'value');
    stored = String(value);
  } else if (typeof value === 'string') {
    stored = value;
  } else {
    throw new ValidationError(`${method}: ${where} value must be a finite number or a string, got ${describe(value)}`, 'value');
  }
  const total = utf8ByteLength(k) + utf8ByteLength(stored);
  if (total > MAX_SCORE_PAIR_BYTES) {
    throw new ValidationError(`${method}: ${where} key + value must be at most ${MAX_SCORE_PAIR_BYTES} UTF-8 bytes, got ${total}`, 'value');
  }
  return { key: k, value, stored };
}

/** Checks a `{key: value}` record as one write: all pairs valid, at most 128 of them. */
export function validateScoreRecord(method: string, record: unknown): ScorePair[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ValidationError(`${method}: expected an object of {key: value} pairs, got ${describe(record)}`, 'record');
  }
  const keys = Object.keys(record);
  if (keys.length > MAX_SCORE_PAIRS) {
    throw new ValidationError(`${method}: at most ${MAX_SCORE_PAIRS} pairs per write, got ${keys.length}`, 'record');
  }
  const entries = record as Record<string, unknown>;
  return keys.map((key, i) => validateScorePair(method, key, entries[key], `pair #${i}`));
}

/** Checks a key list for removal: an array of at most 128 valid keys. */
export function validateKeyList(method: string, keys: unknown): string[] {
  if (!Array.isArray(keys)) throw new ValidationError(`${method}: expected an array of keys, got ${describe(keys)}`, 'keys');
  if (keys.length > MAX_SCORE_PAIRS) {
    throw new ValidationError(`${method}: at most ${MAX_SCORE_PAIRS} keys per call, got ${keys.length}`, 'keys');
  }
  return keys.map((key: unknown, i) => validateScoreKey(method, key, `key #${i}`));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
