import type { RawFriend, RawKV } from './types.js';

/** The openid of a raw record under any of its platform names. */
export function rawFriendOpenid(friend: RawFriend): string | undefined {
  return friend.openid ?? friend.openId ?? friend.open_id;
}

/** The key/value list of a raw record under either platform name (empty when absent). */
export function rawFriendValues(friend: RawFriend): RawKV[] {
  return friend.KVDataList ?? friend.data ?? [];
}

/** A deep copy of a raw record, keeping its field names. */
export function copyRawFriend(friend: RawFriend): RawFriend {
  const out: RawFriend = { ...friend };
  if (friend.KVDataList !== undefined) out.KVDataList = friend.KVDataList.map(({ key, value }) => ({ key, value }));
  if (friend.data !== undefined) out.data = friend.data.map(({ key, value }) => ({ key, value }));
  return out;
}

/**
 * A copy of a raw record whose values hold only the requested keys, as the platform answers a
 * `keyList` query; the record keeps whichever list field name it had.
 */
export function filterRawFriend(friend: RawFriend, keyList: readonly string[]): RawFriend {
  const out = copyRawFriend(friend);
  const keep = (list: RawKV[]): RawKV[] => list.filter((kv) => keyList.includes(kv.key));
  if (out.KVDataList !== undefined) out.KVDataList = keep(out.KVDataList);
  if (out.data !== undefined) out.data = keep(out.data);
  return out;
}

/** Stores `values` on a raw record under the list field it already uses (`KVDataList` if none). */
export function setRawFriendValues(friend: RawFriend, values: RawKV[]): void {
  if (friend.data !== undefined && friend.KVDataList === undefined) friend.data = values;
  else friend.KVDataList = values;
}
