import { describe, it, expect } from 'vitest';
import { Image, Text } from '../../src/index.js';
import { createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

async function banner(scores: number[], self: { openid?: string; score?: number } = {}, options: Record<string, string> = {}): Promise<Harness> {
  const h = await createHarness({ friends: friends(scores), width: 320, height: 72 });
  if (self.openid !== undefined) h.post('self', { openid: self.openid });
  if (self.score !== undefined) h.post('score', { key: 'score', value: self.score });
  h.post('show', { panel: 'surpass', options });
  await h.settle();
  return h;
}

describe('surpass banner', () => {
  it('SURP1 shows the next friend to beat, their avatar and the points to go', async () => {
    const h = await banner([100, 200, 300], { openid: 'me', score: 150 });
    const texts = h.texts();
    expect(texts).toContain('Beat Friend 1');
    expect(texts).toContain('51 points to go');
    const avatar = findAll(h.root(), (n) => n instanceof Image)[0]!;
    expect(avatar.style.display).toBe('flex');
    // Initials of the placeholder avatar of "Friend 1".
    expect(texts).toContain('F1');
  });

  it('SURP2 a fresh score moves the target without a refetch', async () => {
    const h = await banner([100, 200, 300], { openid: 'me', score: 150 });
    const queries = h.sim.calls.friendQueries.length;
    h.post('score', { key: 'score', value: 250 });
    await h.settle();
    expect(h.texts()).toContain('Beat Friend 2');
    expect(h.sim.calls.friendQueries.length).toBe(queries);
  });

  it("SURP3 shows the ahead state when nobody is ahead", async () => {
    const h = await banner([100, 200], { openid: 'me', score: 900 });
    const texts = h.texts();
    expect(texts).toContain("You're ahead of all your friends!");
    expect(texts).not.toContain('Beat Friend 1');
  });

  it('SURP4 without the player openid or score it asks the player to play', async () => {
    const h = await banner([100, 200]);
    expect(h.texts()).toContain('Play a round to see who to beat');
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 150 });
    await h.settle();
    expect(h.texts()).toContain('Beat Friend 1');
  });

  it('SURP5 time scores use the "to go" label with the formatted gap', async () => {
    const h = await banner([60000, 61000], { openid: 'me', score: 62000 }, { order: 'asc', format: 'time' });
    const texts = h.texts();
    expect(texts).toContain('Beat Friend 1');
    expect(texts).toContain('0:01.001 to go');
  });

  it('SURP6 fits a 320×72 banner: everything drawn inside, name on one line', async () => {
    const h = await createHarness({ width: 320, height: 72, friends: [{ openid: 'x', nickname: 'N'.repeat(200), KVDataList: [{ key: 'score', value: '500' }] }] });
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 1 });
    h.post('show', { panel: 'surpass', options: { labels: { beat: 'Next up: overtake {name} and take their place' } } });
    await h.settle();
    h.texts();
    const headline = h.root().findByName('headline') as Text;
    expect(headline.lines).toHaveLength(1);
    expect(headline.lines[0]!.startsWith('Next up: overtake NNN')).toBe(true);
    // The mock canvas measures 1 px per character: the 240-character headline cannot fit the 236 px text column.
    expect(headline.lines[0]!.endsWith('…')).toBe(true);
    for (const t of findAll(h.root(), (n) => n instanceof Text && n.stage !== undefined && n.width > 0)) {
      const r = t.absoluteRect();
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.y + r.height).toBeLessThanOrEqual(72);
      expect(r.x + r.width).toBeLessThanOrEqual(320);
    }
  });
});
