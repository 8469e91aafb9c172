import { describe, it, expect } from 'vitest';
import { Text, darkTheme, arcadeTheme, lightTheme } from '../../src/index.js';
import type { Node } from '../../src/index.js';
import { List } from '../../src/index.js';
import { DEFAULT_LABELS } from '../../templates/index.js';
import type { PanelLabels } from '../../templates/index.js';
import { createHarness, findAll, friends } from './harness.js';

const all = (root: Node): Node[] => findAll(root, () => true);

describe('theme changes', () => {
  it.each(['leaderboard', 'share', 'surpass'] as const)('PANEL8 %s restyles in place: same nodes, no new rows', async (panel) => {
    const h = await createHarness({ friends: friends(Array.from({ length: 20 }, (_, i) => i * 3)), height: panel === 'surpass' ? 72 : 480 });
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 10 });
    h.post('show', { panel });
    await h.settle();
    const fillsBefore = h.fills();
    expect(fillsBefore).toContain(lightTheme.colors.surface);
    const before = all(h.root());
    const list = h.root().findByName('list') as List | undefined;
    const created = list?.stats.rowsCreated;
    h.post('theme', { preset: 'dark' });
    await h.settle();
    const after = all(h.root());
    expect(after).toHaveLength(before.length);
    after.forEach((n, i) => expect(n).toBe(before[i]));
    if (list !== undefined) expect(list.stats.rowsCreated).toBe(created);
    expect(h.fills()).toContain(darkTheme.colors.surface);
    const backgrounds = after.filter((n) => n.stage !== undefined).map((n) => n.style.backgroundColor);
    expect(backgrounds).toContain(darkTheme.colors.surface);
    expect(backgrounds).not.toContain(lightTheme.colors.surface);
    expect(backgrounds).not.toContain(lightTheme.colors.background);
    const colours = (findAll(h.root(), (n) => n instanceof Text && n.stage !== undefined) as Text[]).map((t) => t.style.color);
    expect(colours).toContain(darkTheme.colors.text);
    expect(colours).not.toContain(lightTheme.colors.text);
  });

  it('PANEL9 a theme with another row height and avatar shape re-lays rows without creating any', async () => {
    const h = await createHarness({ friends: friends(Array.from({ length: 20 }, (_, i) => i)) });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    const list = h.root().findByName('list') as List;
    const created = list.stats.rowsCreated;
    h.post('theme', { preset: 'arcade' });
    await h.settle();
    h.texts();
    expect(list.rowHeight(0)).toBe(arcadeTheme.metrics.rowHeight);
    expect(list.rowAt(0)!.height).toBe(arcadeTheme.metrics.rowHeight);
    expect(list.stats.rowsCreated).toBe(created);
  });
});

/** Every label replaced by a marked translation. */
const MARKED = Object.fromEntries(Object.keys(DEFAULT_LABELS).map((k) => [k, `«${k}»`])) as unknown as PanelLabels;
const marked = (key: keyof PanelLabels): string => `«${key}»`;

describe('labels', () => {
  const stateCases = [
    ['loading', { latencyMs: 10_000, friends: friends([1]) }, ['loading']],
    ['empty', { friends: [] }, ['empty', 'emptyHint']],
    ['unauthorized', { friends: [], failures: { friends: { errMsg: 'fail auth deny' } } }, ['unauthorized', 'unauthorizedHint']],
    ['error', { friends: [], failures: { friends: { errMsg: 'fail network' } } }, ['error', 'errorHint', 'retry']],
  ] as const;

  it.each(stateCases)('PANEL10 the %s state draws only label strings', async (_state, options, keys) => {
    for (const panel of ['leaderboard', 'share', 'surpass']) {
      const h = await createHarness(options);
      h.post('show', { panel, options: { labels: { ...MARKED } } });
      await h.settle();
      const texts = h.texts();
      for (const key of keys) if (panel !== 'surpass' || !key.endsWith('Hint')) expect(texts).toContain(marked(key));
      if (panel !== 'surpass') expect(texts).toContain(marked('title'));
      for (const t of texts) expect(t).toMatch(/^«\w+»$/);
    }
  });

  it('PANEL11 ready panels localise the placeholder name, "You", no-score, buttons and banner lines', async () => {
    const raw = [
      { openid: 'a', nickname: 'Ann', KVDataList: [{ key: 'score', value: '50' }] },
      { openid: 'b', KVDataList: [{ key: 'score', value: '40' }] },
      { openid: 'c', nickname: 'Cy', KVDataList: [] },
    ];
    const h = await createHarness({ friends: raw });
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 45 });
    h.post('show', { panel: 'leaderboard', options: { labels: { ...MARKED } } });
    await h.settle();
    let texts = h.texts();
    for (const k of ['title', 'placeholderName', 'you', 'noScore'] as const) expect(texts).toContain(marked(k));
    h.post('show', { panel: 'leaderboard', options: { title: 'Weekly' } });
    await h.settle();
    texts = h.texts();
    expect(texts).toContain('Weekly');
    expect(texts).toContain('TikTok Player');

    h.post('show', { panel: 'share', options: { imageUrl: 'x.png', labels: { ...MARKED } } });
    await h.settle();
    texts = h.texts();
    expect(texts).toContain(marked('share'));
    expect(texts).not.toContain('Share');

    h.post('show', { panel: 'surpass', options: { labels: { ...MARKED, beat: 'Dépasse {name}', pointsToGo: 'encore {n} points' } } });
    await h.settle();
    texts = h.texts();
    expect(texts).toContain('Dépasse Ann');
    expect(texts).toContain('encore 6 points');

    const h2 = await createHarness({ friends: raw, shareToUser: false });
    h2.post('show', { panel: 'share', options: { labels: { ...MARKED } } });
    await h2.settle();
    expect(h2.texts()).toContain(marked('updateToShare'));
  });

  it('PANEL12 share button labels are localised through every state', async () => {
    const h = await createHarness({ friends: friends([1]), latencyMs: 100 });
    h.post('show', { panel: 'share', options: { imageUrl: 'x.png', labels: { ...MARKED } } });
    await h.settle(400);
    const button = findAll(h.root(), (n) => n.name === 'shareButton' && n.stage !== undefined)[0]!;
    const r = button.absoluteRect();
    h.sim.setFailure('share', { errMsg: 'shareToUser:fail' });
    h.post('pointer', { phase: 'start', id: 1, x: r.x + 5, y: r.y + 5 });
    h.post('pointer', { phase: 'end', id: 1, x: r.x + 5, y: r.y + 5 });
    expect(h.texts()).toContain(marked('sending'));
    await h.settle(400);
    expect(h.texts()).toEqual(expect.arrayContaining([marked('shareRetry'), marked('shareFailed')]));
    h.sim.clearFailure('share');
    h.post('pointer', { phase: 'start', id: 2, x: r.x + 5, y: r.y + 5 });
    h.post('pointer', { phase: 'end', id: 2, x: r.x + 5, y: r.y + 5 });
    await h.settle(400);
    expect(h.texts()).toContain(marked('sent'));
    expect(h.sim.calls.shares).toHaveLength(2);
  });
});

describe('panel options', () => {
  it.each([
    ['leaderboard', { scoreKey: 'score', oder: 'asc' }, ['"oder"']],
    ['share', { imageUrl: 'https://example.com/card.png', titel: 'x', imageURL: 'y' }, ['"titel"', '"imageURL"']],
    ['surpass', { scoreKey: 'score', fromat: 'time' }, ['"fromat"']],
    ['diagnostics', { key: 'score' }, ['"key"']],
  ] as const)('PANEL19 %s names unknown options (a typo) in one warning, ignores them and keeps the rest', async (panel, options, named) => {
    const h = await createHarness({ friends: friends([3, 2, 1]) });
    h.post('show', { panel, options });
    await h.settle();
    const unknown = h.warnings.filter((w) => w.includes('unknown option'));
    expect(unknown).toHaveLength(1);
    for (const name of named) expect(unknown[0]).toContain(name);
    expect(unknown[0]).toMatch(new RegExp(`^friendcanvas: ${panel}: unknown options? .* ignored; options: `));
    // Known options alone: no such warning.
    const known = Object.fromEntries(Object.entries(options).filter(([k]) => !named.includes(JSON.stringify(k) as never)));
    const before = h.warnings.length;
    h.post('show', { panel: 'leaderboard' });
    h.post('show', { panel, options: known });
    await h.settle();
    expect(h.warnings.slice(before).filter((w) => w.includes('unknown option'))).toEqual([]);
  });
});
