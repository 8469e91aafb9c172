import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySelfScore, rankFriends } from '../../src/data/index.js';
import type { Friend } from '../../src/data/index.js';

function friend(openid: string, nickname: string, score: string | undefined): Friend {
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  if (score !== undefined) values.score = score;
  return Object.freeze({ openid, nickname, hasName: true, avatarUrl: undefined, values: Object.freeze(values) });
}

const scoreText = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom('abc', '', '2.5', '1e1'),
  fc.constant(undefined),
);
const friendsArb = fc
  .array(fc.tuple(fc.constantFrom('Ann', 'Bo', 'Cy', 'Di'), scoreText), { maxLength: 25 })
  .map((rows) => rows.map(([name, s], i) => friend(`id${i}`, name, s)));

describe('applySelfScore', () => {
  it('RANK10 equals a full re-rank with the fresh score, for the player ranked, unranked or absent', () => {
    fc.assert(
      fc.property(
        friendsArb,
        fc.integer({ min: 0, max: 30 }),
        fc.oneof(fc.integer({ min: -6, max: 6 }), fc.double({ min: -10, max: 10, noNaN: true })),
        fc.constantFrom<'desc' | 'asc'>('desc', 'asc'),
        (friends, selfPick, selfScore, order) => {
          // selfPick beyond the list: the player is absent and gets inserted (RANK6).
          const selfOpenid = `id${selfPick}`;
          const opts = { scoreKey: 'score', order, selfOpenid, selfNickname: 'Me' };
          const base = rankFriends(friends, opts);
          const fast = applySelfScore(base, { ...opts, selfScore });
          const full = rankFriends(friends, { ...opts, selfScore });
          expect(fast).toEqual(full);
          // Applying again on top of the result is still exact (scores stream in).
          const again = applySelfScore(base, { ...opts, selfScore: selfScore + 1 });
          expect(again).toEqual(rankFriends(friends, { ...opts, selfScore: selfScore + 1 }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('RANK11 reuses every entry whose rank did not change and leaves the base untouched', () => {
    const friends = Array.from({ length: 1000 }, (_, i) => friend(`id${i}`, `P${i}`, String(i)));
    const opts = { scoreKey: 'score', selfOpenid: 'id10' };
    const base = rankFriends(friends, opts);
    const snapshot = JSON.stringify(base);
    const next = applySelfScore(base, { ...opts, selfScore: 11.5 });
    // id10 (10 → 11.5) passes id11: only those two entries get new ranks, so only they are new objects.
    const changed = next.ranked.filter((e, i) => e !== base.ranked[i]);
    expect(changed.length).toBe(2);
    expect(JSON.stringify(base)).toBe(snapshot);
    expect(applySelfScore(base, { ...opts, selfScore: Number.NaN })).toBe(base);
    expect(applySelfScore(base, { scoreKey: 'score', selfScore: 3 })).toBe(base);
  });
});
