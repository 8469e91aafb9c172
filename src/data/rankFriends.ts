import { DEFAULT_SELF_NAME } from './constants.js';
import type { Friend } from './Friend.js';
import { getOwn } from './getOwn.js';
import { normalizeAvatarUrl } from './normalizeAvatarUrl.js';
import { normalizeValues } from './normalizeValues.js';
import { parseScore } from './parseScore.js';
import type { RankedFriend, Ranking, RankOrder } from './Ranking.js';
import { sanitizeNickname } from './sanitizeNickname.js';

/** Options of {@link rankFriends}. */
export interface RankFriendsOptions {
  /** Storage key holding the score. */
  scoreKey: string;
  /** `desc` (default): higher is better. `asc`: lower is better. */
  order?: RankOrder;
  /** The player's openid (told by the main domain); marks the `isSelf` entry. */
  selfOpenid?: string;
  /** The player's fresh score (from a `score` message); replaces the stored one. Ignored unless finite. */
  selfScore?: number;
  /** Name of the inserted self entry when the player is not in the list; defaults to {@link DEFAULT_SELF_NAME}. */
  selfNickname?: string;
  /** Avatar of the inserted self entry. */
  selfAvatarUrl?: string;
}

const NO_VALUES: Readonly<Record<string, string>> = Object.freeze({});

interface Entry {
  readonly friend: Friend;
  readonly score: number;
  readonly isSelf: boolean;
}

/**
 * @internal Code-unit order, the tie-breaker shared with `applySelfScore`: deterministic everywhere,
 * unlike `localeCompare` on hosts without full Intl.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @internal The synthetic entry for a player missing from the list (shared with `applySelfScore`). */
export function makeSelf(options: RankFriendsOptions, openid: string, score: number): Friend {
  const name = sanitizeNickname(options.selfNickname);
  return Object.freeze({
    openid,
    nickname: name || DEFAULT_SELF_NAME,
    hasName: name !== '',
    avatarUrl: normalizeAvatarUrl(options.selfAvatarUrl),
    values: normalizeValues([{ key: options.scoreKey, value: String(score) }]),
  });
}

/**
 * Ranks friends by the score stored under `scoreKey`. Friends without a valid score go to `unranked`;
 * equal scores share a rank (1, 2, 2, 4); ties are ordered by nickname, then openid (code-unit order),
 * so the board does not reshuffle when the host returns friends in another order. Duplicate openids
 * keep the first. The player's entry is flagged, takes `selfScore` when given, and is inserted when
 * missing from the list. O(n log n).
 *
 * @example
 * const { ranked, selfIndex } = rankFriends(friends, { scoreKey: 'score', selfOpenid, selfScore: 1200 });
 */
export function rankFriends(friends: readonly Friend[], options: RankFriendsOptions): Ranking {
  const order: RankOrder = options.order === 'asc' ? 'asc' : 'desc';
  const selfOpenid = typeof options.selfOpenid === 'string' && options.selfOpenid !== '' ? options.selfOpenid : undefined;
  const selfScore = typeof options.selfScore === 'number' && Number.isFinite(options.selfScore) ? options.selfScore + 0 : undefined;
  const key = options.scoreKey;
  // One options object for the whole list, not one per friend.
  const parse = { key };
  const entries: Entry[] = [];
  const unranked: Friend[] = [];
  const seen = new Set<string>();
  let selfSeen = false;
  for (const friend of friends) {
    if (!friend || typeof friend.openid !== 'string' || seen.has(friend.openid)) continue;
    seen.add(friend.openid);
    const isSelf = friend.openid === selfOpenid;
    selfSeen = selfSeen || isSelf;
    const score = isSelf && selfScore !== undefined ? selfScore : parseScore(getOwn(friend.values ?? NO_VALUES, key), parse);
    if (score === undefined) unranked.push(friend);
    else entries.push({ friend, score, isSelf });
  }
  if (!selfSeen && selfOpenid !== undefined && selfScore !== undefined) {
    entries.push({ friend: makeSelf(options, selfOpenid, selfScore), score: selfScore, isSelf: true });
  }
  const sign = order === 'desc' ? -1 : 1;
  entries.sort(
    (a, b) =>
      (a.score === b.score ? 0 : a.score < b.score ? -sign : sign) ||
      compareText(a.friend.nickname, b.friend.nickname) ||
      compareText(a.friend.openid, b.friend.openid),
  );
  const ranked: RankedFriend[] = [];
  let selfIndex = -1;
  let rank = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (i === 0 || entry.score !== entries[i - 1]!.score) rank = i + 1;
    if (entry.isSelf) selfIndex = i;
    const f = entry.friend;
    // The Friend fields named one by one: a literal of one shape is much cheaper than a spread, 10,000 times.
    ranked.push(Object.freeze({ openid: f.openid, nickname: f.nickname, hasName: f.hasName, avatarUrl: f.avatarUrl, values: f.values, rank, score: entry.score, isSelf: entry.isSelf }));
  }
  return Object.freeze({
    ranked: Object.freeze(ranked),
    unranked: Object.freeze(unranked),
    selfIndex,
    order,
  });
}
