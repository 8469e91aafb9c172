import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySelfScore, rankFriends, viewWithSelfScore } from '../../src/data/index.js';
import type { Friend, Ranking, RankingView } from '../../src/data/index.js';

function friend(openid: string, nickname: string, score: string | undefined): Friend {
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  if (score !== undefined) values.score = score;
  return Object.freeze({ openid, nickname, hasName: true, avatarUrl: undefined, values: Object.freeze(values) });
}

/** Every entry of a view, as arrays (what rankFriends returns). */
function materialize(v: RankingView): Omit<Ranking, 'order'> & { order: string } {
  return {
    ranked: Array.from({ length: v.rankedCount }, (_, i) => v.rankedAt(i)!),
    unranked: Array.from({ length: v.unrankedCount }, (_, i) => v.unrankedAt(i)!),
    selfIndex: v.selfIndex,
    order: v.order,
  };
}

const scoreText = fc.oneof(fc.integer({ min: -5, max: 5 }).map(String), fc.constantFrom('abc', '', '2.5'), fc.constant(undefined));
const friendsArb = fc
  .array(fc.tuple(fc.constantFrom('Ann', 'Bo', 'Cy', 'Di'), scoreText), { maxLength: 25 })
  .map((rows) => rows.map(([name, s], i) => friend(`id${i}`, name, s)));

describe('viewWithSelfScore', () => {
  it('RANK12 a view with a fresh score equals a full re-rank entry by entry, from the fetched ranking or from an earlier fresh one', () => {
    fc.assert(
      fc.property(
        friendsArb,
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.oneof(fc.integer({ min: -6, max: 6 }), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<'desc' | 'asc'>('desc', 'asc'),
        (friends, selfPick, scores, order) => {
          const selfOpenid = `id${selfPick}`;
          const opts = { scoreKey: 'score', order, selfOpenid, selfNickname: 'Me' };
          const base = rankFriends(friends, opts);
          // As RankCache does: a player listed without a valid score is placed once with applySelfScore
          // (a player missing from the list is not: the entry made for it records its score).
          const listed = friends.some((f) => f.openid === selfOpenid);
          const viewBase = base.selfIndex >= 0 || !listed ? base : applySelfScore(base, { ...opts, selfScore: scores[0]! });
          for (const selfScore of scores) {
            const view = viewWithSelfScore(viewBase, { ...opts, selfScore });
            expect(materialize(view)).toEqual(rankFriends(friends, { ...opts, selfScore }));
            expect(view.rankedAt(-1)).toBeUndefined();
            expect(view.rankedAt(view.rankedCount)).toBeUndefined();
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('RANK13 moving the player across 10,000 friends reads entries in O(1) and allocates only for entries whose rank changed', () => {
    const friends = Array.from({ length: 10_000 }, (_, i) => friend(`id${i}`, `P${i}`, String(i)));
    const opts = { scoreKey: 'score', selfOpenid: 'id10' };
    const base = rankFriends(friends, opts);
    const snapshot = JSON.stringify(base);
    // id10 jumps from 9,990th place to first: every entry in between moves down one place and one rank.
    const view = viewWithSelfScore(base, { ...opts, selfScore: 20_000 });
    expect(view.selfIndex).toBe(0);
    expect(view.rankedAt(0)).toMatchObject({ openid: 'id10', rank: 1, score: 20_000, isSelf: true });
    expect(view.rankedAt(1)).toMatchObject({ openid: 'id9999', rank: 2 });
    // Below the old place nothing changed: the very same entry objects.
    expect(view.rankedAt(9_999)).toBe(base.ranked[9_999]);
    expect(JSON.stringify(base)).toBe(snapshot);
    // Without a fresh score (or with the stored one) the view reads the ranking as it is.
    expect(viewWithSelfScore(base, { ...opts, selfScore: 10 }).rankedAt(5)).toBe(base.ranked[5]);
    expect(viewWithSelfScore(base, { scoreKey: 'score' }).rankedAt(5)).toBe(base.ranked[5]);
  });
});
