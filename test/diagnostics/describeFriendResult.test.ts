/**
 * DIAG: the friend result's shape, kept without any value (never a name, openid, avatar URL or score).
 */
import { describe, expect, it } from 'vitest';
import { describeFriendResult, FRIEND_SHAPE_SAMPLE } from '../../src/diagnostics/index.js';
import { generateFriends } from '../../src/testing/index.js';

/** Friend records whose every value carries a marker, so a leak is visible anywhere. */
function marked(n: number): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => ({
    openid: `MARK-openid-${i}`,
    nickname: `MARK-name-${i}`,
    avatarUrl: `https://MARK.example/${i}.png`,
    KVDataList: [{ key: 'score', value: `9${i}MARK` }],
  }));
}

describe('DIAG friend result shape', () => {
  it('DIAG8 each known result shape is described: where the list is, its length, the keys of the records and of their value entries', () => {
    const friends = marked(3);
    expect(describeFriendResult({ data: friends, errMsg: 'getFriendCloudStorage:ok' })).toEqual({
      resultType: 'object',
      topKeys: ['data', 'errMsg'],
      topKeysHidden: 0,
      listPath: ['data'],
      count: 3,
      sampled: 3,
      friendKeys: [
        { key: 'openid', count: 3 },
        { key: 'nickname', count: 3 },
        { key: 'avatarUrl', count: 3 },
        { key: 'KVDataList', count: 3 },
      ],
      friendKeysHidden: 0,
      valueKeys: [
        { key: 'key', count: 3 },
        { key: 'value', count: 3 },
      ],
      valueTypes: ['string'],
      unreadable: false,
    });
    expect(describeFriendResult({ users: friends }).listPath).toEqual(['users']);
    expect(describeFriendResult({ KVDataList: friends }).listPath).toEqual(['KVDataList']);
    expect(describeFriendResult({ data: { data: friends } }).listPath).toEqual(['data', 'data']);
    const bare = describeFriendResult(friends);
    expect([bare.resultType, bare.listPath, bare.count, bare.topKeys]).toEqual(['array', [], 3, []]);
    const none = describeFriendResult({ result: 'x' });
    expect([none.listPath, none.count, none.topKeys]).toEqual([undefined, 0, ['result']]);
    expect(describeFriendResult(undefined).resultType).toBe('undefined');
    expect(describeFriendResult(null).resultType).toBe('null');
  });

  it('DIAG8 key counts show which records lack a field (friends who did not authorise have no name)', () => {
    const friends = generateFriends(40, { seed: 2, missingNameRatio: 0.25 });
    const shape = describeFriendResult({ data: friends });
    const count = (k: string): number | undefined => shape.friendKeys.find((e) => e.key === k)?.count;
    expect(count('openid')).toBe(40);
    expect(count('nickname')).toBe(friends.filter((f) => f.nickname !== undefined).length);
    expect(count('nickname')).toBeLessThanOrEqual(30);
  });

  it('DIAG9 no value ever reaches the shape, and a result keyed by ids or names names no key', () => {
    const friends = marked(5);
    const byId = Object.fromEntries(friends.map((f) => [f.openid as string, f]));
    const byShortId = { abc123: { openid: 'abc123', nickname: 'MARK' }, Ana: { openid: 'x', nickname: 'Ana' } };
    for (const raw of [{ data: friends }, friends, byId, byShortId, { data: friends, 'MARK key': 1, MARKidentifier: { openid: 'MARKidentifier' } }]) {
      const text = JSON.stringify(describeFriendResult(raw));
      expect(text).not.toMatch(/MARK|abc123|Ana/);
    }
    const shape = describeFriendResult(byShortId);
    expect(shape.topKeys).toEqual([]);
    expect(shape.topKeysHidden).toBe(2);
    // Not plain identifiers, or too long: counted, not named.
    const odd = describeFriendResult({ data: [{ openid: 'a', 'x-y': 1, ['k'.repeat(40)]: 1, nickname: 'n' }] });
    expect(odd.friendKeys.map((k) => k.key)).toEqual(['openid', 'nickname']);
    expect(odd.friendKeysHidden).toBe(2);
  });

  it('DIAG9 work is bounded: the first records only, however long (or sparse) the list, and at most 24 key names per level', () => {
    let reads = 0;
    const list = new Proxy([] as unknown[], {
      get(target, key) {
        if (key === 'length') return 1e8;
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads++;
          return { openid: `o${key}` };
        }
        return Reflect.get(target, key);
      },
      has: (_t, key) => typeof key === 'string' && /^\d+$/.test(key),
      getOwnPropertyDescriptor: (_t, key) =>
        typeof key === 'string' && /^\d+$/.test(key) ? { value: { openid: `o${key}` }, configurable: true, enumerable: true, writable: true } : undefined,
    });
    const shape = describeFriendResult({ data: list });
    expect(shape.count).toBe(1e8);
    expect(shape.sampled).toBe(FRIEND_SHAPE_SAMPLE);
    expect(reads).toBeLessThanOrEqual(FRIEND_SHAPE_SAMPLE * 2);
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, i]));
    const w = describeFriendResult({ data: [wide] });
    expect(w.friendKeys.length).toBe(24);
    expect(w.friendKeysHidden).toBe(16);
  });

  it('DIAG9 throwing getters and revoked proxies make the shape partial, never an exception', () => {
    const record = { openid: 'a' };
    Object.defineProperty(record, 'nickname', { get: () => { throw new Error('x'); }, enumerable: true });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const shape = describeFriendResult({ data: [record, proxy] });
    expect(shape.unreadable).toBe(true);
    expect(shape.count).toBe(2);
    const top = Proxy.revocable({}, {});
    top.revoke();
    expect(() => describeFriendResult(top.proxy)).not.toThrow();
    expect(describeFriendResult(top.proxy).unreadable).toBe(true);
  });
});
