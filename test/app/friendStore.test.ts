/**
 * FriendStore's warnings about the friend data it adjusted (they never contain friend data).
 */
import { describe, expect, it } from 'vitest';
import { FriendStore } from '../../src/app/FriendStore.js';
import type { OpenDataHost } from '../../src/host/index.js';

const friend = (id: number) => ({ openid: `o${id}`, nickname: `n${id}`, avatarUrl: 'https://a.example/x.png', KVDataList: [{ key: 'score', value: String(id) }] });

function storeAnswering(results: unknown[]): { store: FriendStore; warnings: string[] } {
  let call = 0;
  const host = { getFriendCloudStorage: () => Promise.resolve(results[Math.min(call++, results.length - 1)]) } as unknown as OpenDataHost;
  const warnings: string[] = [];
  const store = new FriendStore(host, () => undefined, (m) => void warnings.push(m), () => 'Player');
  return { store, warnings };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('FriendStore warnings', () => {
  it('APP32 one warning per distinct result: its first note whole (with its own count) and how many more; the same notes again warn nothing', async () => {
    const result = { data: [1, 2, 3, 4, 5, friend(1), friend(1), friend(2)] };
    const { store, warnings } = storeAnswering([result, result, { data: [friend(1)] }, {}]);
    store.require(['score']);
    await settle();
    expect(warnings).toEqual(['friendcanvas: friend data: friend list: 5 records dropped: not a readable object (and 1 more note(s))']);
    store.fetch();
    await settle();
    expect(warnings).toHaveLength(1);
    store.fetch();
    await settle();
    store.fetch();
    await settle();
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^friendcanvas: friend data: friend list: no list found/);
    expect(warnings.join('\n')).not.toMatch(/record\(s\) adjusted/);
    expect(warnings.join('\n')).not.toMatch(/o1|n1/);
  });
});
