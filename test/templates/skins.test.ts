import { describe, expect, it } from 'vitest';
import { ThemeImagePreloader } from '../../src/app/ThemeImagePreloader.js';
import { neonTheme, parseColor, resolveTheme } from '../../src/theme/index.js';
import type { Node } from '../../src/index.js';
import { createFakeImages } from '../widgets/fakeImages.js';
import { createHarness, friends } from './harness.js';

function find(node: Node, name: string): Node | undefined {
  if (node.name === name) return node;
  for (const child of node.children) {
    const hit = find(child, name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

describe('skins in the prebuilt panels', () => {
  it('SKIN12 metrics.radius reaches list panels: the card clips its content to the radius; a card shadow insets the card by its reach, cardPadding adds room inside', async () => {
    const h = await createHarness({ friends: friends([30, 20, 10]) });
    h.post('show', { panel: 'leaderboard', options: { scoreKey: 'score' } });
    await h.settle();
    const board = find(h.root(), 'leaderboard')!;
    expect(board.style).toMatchObject({ borderRadius: 12, overflow: 'hidden' });
    expect(board.x).toBe(0);
    h.post('theme', { tokens: { metrics: { radius: 20, cardPadding: 4 }, effects: { cardShadow: { color: '#000', blur: 10, y: 4 } } } });
    await h.settle();
    expect(board.style.borderRadius).toBe(16);
    // Reach 10 + 4 = 14, plus 4 of padding.
    expect(board.parent!.x + board.x).toBe(18);
    expect(board.width).toBe(320 - 36);
  });

  it('THEME11 a neon share list given an accent by message paints its Share buttons in that accent, not in the preset gradient', async () => {
    const h = await createHarness({ friends: friends([30, 20, 10]) });
    h.post('theme', { preset: 'neon' });
    h.post('show', { panel: 'share', options: { imageUrl: 'card.png' } });
    await h.settle();
    const button = (): Node => find(h.root(), 'shareButton')!;
    expect(button().style.backgroundGradient).toEqual(neonTheme.gradients.buttonBackground);
    h.post('theme', { tokens: { colors: { accent: '#ff0050' } } });
    await h.settle();
    expect(button().style.backgroundGradient).toBeUndefined();
    expect(parseColor(button().style.backgroundColor)).toEqual(parseColor('#ff0050'));
  });

  it('SKIN16 every surface inside the panel card (title bar, tabs, column captions, list) is filled alike: the surface gradient over its colour, nothing over a panel image', async () => {
    const raw = [30, 20, 10].map((score, i) => ({ openid: `id${i}`, nickname: `Friend ${i}`, KVDataList: [{ key: 'score', value: String(score) }, { key: 'kills', value: String(i) }] }));
    const h = await createHarness({ friends: raw, width: 480 });
    h.post('theme', { preset: 'neon' });
    h.post('show', { panel: 'leaderboard', options: { tabs: { score: 'Score', kills: 'Kills' }, columns: { kills: { label: 'K' } } } });
    await h.settle();
    const surfaces = ['titleBar', 'tabBar', 'columnHeader', 'list'].map((name) => find(h.root(), name)!);
    expect(surfaces.map((n) => n.style.display)).not.toContain('none');
    for (const n of surfaces) expect(n.style, n.name).toMatchObject({ backgroundColor: neonTheme.colors.surface, backgroundGradient: neonTheme.gradients.surface });
    h.post('theme', { tokens: { images: { panel: 'panel.png' } } });
    await h.settle();
    for (const n of surfaces) expect([n.style.backgroundColor, n.style.backgroundGradient], n.name).toEqual([undefined, undefined]);
  });

  it('SKIN13 a theme image that fails (after the loader\'s retries) is reported once, the panel keeps drawing its rows, and a re-sent theme warns no more', async () => {
    const h = await createHarness({ friends: friends([30, 20, 10]), images: (url) => (url === 'bad.png' ? 'error' : 'load') });
    h.post('show', { panel: 'leaderboard', options: { scoreKey: 'score' } });
    h.post('theme', { tokens: { images: { header: 'header.png', row: 'bad.png' } } });
    await h.settle(3000);
    await h.settle(3000);
    expect(h.warnings.filter((w) => w.includes('did not load'))).toEqual(['friendcanvas: theme: images.row did not load; drawing the colour tokens instead']);
    expect(h.texts()).toEqual(expect.arrayContaining(['Friend 0', '30', 'Friend 2']));
    h.post('theme', { tokens: { images: { row: 'bad.png' } } });
    await h.settle(3000);
    expect(h.warnings.filter((w) => w.includes('did not load'))).toHaveLength(1);
  });
});

describe('ThemeImagePreloader', () => {
  it('SKIN9 holds the theme images in the loader (one request each), releases those a new theme drops, and warns once per failed image, failures together in one warning', () => {
    const img = createFakeImages();
    const warnings: string[] = [];
    let pending: (() => void) | undefined;
    const pre = new ThemeImagePreloader(img.loader, (m) => warnings.push(m), (flush) => (pending = flush));
    const a = resolveTheme('dark', { images: { panel: 'p.png', row: 'r.png', medals: { 1: 'm1.png' } } }).theme;
    pre.update(a);
    expect(pre.size).toBe(3);
    expect(img.createImage).toHaveBeenCalledTimes(3);
    img.fail('r.png');
    img.fail('m1.png');
    expect(warnings).toEqual([]);
    pending!();
    expect(warnings).toEqual(['friendcanvas: theme: images.row, images.medals.1 did not load; drawing the colour tokens instead']);
    // The same theme again: nothing new held, nothing warned.
    pre.update(a);
    expect(img.liveHandles).toBe(3);
    // A theme without the row: released; the failed medal is already failed in the cache and not warned again.
    pre.update(resolveTheme('dark', { images: { panel: 'p.png', medals: { 1: 'm1.png' } } }).theme);
    expect(img.liveHandles).toBe(2);
    expect(warnings).toHaveLength(1);
    pre.dispose();
    expect(img.liveHandles).toBe(0);
  });
});
