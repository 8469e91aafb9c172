import { describe, expect, it } from 'vitest';
import { nextToSurpass, normalizeFriendList, rankFriends } from '../../src/data/index.js';

function ranking(scores: Record<string, string>, order: 'asc' | 'desc' = 'desc', selfOpenid = 'me') {
  const { friends } = normalizeFriendList(Object.entries(scores).map(([openid, value]) => ({ openid, KVDataList: [{ key: 's', value }] })));
  return rankFriends(friends, { scoreKey: 's', order, selfOpenid });
}

describe('nextToSurpass', () => {
  it('RANK9 desc: the nearest strictly better friend and the points to pass them', () => {
    const next = nextToSurpass(ranking({ a: '100', b: '60', me: '50', c: '10' }));
    expect(next?.friend.openid).toBe('b');
    expect(next).toMatchObject({ targetScore: 61, delta: 11 });
  });

  it('RANK9 friends tied with the player are skipped; a player tied for first has no one to pass', () => {
    expect(nextToSurpass(ranking({ a: '100', b: '50', me: '50' }))?.friend.openid).toBe('a');
    expect(nextToSurpass(ranking({ a: '50', me: '50' }))).toBeUndefined();
    expect(nextToSurpass(ranking({ me: '90', a: '50' }))).toBeUndefined();
  });

  it('RANK9 asc: the target is below the friend ahead, by one step', () => {
    const next = nextToSurpass(ranking({ a: '58000', me: '61000', b: '70000' }, 'asc'));
    expect(next?.friend.openid).toBe('a');
    expect(next).toMatchObject({ targetScore: 57999, delta: 3001 });
  });

  it('RANK9 non-integer scores use the step and hide floating-point noise', () => {
    const r = ranking({ a: '10.3', me: '10.1' });
    expect(nextToSurpass(r, undefined, { step: 0.1 })).toMatchObject({ targetScore: 10.4, delta: 0.3 });
    expect(nextToSurpass(r)).toMatchObject({ targetScore: 11.3, delta: 1.2 });
    expect(nextToSurpass(r, undefined, { step: -1 })).toMatchObject({ targetScore: 11.3 });
  });

  it('RANK9 an absent or unranked player has no target; selfOpenid may be passed explicitly', () => {
    const r = ranking({ a: '10', b: '5', me: 'x' });
    expect(nextToSurpass(r)).toBeUndefined();
    expect(nextToSurpass(r, 'nobody')).toBeUndefined();
    expect(nextToSurpass(r, 'b')?.friend.openid).toBe('a');
  });
});
