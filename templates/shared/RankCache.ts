import { applySelfScore, parseScore, rankFriends, viewWithSelfScore } from '../../src/index.js';
import type { Friend, FriendDataSnapshot, RankOrder, Ranking, RankingView } from '../../src/index.js';

/** A ranking of one friends array, shared by every cache (every panel) that ranks it the same way. */
interface SharedBase {
  readonly scoreKey: string;
  readonly order: RankOrder;
  readonly selfOpenid: string | undefined;
  readonly ranking: Ranking;
}

/** Rankings kept per friends array, the last few orderings each: they go when the array does. */
const sharedBases = new WeakMap<readonly Friend[], SharedBase[]>();
const SHARED_BASES_PER_LIST = 4;

/**
 * The ranking of `friends`, computed once per friends array and ordering, whichever panel asks: a
 * panel opened again on cached data (or another tab's key seen before) ranks nothing. Rankings are
 * frozen, so sharing them is safe.
 */
function sharedBase(friends: readonly Friend[], scoreKey: string, order: RankOrder, selfOpenid: string | undefined): Ranking {
  let list = sharedBases.get(friends);
  if (list === undefined) {
    list = [];
    sharedBases.set(friends, list);
  }
  const hit = list.find((b) => b.scoreKey === scoreKey && b.order === order && b.selfOpenid === selfOpenid);
  if (hit !== undefined) return hit.ranking;
  const ranking = rankFriends(friends, { scoreKey, order, ...(selfOpenid !== undefined ? { selfOpenid } : {}) });
  list.unshift({ scoreKey, order, selfOpenid, ranking });
  if (list.length > SHARED_BASES_PER_LIST) list.length = SHARED_BASES_PER_LIST;
  return ranking;
}

/**
 * Ranks a snapshot, remembering the ranking of the fetched friends: a fresh `score` message (only
 * `selfScores` changed) re-places the player instead of re-sorting and re-parsing every friend's score,
 * in O(log n) as a view (`view`, what a list binds from) or in O(n) as arrays (`rank`, for the banner's
 * `nextToSurpass`). The same snapshot contents give the same object back, so callers can skip
 * rebinding by identity.
 */
export class RankCache {
  /** The last fresh-score ranking, reused while neither the base nor the score changed. */
  private _fresh: { base: Ranking; selfOpenid: string; selfScore: number; ranking: Ranking } | undefined;

  /** The base a view re-places the player in: the fetched ranking, or (player unranked there) one fresh ranking made from it. */
  private _viewBase: { base: Ranking; selfOpenid: string; ranking: Ranking } | undefined;
  /** The last view, reused while its inputs are the same. */
  private _view: { base: Ranking; selfOpenid: string | undefined; selfScore: number | undefined; view: RankingView } | undefined;

  /**
   * The ranking of `data` read entry by entry (a list binds only the rows it shows): a fresh `score`
   * re-places the player in O(log n) with `viewWithSelfScore`, no copy and no renumbering, whatever
   * the friend count. The same inputs give the same view object back.
   */
  public view(data: FriendDataSnapshot, scoreKey: string, order: RankOrder): RankingView {
    const base = this._baseFor(data, scoreKey, order);
    const selfOpenid = data.selfOpenid;
    const selfScore = freshScore(data, scoreKey);
    const v = this._view;
    if (v !== undefined && v.base === base && v.selfOpenid === selfOpenid && Object.is(v.selfScore, selfScore)) return v.view;
    let view: RankingView;
    if (selfScore === undefined || selfOpenid === undefined) {
      view = viewWithSelfScore(base, { scoreKey, order });
    } else {
      // A player listed without a valid score is placed once with a copy; later scores move it in that
      // copy. (One missing from the list keeps the O(n) path: the entry made for it records its score.)
      let vb = this._viewBase;
      if (vb === undefined || vb.base !== base || vb.selfOpenid !== selfOpenid) {
        const ranked = base.selfIndex >= 0 && base.ranked[base.selfIndex]!.openid === selfOpenid;
        const listed = ranked || base.unranked.some((f) => f.openid === selfOpenid);
        vb = { base, selfOpenid, ranking: ranked || !listed ? base : applySelfScore(base, { scoreKey, order, selfOpenid, selfScore }) };
        this._viewBase = vb;
      }
      view = viewWithSelfScore(vb.ranking, { scoreKey, order, selfOpenid, selfScore });
    }
    this._view = { base, selfOpenid, selfScore, view };
    return view;
  }

  /** The ranking of `data` by `scoreKey`, with the player's fresh score applied. */
  public rank(data: FriendDataSnapshot, scoreKey: string, order: RankOrder): Ranking {
    const base = this._baseFor(data, scoreKey, order);
    const selfScore = freshScore(data, scoreKey);
    if (selfScore === undefined || data.selfOpenid === undefined) return base;
    const f = this._fresh;
    if (f !== undefined && f.base === base && f.selfOpenid === data.selfOpenid && Object.is(f.selfScore, selfScore)) return f.ranking;
    const ranking = applySelfScore(base, { scoreKey, order, selfOpenid: data.selfOpenid, selfScore });
    this._fresh = { base, selfOpenid: data.selfOpenid, selfScore, ranking };
    return ranking;
  }

  /** The ranking of the fetched friends (no fresh score), computed once per friends array and ordering. */
  private _baseFor(data: FriendDataSnapshot, scoreKey: string, order: RankOrder): Ranking {
    return sharedBase(data.friends, scoreKey, order, data.selfOpenid);
  }
}

/** The player's fresh score for `scoreKey` (sent with a `score` message), if it parses. */
export function freshScore(data: FriendDataSnapshot, scoreKey: string): number | undefined {
  const fresh = Object.prototype.hasOwnProperty.call(data.selfScores, scoreKey) ? data.selfScores[scoreKey] : undefined;
  return parseScore(fresh, { key: scoreKey });
}
