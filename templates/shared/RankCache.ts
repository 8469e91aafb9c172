import { applySelfScore, parseScore, rankFriends } from '../../src/index.js';
import type { Friend, FriendDataSnapshot, RankOrder, Ranking } from '../../src/index.js';

/**
 * Ranks a snapshot, remembering the ranking of the fetched friends: a fresh `score` message (only
 * `selfScores` changed) re-places the player in O(n) with `applySelfScore` instead of re-sorting and
 * re-parsing every friend's score (an O(n) copy remains: about 2 ms at 10,000 friends).
 */
export class RankCache {
  private _key: { friends: readonly Friend[]; scoreKey: string; order: RankOrder; selfOpenid: string | undefined } | undefined;
  private _base: Ranking | undefined;

  /** The ranking of `data` by `scoreKey`, with the player's fresh score applied. */
  public rank(data: FriendDataSnapshot, scoreKey: string, order: RankOrder): Ranking {
    const k = this._key;
    if (
      this._base === undefined ||
      k === undefined ||
      k.friends !== data.friends ||
      k.scoreKey !== scoreKey ||
      k.order !== order ||
      k.selfOpenid !== data.selfOpenid
    ) {
      this._key = { friends: data.friends, scoreKey, order, selfOpenid: data.selfOpenid };
      this._base = rankFriends(data.friends, {
        scoreKey,
        order,
        ...(data.selfOpenid !== undefined ? { selfOpenid: data.selfOpenid } : {}),
      });
    }
    const fresh = Object.prototype.hasOwnProperty.call(data.selfScores, scoreKey) ? data.selfScores[scoreKey] : undefined;
    const selfScore = parseScore(fresh, { key: scoreKey });
    if (selfScore === undefined || data.selfOpenid === undefined) return this._base;
    return applySelfScore(this._base, { scoreKey, order, selfOpenid: data.selfOpenid, selfScore });
  }
}
