import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_NAME, normalizeFriendList, parseScore, rankFriends, type Friend } from '../../src/data/index.js';

function friend(openid: string, score: string | undefined, nickname = openid): Friend {
  const raw = { openid, nickname, KVDataList: score === undefined ? [] : [{ key: 'score', value: score }] };
  return normalizeFriendList([raw]).friends[0]!;
}

/** Scores drawn from a small pool so ties are common; some invalid. */
const scoreArb = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom('1.5', ' 2 ', '1e1', '"3"', '{"score":4}'),
  fc.constantFrom(undefined, '', 'abc', 'NaN', 'Infinity'),
);
const friendsArb = fc
  .uniqueArray(
    fc.record({ openid: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''), name: fc.constantFrom('a', 'b', 'c', ''), score: scoreArb }),
    { selector: (r) => r.openid, maxLength: 40 },
  )
  .map((rs) => rs.map((r) => friend(r.openid, r.score, r.name)));
const orderArb = fc.constantFrom<'asc' | 'desc'>('asc', 'desc');

describe('rankFriends', () => {
  it('RANK1 sorts by order, best first (property)', () => {
    fc.assert(
      fc.property(friendsArb, orderArb, (friends, order) => {
        const { ranked } = rankFriends(friends, { scoreKey: 'score', order });
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!.score, ranked[i]!.score];
          expect(order === 'desc' ? a >= b : a <= b).toBe(true);
        }
      }),
    );
  });

  it('RANK2 rank is 1 + the number of strictly better scores; equal scores ⇔ equal ranks (property)', () => {
    fc.assert(
      fc.property(friendsArb, orderArb, (friends, order) => {
        const { ranked } = rankFriends(friends, { scoreKey: 'score', order });
        for (const r of ranked) {
          const better = ranked.filter((o) => (order === 'desc' ? o.score > r.score : o.score < r.score)).length;
          expect(r.rank).toBe(better + 1);
        }
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank);
          expect(ranked[i]!.score === ranked[i - 1]!.score).toBe(ranked[i]!.rank === ranked[i - 1]!.rank);
        }
      }),
    );
  });

  it('RANK2 competition ranking example: 1, 2, 2, 4', () => {
    const { ranked } = rankFriends([friend('a', '10'), friend('b', '8'), friend('c', '8'), friend('d', '5')], { scoreKey: 'score' });
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    const asc = rankFriends([friend('a', '10'), friend('b', '8'), friend('c', '8'), friend('d', '5')], { scoreKey: 'score', order: 'asc' });
    expect(asc.ranked.map((r) => [r.openid, r.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['c', 2],
      ['a', 4],
    ]);
  });

  it('RANK3 friends without a valid score are unranked, in input order; output is a permutation (property)', () => {
    fc.assert(
      fc.property(friendsArb, orderArb, (friends, order) => {
        const { ranked, unranked } = rankFriends(friends, { scoreKey: 'score', order });
        const valid = friends.filter((f) => parseScore(f.values.score, { key: 'score' }) !== undefined);
        expect(ranked.map((r) => r.openid).sort()).toEqual(valid.map((f) => f.openid).sort());
        expect(unranked).toEqual(friends.filter((f) => !valid.includes(f)));
        for (const r of ranked) expect(Number.isFinite(r.score)).toBe(true);
      }),
    );
  });

  it('RANK3 "0" is a score but "" and "abc" are not', () => {
    const { ranked, unranked } = rankFriends([friend('a', '0'), friend('b', ''), friend('c', 'abc'), friend('d', undefined)], {
      scoreKey: 'score',
    });
    expect(ranked.map((r) => r.openid)).toEqual(['a']);
    expect(unranked.map((f) => f.openid)).toEqual(['b', 'c', 'd']);
  });

  it('RANK4 ties are ordered by nickname then openid, so input order does not matter (property)', () => {
    fc.assert(
      fc.property(friendsArb, orderArb, fc.integer(), (friends, order, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(friends, { minLength: friends.length }), { seed, numRuns: 1 })[0]!;
        const a = rankFriends(friends, { scoreKey: 'score', order }).ranked;
        const b = rankFriends(shuffled, { scoreKey: 'score', order }).ranked;
        expect(b.map((r) => r.openid)).toEqual(a.map((r) => r.openid));
      }),
    );
    const { ranked } = rankFriends([friend('z', '5', 'Bo'), friend('y', '5', 'Al'), friend('x', '5', 'Bo')], { scoreKey: 'score' });
    expect(ranked.map((r) => r.openid)).toEqual(['y', 'x', 'z']);
  });

  it('RANK5 the self entry is flagged and selfScore replaces its stored score', () => {
    const friends = [friend('a', '10'), friend('me', '3'), friend('b', '5')];
    const plain = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me' });
    expect(plain.selfIndex).toBe(2);
    expect(plain.ranked.filter((r) => r.isSelf).map((r) => r.openid)).toEqual(['me']);
    const fresh = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: 12 });
    expect(fresh.ranked.map((r) => [r.openid, r.score, r.rank])).toEqual([
      ['me', 12, 1],
      ['a', 10, 2],
      ['b', 5, 3],
    ]);
    expect(fresh.selfIndex).toBe(0);
    // A lower fresh score still replaces: the game decides what it sends.
    expect(rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: 1 }).ranked[2]!.score).toBe(1);
    // A non-finite selfScore is ignored.
    expect(rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: Number.NaN }).ranked[2]!.score).toBe(3);
  });

  it('RANK5 an unranked self becomes ranked with a selfScore; without one selfIndex is -1', () => {
    const friends = [friend('a', '10'), friend('me', undefined)];
    expect(rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me' })).toMatchObject({ selfIndex: -1, unranked: [friends[1]] });
    const r = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: 4 });
    expect(r.selfIndex).toBe(1);
    expect(r.unranked).toEqual([]);
  });

  it('RANK6 a missing self is inserted when selfOpenid and selfScore are given', () => {
    const friends = [friend('a', '10'), friend('b', '5')];
    const r = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: 7, selfNickname: ' Me ', selfAvatarUrl: 'javascript:x' });
    expect(r.ranked.map((x) => x.openid)).toEqual(['a', 'me', 'b']);
    expect(r.ranked[1]).toMatchObject({ nickname: 'Me', hasName: true, avatarUrl: undefined, isSelf: true, rank: 2, score: 7 });
    expect(r.ranked[1]!.values.score).toBe('7');
    expect(r.selfIndex).toBe(1);
    const anon = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me', selfScore: 7 });
    expect(anon.ranked[1]).toMatchObject({ nickname: DEFAULT_SELF_NAME, hasName: false });
    expect(rankFriends(friends, { scoreKey: 'score', selfOpenid: 'me' }).ranked).toHaveLength(2);
    expect(rankFriends(friends, { scoreKey: 'score', selfScore: 7 }).ranked).toHaveLength(2);
  });

  it('RANK7 duplicate openids in the input keep the first; inputs are not mutated', () => {
    const a = friend('a', '1');
    const input = [a, friend('a', '9'), friend('b', '2')];
    const copy = [...input];
    const r = rankFriends(input, { scoreKey: 'score' });
    expect(r.ranked.map((x) => [x.openid, x.score])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(r.ranked)).toBe(true);
    expect(Object.isFrozen(r.ranked[0])).toBe(true);
  });

  it('RANK8 ranks 10,000 friends correctly', () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => ({ openid: `o${i}`, KVDataList: [{ key: 'score', value: String((i * 7919) % 1000) }] }));
    const { friends } = normalizeFriendList(raw);
    const { ranked } = rankFriends(friends, { scoreKey: 'score', selfOpenid: 'o42' });
    expect(ranked).toHaveLength(10_000);
    expect(ranked[0]!.score).toBe(999);
    expect(ranked[9_999]!.score).toBe(0);
    expect(ranked[9_999]!.rank).toBe(9_991);
    expect(ranked.filter((r) => r.isSelf)).toHaveLength(1);
  });
});
