import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Text, lightTheme } from '../../src/index.js';
import type { Node } from '../../src/index.js';
import { List } from '../../src/index.js';
import { createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

/** The visible rows as [rank, name, score] read from the live row nodes, top to bottom. */
function rows(h: Harness): Array<{ rank: string; name: string; score: string; node: Node }> {
  const list = h.root().findByName('list') as List;
  h.texts(); // lay out and paint
  const out: Array<{ rank: string; name: string; score: string; node: Node; index: number }> = [];
  const { first, last } = list.builtRange;
  for (let i = first; i <= last; i++) {
    const row = list.rowAt(i);
    if (row === undefined) continue;
    const t = findAll(row, (n) => n instanceof Text) as Text[];
    // Row text order: rank, name, score (the avatar draws its own initials, not a Text node).
    out.push({ rank: t[0]!.text, name: t[1]!.text, score: t[2]!.text, node: row, index: i });
  }
  return out;
}

async function board(scores: ReadonlyArray<number | string | undefined>, options: Record<string, string> = {}, height = 480): Promise<Harness> {
  const h = await createHarness({ friends: friends(scores), height });
  h.post('show', { panel: 'leaderboard', options });
  await h.settle();
  return h;
}

describe('leaderboard ranking', () => {
  it('LB1 ranks by score, highest first by default and lowest first with order asc', async () => {
    const h = await board([10, 30, 20]);
    expect(rows(h).map((r) => r.name)).toEqual(['Friend 1', 'Friend 2', 'Friend 0']);
    h.post('show', { panel: 'leaderboard', options: { order: 'asc' } });
    await h.settle();
    expect(rows(h).map((r) => r.name)).toEqual(['Friend 0', 'Friend 2', 'Friend 1']);
  });

  it('LB2 ties share a rank (1, 1, 3)', async () => {
    const h = await board([50, 10, 50]);
    expect(rows(h).map((r) => r.rank)).toEqual(['1', '1', '3']);
  });

  it('LB3 friends without a valid score are listed after, without a rank, or hidden', async () => {
    const h = await board([5, 'abc', undefined, 9]);
    const r = rows(h);
    expect(r.map((x) => x.name)).toEqual(['Friend 3', 'Friend 0', 'Friend 1', 'Friend 2']);
    expect(r.map((x) => x.rank)).toEqual(['1', '2', '', '']);
    expect(r[2]!.score).toBe('—');
    h.post('show', { panel: 'leaderboard', options: { unranked: 'hide' } });
    await h.settle();
    expect(rows(h).map((x) => x.name)).toEqual(['Friend 3', 'Friend 0']);
  });

  it('LB4 the top three get gold, silver and bronze medals; the fourth none', async () => {
    const h = await board([40, 30, 20, 10]);
    const r = rows(h);
    const badge = (row: Node): string | undefined => row.children[0]!.children[0]!.style.backgroundColor;
    expect(r.map((x) => badge(x.node))).toEqual([lightTheme.colors.medalGold, lightTheme.colors.medalSilver, lightTheme.colors.medalBronze, undefined]);
    const fills = h.fills();
    for (const c of [lightTheme.colors.medalGold, lightTheme.colors.medalSilver, lightTheme.colors.medalBronze]) expect(fills).toContain(c);
  });

  it('LB5 scores are formatted with the format option', async () => {
    const h = await board([83456, 1234567], { format: 'time' });
    expect(rows(h).map((r) => r.score)).toEqual(['20:34.567', '1:23.456']);
    h.post('show', { panel: 'leaderboard', options: { format: 'suffix: pts' } });
    await h.settle();
    expect(rows(h).map((r) => r.score)).toEqual(['1234567 pts', '83456 pts']);
  });

  it('LB6 property: shown order is by score, ties share a rank, unranked come last without a rank', async () => {
    const h = await board([]);
    const score = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom('x', '', 'NaN', undefined));
    await fc.assert(
      fc.asyncProperty(fc.array(score, { minLength: 1, maxLength: 6 }), fc.constantFrom('asc', 'desc'), async (scores, order) => {
        h.sim.setFriends(friends(scores));
        h.post('show', { panel: 'leaderboard', options: { order } });
        h.post('refresh');
        await h.settle();
        const valid = scores.filter((s): s is number => typeof s === 'number');
        if (scores.length === 0) return;
        const r = rows(h);
        expect(r).toHaveLength(scores.length);
        const ranked = r.slice(0, valid.length);
        const shownScores = ranked.map((x) => Number(x.score));
        const sorted = [...valid].sort((a, b) => (order === 'desc' ? b - a : a - b));
        expect(shownScores).toEqual(sorted);
        ranked.forEach((x, i) => {
          const better = sorted.filter((s) => (order === 'desc' ? s > sorted[i]! : s < sorted[i]!)).length;
          expect(x.rank).toBe(String(better + 1));
        });
        for (const x of r.slice(valid.length)) expect(x.rank).toBe('');
      }),
      { numRuns: 30 },
    );
  });
});

describe('leaderboard self row', () => {
  it('LB7 the player row is highlighted and pinned at the bottom while scrolled out of view', async () => {
    const scores = Array.from({ length: 30 }, (_, i) => 1000 - i * 10);
    const h = await createHarness({ friends: [...friends(scores), { openid: 'me', nickname: 'Me Myself', KVDataList: [{ key: 'score', value: '5' }] }] });
    h.post('self', { openid: 'me' });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    const list = h.root().findByName('list') as List;
    const footer = h.root().findByName('selfFooter')!;
    expect(list.footer).toBe(footer);
    expect(list.footerVisible).toBe(true);
    expect(footer.style.backgroundColor).toBe(lightTheme.colors.selfHighlight);
    const footerTexts = (findAll(footer, (n) => n instanceof Text) as Text[]).map((t) => t.text);
    expect(footerTexts).toEqual(['31', 'Me Myself', '5']);
    expect(h.texts()).toContain('Me Myself');
    h.post('scrollTo', { target: 'self', animated: false });
    await h.settle();
    // Hidden in place (a paint-only change), not removed: pinning again while scrolling runs no layout.
    expect(list.footerVisible).toBe(false);
    const self = rows(h).find((r) => r.name === 'Me Myself')!;
    expect(self.node.style.backgroundColor).toBe(lightTheme.colors.selfHighlight);
    expect(rows(h).find((r) => r.name === 'Friend 0')?.node.style.backgroundColor ?? lightTheme.colors.surface).toBe(lightTheme.colors.surface);
    h.post('scrollTo', { target: 'top', animated: false });
    await h.settle();
    expect(list.scrollOffset).toBe(0);
    expect(list.footer).toBe(footer);
    expect(list.footerVisible).toBe(true);
  });

  it('LB8 a fresh score message reranks the player at once without a refetch', async () => {
    const h = await createHarness({ friends: friends([300, 200, 100]) });
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 150 });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    expect(rows(h).map((r) => `${r.rank}:${r.name}:${r.score}`)).toEqual(['1:Friend 0:300', '2:Friend 1:200', '3:You:150', '4:Friend 2:100']);
    const queries = h.sim.calls.friendQueries.length;
    const list = h.root().findByName('list') as List;
    const created = list.stats.rowsCreated;
    h.post('score', { key: 'score', value: 1250 });
    await h.settle();
    expect(rows(h).map((r) => `${r.rank}:${r.name}:${r.score}`)).toEqual(['1:You:1,250', '2:Friend 0:300', '3:Friend 1:200', '4:Friend 2:100']);
    expect(h.sim.calls.friendQueries.length).toBe(queries);
    expect(list.stats.rowsCreated).toBe(created);
  });

  it('LB9 refresh refetches keeping the list, its rows and the scroll position', async () => {
    const h = await board(Array.from({ length: 40 }, (_, i) => i));
    const list = h.root().findByName('list') as List;
    list.scrollTo(300);
    await h.settle();
    const queries = h.sim.calls.friendQueries.length;
    const created = list.stats.rowsCreated;
    h.sim.setLatency(100);
    h.post('refresh');
    await h.settle(30);
    expect(h.data().refreshing).toBe(true);
    expect(h.texts()).toContain('Updating…');
    await h.settle(300);
    expect(h.data().refreshing).toBe(false);
    expect(h.sim.calls.friendQueries.length).toBe(queries + 1);
    expect(h.root().findByName('list')).toBe(list);
    expect(list.scrollOffset).toBe(300);
    expect(list.stats.rowsCreated).toBe(created);
    expect(h.texts()).not.toContain('Updating…');
  });

  it('LB10 hostile nicknames render on one line with an ellipsis', async () => {
    const long = 'W'.repeat(200);
    const names = ['"Quote" \'n\' <b>', '🦊🔥 Fox 👩‍👩‍👧', 'مرحبا بالعالم', long];
    const h = await createHarness({ friends: names.map((nickname, i) => ({ openid: `n${i}`, nickname, KVDataList: [{ key: 'score', value: String(i) }] })) });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    const nameNodes = rows(h).map((r) => findAll(r.node, (n) => n instanceof Text)[1] as Text);
    for (const t of nameNodes) expect(t.lines.length).toBe(1);
    const longNode = nameNodes.find((t) => t.text === long)!;
    expect(longNode.lines[0]!.endsWith('…')).toBe(true);
    expect(longNode.lines[0]!.length).toBeLessThan(long.length);
  });
});

describe('leaderboard cost', () => {
  it('LB11 a fresh score with 3,000 friends rebinds only the rows on screen and builds no rows', async () => {
    const h = await createHarness({ friends: friends(Array.from({ length: 3000 }, (_, i) => i * 10)) });
    h.post('self', { openid: 'id5' });
    h.post('show', { panel: 'leaderboard' });
    await h.settle(600);
    const list = findAll(h.root(), (n) => n instanceof List)[0] as List;
    const before = list.stats;
    h.post('score', { key: 'score', value: 29_995 });
    await h.settle(100);
    const after = list.stats;
    expect(after.rowsCreated).toBe(before.rowsCreated);
    // Every live row is rebound once (ranks may shift); nothing proportional to the 3,000 friends.
    expect(after.rowsBound - before.rowsBound).toBeLessThanOrEqual(before.liveRows + 1);
    expect(h.sim.calls.friendQueries.length).toBe(1);
    // The player's fresh 29,995 beats the best stored score (29,990): first place at once.
    expect(rows(h)[0]!.name).toBe('Friend 5');
  });
});
