import {
  FRIEND_AVATAR_KEYS,
  FRIEND_ID_KEYS,
  FRIEND_LIST_KEYS,
  FRIEND_NAME_KEYS,
  FRIEND_VALUE_KEYS,
  locateFriendList,
} from '../data/index.js';
import { FRIEND_SHAPE_SAMPLE, MAX_KEYS_SCANNED, MAX_SHAPE_KEY_LENGTH, MAX_SHAPE_KEYS } from './constants.js';

/** A key name and how many of the sampled records (or value entries) have it. */
export interface KeyCount {
  readonly key: string;
  readonly count: number;
}

/**
 * The shape of one `getFriendCloudStorage` result, with no value in it: never a name, openid,
 * avatar URL or score, only key names, counts and types.
 */
export interface FriendResultShape {
  /** `array`, `object`, `null`, `undefined`, or another `typeof`. */
  readonly resultType: string;
  /** Top-level key names of an object result (those safe to name, in order). */
  readonly topKeys: readonly string[];
  /** Top-level keys counted but not named (not a plain identifier, too long, too many, or equal to a value). */
  readonly topKeysHidden: number;
  /** Keys from the result to the list (`[]`: the result is the list); undefined when no list was found. */
  readonly listPath: readonly string[] | undefined;
  /** Entries in the list (its length). */
  readonly count: number;
  /** Records the key statistics come from (the first {@link FRIEND_SHAPE_SAMPLE}). */
  readonly sampled: number;
  /** Per-friend keys of the sampled records with how many have each, in first-seen order. */
  readonly friendKeys: readonly KeyCount[];
  /** Per-friend keys counted but not named. */
  readonly friendKeysHidden: number;
  /** Keys of the value entries (`KVDataList`/`data` items) of the sampled records, with counts. */
  readonly valueKeys: readonly KeyCount[];
  /** `typeof` of the entries' `value` fields (`string` on every known host). */
  readonly valueTypes: readonly string[];
  /** Some part could not be read (a throwing getter, a revoked proxy): the shape is partial. */
  readonly unreadable: boolean;
}

/** Names that are field names on some platform (PLATFORM.md "Data shapes", "Errors"): always safe to show. */
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([
  ...FRIEND_LIST_KEYS,
  ...FRIEND_ID_KEYS,
  ...FRIEND_NAME_KEYS,
  ...FRIEND_AVATAR_KEYS,
  ...FRIEND_VALUE_KEYS,
  'key',
  'value',
  'errMsg',
  'errNo',
  'errCode',
  'error',
  'error_code',
  'error_msg',
  'err_no',
  'err_tips',
]);

/** What a plain field name looks like; anything else (URLs, ids with symbols, spaces) is never named. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What a friend result's shape is read from, taken when the result arrives: the parts of the result
 * outside its list (read now, as they may hold the list), and references to the first
 * {@link FRIEND_SHAPE_SAMPLE} records (never the whole list). Describing it
 * ({@link describeFriendSample}) waits until someone reads the shape.
 */
export interface FriendResultSample {
  readonly resultType: string;
  /** Own keys of an object result, at most {@link MAX_KEYS_SCANNED}; empty otherwise. */
  readonly topKeys: readonly string[];
  /** String values at the top and one level down (a result keyed by id): keys equal to one are never named. */
  readonly topValues: readonly string[];
  readonly listPath: readonly string[] | undefined;
  /** Entries in the list (its length). */
  readonly count: number;
  /** The sampled records that are objects. */
  readonly records: readonly object[];
  /** Records read (objects or not). */
  readonly sampled: number;
  readonly unreadable: boolean;
}

/**
 * Takes a {@link FriendResultSample} of a raw friend result: O(keys at the top + sample), whatever
 * the list's length, and holding no reference to the list. Never throws.
 */
export function sampleFriendResult(raw: unknown): FriendResultSample {
  const state = { unreadable: false };
  const resultType = raw === null ? 'null' : isArray(raw, state) ? 'array' : typeof raw;
  let listPath: readonly string[] | undefined;
  let list: readonly unknown[] = [];
  try {
    const located = locateFriendList(raw);
    if (located !== undefined) {
      listPath = located.path;
      list = located.list;
    }
  } catch {
    state.unreadable = true;
  }
  const length = safeLength(list, state);
  const sampled = Math.min(length, FRIEND_SHAPE_SAMPLE);
  const records: object[] = [];
  for (let i = 0; i < sampled; i++) {
    const record = read(list, i, state);
    if (record !== null && typeof record === 'object' && !isArray(record, state)) records.push(record);
  }
  // A result keyed by id (a map of records) would name ids: its records' values count as values too.
  const topKeys = resultType === 'object' ? ownKeys(raw as object, state) : [];
  const topValues: string[] = [];
  let nested = 0;
  for (const key of topKeys) {
    const value = read(raw, key, state);
    if (typeof value === 'string') topValues.push(value);
    else if (value !== null && typeof value === 'object' && !isArray(value, state) && nested++ < FRIEND_SHAPE_SAMPLE) {
      for (const k of ownKeys(value, state)) {
        const v = read(value, k, state);
        if (typeof v === 'string') topValues.push(v);
      }
    }
  }
  return { resultType, topKeys, topValues, listPath, count: length, records, sampled, unreadable: state.unreadable };
}

/**
 * The shape of a sampled result: which keys the records and their value entries have. A key is
 * named only when it is a known platform field, or a plain identifier of at most
 * {@link MAX_SHAPE_KEY_LENGTH} characters that equals no string value seen in the sample (so a result
 * keyed by openid or nickname shows counts, not ids). Never throws.
 */
export function describeFriendSample(sample: FriendResultSample): FriendResultShape {
  const state = { unreadable: sample.unreadable };
  const { records } = sample;
  // Values seen, so a key equal to one (a map keyed by openid or name) is never named. Local only.
  const values = new Set<string>(sample.topValues);
  const entries: object[] = [];
  for (const record of records) {
    for (const key of ownKeys(record, state)) {
      const value = read(record, key, state);
      if (typeof value === 'string') values.add(value);
      if (isArray(value, state) && (FRIEND_VALUE_KEYS as readonly string[]).includes(key)) {
        const n = Math.min(safeLength(value as unknown[], state), FRIEND_SHAPE_SAMPLE);
        for (let j = 0; j < n; j++) {
          const entry = read(value, j, state);
          if (entry !== null && typeof entry === 'object') {
            entries.push(entry);
            const v = read(entry, 'value', state);
            if (typeof v === 'string') values.add(v);
            const k = read(entry, 'key', state);
            if (typeof k === 'string') values.add(k);
          }
        }
      }
    }
  }
  const top = nameKeys([sample.topKeys], values);
  const friends = countKeys(records, values, state);
  const valueEntries = countKeys(entries, values, state);
  const valueTypes = new Set<string>();
  for (const entry of entries) {
    const v = read(entry, 'value', state);
    valueTypes.add(v === null ? 'null' : isArray(v, state) ? 'array' : typeof v);
  }
  return {
    resultType: sample.resultType,
    topKeys: top.keys.map((k) => k.key),
    topKeysHidden: top.hidden,
    listPath: sample.listPath,
    count: sample.count,
    sampled: sample.sampled,
    friendKeys: friends.keys,
    friendKeysHidden: friends.hidden,
    valueKeys: valueEntries.keys,
    valueTypes: Array.from(valueTypes),
    unreadable: state.unreadable,
  };
}

/**
 * Describes a raw friend result without keeping any value: where the list is, how long it is, which
 * keys the records and their value entries have (over the first {@link FRIEND_SHAPE_SAMPLE} records):
 * {@link describeFriendSample} of {@link sampleFriendResult}. Work is bounded by the sample, whatever
 * the list's length. Never throws.
 *
 * @example
 * describeFriendResult({ data: [{ openid: 'o1', nickname: 'Ana', KVDataList: [] }] }).friendKeys;
 * // [{key: 'openid', count: 1}, {key: 'nickname', count: 1}, {key: 'KVDataList', count: 1}]
 */
export function describeFriendResult(raw: unknown): FriendResultShape {
  return describeFriendSample(sampleFriendResult(raw));
}

function countKeys(objects: readonly object[], values: ReadonlySet<string>, state: { unreadable: boolean }): { keys: KeyCount[]; hidden: number } {
  return nameKeys(
    objects.map((o) => ownKeys(o, state)),
    values,
  );
}

/** Counts keys over several key lists, naming at most {@link MAX_SHAPE_KEYS} nameable ones. */
function nameKeys(lists: readonly (readonly string[])[], values: ReadonlySet<string>): { keys: KeyCount[]; hidden: number } {
  const counts = new Map<string, number>();
  const hidden = new Set<string>();
  for (const keys of lists) {
    for (const key of keys) {
      if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
      else if (hidden.has(key)) continue;
      else if (counts.size < MAX_SHAPE_KEYS && isNameable(key, values)) counts.set(key, 1);
      else hidden.add(key);
    }
  }
  return { keys: Array.from(counts, ([key, count]) => ({ key, count })), hidden: hidden.size };
}

function isNameable(key: string, values: ReadonlySet<string>): boolean {
  if (KNOWN_KEYS.has(key)) return true;
  return key.length <= MAX_SHAPE_KEY_LENGTH && IDENTIFIER.test(key) && !values.has(key);
}

/** At most {@link MAX_KEYS_SCANNED} own enumerable keys: an object with a million keys costs no more. */
function ownKeys(o: object, state: { unreadable: boolean }): string[] {
  const keys: string[] = [];
  try {
    for (const key in o) {
      if (!Object.prototype.hasOwnProperty.call(o, key)) continue;
      if (keys.length === MAX_KEYS_SCANNED) break;
      keys.push(key);
    }
  } catch {
    state.unreadable = true;
  }
  return keys;
}

function read(o: unknown, key: string | number, state: { unreadable: boolean }): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string | number, unknown>)[key] : undefined;
  } catch {
    state.unreadable = true;
    return undefined;
  }
}

/** `Array.isArray`, which throws on a revoked proxy. */
function isArray(value: unknown, state: { unreadable: boolean }): boolean {
  try {
    return Array.isArray(value);
  } catch {
    state.unreadable = true;
    return false;
  }
}

function safeLength(list: readonly unknown[], state: { unreadable: boolean }): number {
  try {
    const n = list.length;
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    state.unreadable = true;
    return 0;
  }
}
