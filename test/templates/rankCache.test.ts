import { describe, expect, it } from 'vitest';
import { normalizeFriendList } from '../../src/index.js';
import type { FriendDataSnapshot } from '../../src/index.js';
import { RankCache } from '../../templates/shared/RankCache.js';

function snapshot(count: number, selfOpenid?: string): FriendDataSnapshot {
  const raw = Array.from({ length: count }, (_, i) => ({ openid: `o${i}`, nickname: `n${i}`, KVDataList: [{ key: 'score', value: String((i * 37) % 101) }, { key: 'level', value: String(i % 7) }] }));
  return { status: 'ready', friends: normalizeFriendList(raw).friends, error: undefined, selfOpenid, selfScores: {}, refreshing: false, version: 1 };
}

describe('LB15 rankings shared between panels', () => {
  it('LB15 a panel opened again on the same friends reuses their ranking: two caches (two panel instances) get the same ranking object; another key, order or player ranks anew', () => {
    const data = snapshot(50, 'o3');
    const first = new RankCache().rank(data, 'score', 'desc');
    const again = new RankCache().rank(data, 'score', 'desc');
    expect(again).toBe(first);
    expect(first.ranked.length).toBe(50);
    const byLevel = new RankCache().rank(data, 'level', 'desc');
    expect(byLevel).not.toBe(first);
    expect(new RankCache().rank(data, 'score', 'asc')).not.toBe(first);
    expect(new RankCache().rank({ ...data, selfOpenid: 'o4' }, 'score', 'desc')).not.toBe(first);
    // A tab switched back (its key seen before) ranks nothing either.
    expect(new RankCache().rank(data, 'level', 'desc')).toBe(byLevel);
    // New friend data (a new array) is ranked anew, with the same result for the same contents.
    const fresh = snapshot(50, 'o3');
    const refetched = new RankCache().rank(fresh, 'score', 'desc');
    expect(refetched).not.toBe(first);
    expect(refetched.ranked.map((f) => f.openid)).toEqual(first.ranked.map((f) => f.openid));
  });

  it('LB15 at most four orderings are kept per friends array: a fifth pushes out the oldest', () => {
    const data = snapshot(10);
    const cache = (): RankCache => new RankCache();
    const a = cache().rank(data, 'score', 'desc');
    for (const order of ['asc'] as const) cache().rank(data, 'score', order);
    cache().rank(data, 'level', 'desc');
    cache().rank(data, 'level', 'asc');
    expect(cache().rank(data, 'score', 'desc')).toBe(a);
    cache().rank(data, 'x', 'desc');
    cache().rank(data, 'y', 'desc');
    cache().rank(data, 'z', 'desc');
    cache().rank(data, 'w', 'desc');
    expect(cache().rank(data, 'score', 'desc')).not.toBe(a);
  });
});
