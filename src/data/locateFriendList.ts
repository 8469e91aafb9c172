import { MAX_LIST_SEARCH_DEPTH } from './constants.js';
import { getOwn, isRecord } from './getOwn.js';

/** Where hosts put the list, in lookup order (PLATFORM.md "Data shapes"). */
export const FRIEND_LIST_KEYS = ['data', 'KVDataList', 'users'] as const;

/** A friend list found in a `getFriendCloudStorage` result, and the keys leading to it. */
export interface LocatedFriendList {
  readonly list: readonly unknown[];
  /** Keys from the result to the list: `[]` when the result is the list, `['data']` for `res.data`, … */
  readonly path: readonly string[];
}

/**
 * Finds the friend list in a `getFriendCloudStorage` result: the result itself when it is an
 * array, else `data`, `KVDataList` or `users`, else the same keys one wrapper level down
 * (`res.data.data`). The one rule both `normalizeFriendList` and the device report use. Only own
 * properties are read; a throwing getter throws (callers contain it).
 *
 * @example
 * locateFriendList({ data: [{ openid: 'a' }] })?.path; // ['data']
 */
export function locateFriendList(raw: unknown): LocatedFriendList | undefined {
  return find(raw, 0);
}

function find(raw: unknown, depth: number): LocatedFriendList | undefined {
  if (Array.isArray(raw)) return { list: raw, path: [] };
  if (!isRecord(raw) || depth >= MAX_LIST_SEARCH_DEPTH) return undefined;
  for (const key of FRIEND_LIST_KEYS) {
    const candidate = getOwn(raw, key);
    if (Array.isArray(candidate)) return { list: candidate, path: [key] };
  }
  // An unknown host may wrap the list once more (e.g. `{data: {data: [...]}}`): look one level down.
  for (const key of FRIEND_LIST_KEYS) {
    const found = find(getOwn(raw, key), depth + 1);
    if (found) return { list: found.list, path: [key, ...found.path] };
  }
  return undefined;
}
