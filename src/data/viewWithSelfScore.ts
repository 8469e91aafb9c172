import { applySelfScore } from './applySelfScore.js';
import type { Friend } from './Friend.js';
import { compareText } from './rankFriends.js';
import type { RankFriendsOptions } from './rankFriends.js';
import type { RankedFriend, Ranking, RankOrder } from './Ranking.js';

/**
 * A ranking read entry by entry: what `rankFriends` would return, without the arrays. Reading an entry
 * costs O(1), so a panel that shows a few rows never pays for the whole list.
 */
export interface RankingView {
  /** Friends with a valid score (the player included when ranked). */
  readonly rankedCount: number;
  /** Ranked entry `i`, best first, with its competition rank; undefined out of range. */
  rankedAt(i: number): RankedFriend | undefined;
  /** Friends without a valid score. */
  readonly unrankedCount: number;
  /** Unranked friend `i`, in input order; undefined out of range. */
  unrankedAt(i: number): Friend | undefined;
  /** Index of the player among the ranked entries, or -1. */
  readonly selfIndex: number;
  readonly order: RankOrder;
}

/** True when score `a` ranks strictly ahead of `b`. */
function better(a: number, b: number, order: RankOrder): boolean {
  return order === 'desc' ? a > b : a < b;
}

/** A view of a ranking as it is. */
function plainView(r: Ranking): RankingView {
  return Object.freeze({
    rankedCount: r.ranked.length,
    rankedAt: (i: number) => r.ranked[i],
    unrankedCount: r.unranked.length,
    unrankedAt: (i: number) => r.unranked[i],
    selfIndex: r.selfIndex,
    order: r.order,
  });
}

/**
 * The ranking `base` with the player re-placed at a fresh score, in O(log n) and without copying:
 * entries are mapped to `base` by index arithmetic (the player taken out of its old place and put at
 * its new one, found by binary search in the order of `rankFriends`: score, then nickname, then
 * openid), and each entry's rank is its rank in `base`, minus one if the player's old score was
 * strictly better than its score, plus one if the new one is. Reading an entry allocates only when
 * its rank changed. Equal, entry by entry, to `rankFriends(friends, {...options, selfScore})` when
 * `base` is `rankFriends(friends, options)` (or a ranking `applySelfScore` made from it).
 *
 * `base` should have the player ranked (its stored score, or one from `applySelfScore`); otherwise
 * this falls back to `applySelfScore`, an O(n) copy: keep that result as the next call's `base`.
 *
 * @example
 * const base = rankFriends(friends, { scoreKey: 'best', selfOpenid });
 * const view = viewWithSelfScore(base, { scoreKey: 'best', selfOpenid, selfScore: 1234 });
 * const top = view.rankedAt(0);
 */
export function viewWithSelfScore(base: Ranking, options: RankFriendsOptions): RankingView {
  const selfOpenid = typeof options.selfOpenid === 'string' && options.selfOpenid !== '' ? options.selfOpenid : undefined;
  const raw = options.selfScore;
  if (selfOpenid === undefined || typeof raw !== 'number' || !Number.isFinite(raw)) return plainView(base);
  const from = base.selfIndex;
  const old = base.ranked[from];
  if (old === undefined || old.openid !== selfOpenid) return plainView(applySelfScore(base, options));
  const score = raw + 0;
  if (old.score === score) return plainView(base);
  const order = base.order;
  const ranked = base.ranked;
  const othersCount = ranked.length - 1;
  const other = (j: number): RankedFriend => ranked[j < from ? j : j + 1]!;
  // Where the player goes among the others: same order as rankFriends.
  const sign = order === 'desc' ? -1 : 1;
  let lo = 0;
  let hi = othersCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = other(mid);
    const byScore = e.score === score ? 0 : e.score < score ? -sign : sign;
    if ((byScore || compareText(e.nickname, old.nickname) || compareText(e.openid, old.openid)) < 0) lo = mid + 1;
    else hi = mid;
  }
  const to = lo;
  // Its rank: 1 + the others strictly ahead of the new score (a prefix of them).
  lo = 0;
  hi = othersCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (better(other(mid).score, score, order)) lo = mid + 1;
    else hi = mid;
  }
  const { rank: _r, score: _s, isSelf: _i, ...plain } = old;
  const self: RankedFriend = Object.freeze({ ...(plain as Friend), rank: lo + 1, score, isSelf: true });
  const oldScore = old.score;
  return Object.freeze({
    rankedCount: ranked.length,
    rankedAt: (i: number): RankedFriend | undefined => {
      if (!(i >= 0 && i < ranked.length)) return undefined;
      if (i === to) return self;
      const e = other(i < to ? i : i - 1);
      const rank = e.rank - (better(oldScore, e.score, order) ? 1 : 0) + (better(score, e.score, order) ? 1 : 0);
      return rank === e.rank ? e : Object.freeze({ ...e, rank });
    },
    unrankedCount: base.unranked.length,
    unrankedAt: (i: number) => base.unranked[i],
    selfIndex: to,
    order,
  });
}
