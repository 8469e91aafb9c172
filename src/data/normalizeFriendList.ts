import { DEFAULT_PLACEHOLDER_NAME, MAX_FRIENDS, MAX_OPENID_LENGTH } from './constants.js';
import type { Friend } from './Friend.js';
import { FRIEND_AVATAR_KEYS, FRIEND_ID_KEYS, FRIEND_NAME_KEYS, FRIEND_VALUE_KEYS } from './friendFieldAliases.js';
import { getOwn, isRecord } from './getOwn.js';
import { locateFriendList } from './locateFriendList.js';
import { normalizeAvatarUrl } from './normalizeAvatarUrl.js';
import { normalizeValues } from './normalizeValues.js';
import { sanitizeNickname } from './sanitizeNickname.js';

/** Options of {@link normalizeFriendList}. */
export interface NormalizeFriendListOptions {
  /** Name given to friends without one; defaults to {@link DEFAULT_PLACEHOLDER_NAME}. */
  placeholderName?: string;
}

/** Result of {@link normalizeFriendList}: clean friends plus warnings that never contain friend data. */
export interface NormalizedFriendList {
  friends: Friend[];
  warnings: string[];
}

const ID_KEYS = FRIEND_ID_KEYS;
const NAME_KEYS = FRIEND_NAME_KEYS;
const AVATAR_KEYS = FRIEND_AVATAR_KEYS;
const VALUE_KEYS = FRIEND_VALUE_KEYS;
/** Anything but whitespace (what `trim` removes): an id made only of whitespace is no id. */
const VISIBLE = /\S/;

/**
 * Reads the fields of one record, each on its own: a throwing getter (or proxy trap) loses only
 * that field, and is counted, instead of the whole record.
 */
class RecordReader {
  /** Whether a read of the current record threw. */
  public failed = false;
  private _record: object = {};

  /** Starts reading `record` (one reader serves the whole list: no allocation per record). */
  public reset(record: object): void {
    this._record = record;
    this.failed = false;
  }

  public get(key: string): unknown {
    try {
      return getOwn(this._record, key);
    } catch {
      this.failed = true;
      return undefined;
    }
  }

  public id(): string | undefined {
    for (const key of ID_KEYS) {
      const value = this.get(key);
      // Numeric ids are tolerated (a JSON host may decode them) but must be exact integers.
      const id = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
      // Length first: a hostile id must not cost a trim of megabytes.
      if (typeof id === 'string' && id.length <= MAX_OPENID_LENGTH && VISIBLE.test(id)) return id;
    }
    return undefined;
  }

  /** The first name alias that cleans to a visible name. */
  public name(): string | undefined {
    for (const key of NAME_KEYS) {
      const value = sanitizeNickname(this.get(key));
      if (value !== '') return value;
    }
    return undefined;
  }

  /** The first avatar alias that is a usable URL. */
  public avatar(): string | undefined {
    for (const key of AVATAR_KEYS) {
      const value = normalizeAvatarUrl(this.get(key));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  public values(): Readonly<Record<string, string>> {
    for (const key of VALUE_KEYS) {
      const list = this.get(key);
      if (Array.isArray(list)) {
        try {
          return normalizeValues(list);
        } catch {
          this.failed = true;
        }
      }
    }
    return normalizeValues(undefined);
  }
}

/**
 * The record every known host sends, read without the alias loops and a guard per field: own `openid`,
 * `nickname`, `avatarUrl` and `KVDataList`, each usable as it is. The result is what {@link RecordReader}
 * gives for such a record (the first alias of each field wins there too); undefined, for the careful
 * reader, when any of them is missing or unusable or a read throws (a getter may then be read twice).
 */
function plainFriend(record: object): Friend | undefined {
  try {
    const own = Object.prototype.hasOwnProperty;
    if (!own.call(record, 'openid') || !own.call(record, 'nickname') || !own.call(record, 'avatarUrl') || !own.call(record, 'KVDataList')) return undefined;
    const r = record as { openid: unknown; nickname: unknown; avatarUrl: unknown; KVDataList: unknown };
    const openid = r.openid;
    if (typeof openid !== 'string' || openid.length > MAX_OPENID_LENGTH || !VISIBLE.test(openid)) return undefined;
    const nickname = sanitizeNickname(r.nickname);
    const avatarUrl = normalizeAvatarUrl(r.avatarUrl);
    const list = r.KVDataList;
    if (nickname === '' || avatarUrl === undefined || !Array.isArray(list)) return undefined;
    return Object.freeze({ openid, nickname, hasName: true, avatarUrl, values: normalizeValues(list) });
  } catch {
    return undefined;
  }
}

function plural(count: number, what: string): string {
  return `${count} ${count === 1 ? 'record' : 'records'} ${what}`;
}

/**
 * Normalises a `getFriendCloudStorage` result of any known shape into unique, sanitised friends.
 * Never throws; dropped records are counted in `warnings` (which never contain friend data). Work is
 * bounded before it is done: only the first {@link MAX_FRIENDS} entries are read (by index, so a
 * sparse array is never walked by its length) and nicknames are cut before they are cleaned.
 *
 * @example
 * const { friends, warnings } = normalizeFriendList(await host.getFriendCloudStorage(['score']));
 */
export function normalizeFriendList(raw: unknown, options?: NormalizeFriendListOptions): NormalizedFriendList {
  const friends: Friend[] = [];
  const warnings: string[] = [];
  const placeholder = sanitizeNickname(options?.placeholderName) || DEFAULT_PLACEHOLDER_NAME;
  let notObjects = 0;
  let noId = 0;
  let duplicates = 0;
  let unreadable = 0;
  try {
    const list = locateFriendList(raw)?.list;
    if (!list) {
      warnings.push('friend list: no list found in the result (expected an array, data, KVDataList or users)');
      return { friends, warnings };
    }
    const length = list.length;
    const count = Number.isSafeInteger(length) && length > 0 ? Math.min(length, MAX_FRIENDS) : 0;
    if (count < length) warnings.push(`friend list: only the first ${MAX_FRIENDS} of ${length} entries are read`);
    const seen = new Set<string>();
    const reader = new RecordReader();
    for (let i = 0; i < count; i++) {
      try {
        const record: unknown = list[i];
        if (!isRecord(record)) {
          notObjects++;
          continue;
        }
        const plain = plainFriend(record);
        if (plain !== undefined) {
          if (seen.has(plain.openid)) duplicates++;
          else {
            seen.add(plain.openid);
            friends.push(plain);
          }
          continue;
        }
        reader.reset(record);
        const openid = reader.id();
        if (openid === undefined) {
          noId++;
          if (reader.failed) unreadable++;
          continue;
        }
        if (seen.has(openid)) {
          duplicates++;
          continue;
        }
        const name = reader.name();
        const friend: Friend = Object.freeze({
          openid,
          nickname: name ?? placeholder,
          hasName: name !== undefined,
          avatarUrl: reader.avatar(),
          values: reader.values(),
        });
        if (reader.failed) unreadable++;
        seen.add(openid);
        friends.push(friend);
      } catch {
        // A record that cannot even be inspected (a revoked proxy) is dropped like any unusable one.
        notObjects++;
      }
    }
  } catch {
    warnings.push('friend list: the result could not be read');
  }
  if (notObjects > 0) warnings.push(`friend list: ${plural(notObjects, 'dropped: not a readable object')}`);
  if (noId > 0) warnings.push(`friend list: ${plural(noId, 'dropped: no usable openid')}`);
  if (duplicates > 0) warnings.push(`friend list: ${plural(duplicates, 'dropped: duplicate openid (first kept)')}`);
  if (unreadable > 0) warnings.push(`friend list: ${plural(unreadable, 'with unreadable fields (those fields skipped)')}`);
  return { friends, warnings };
}
