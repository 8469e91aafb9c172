import { describe, expect, it } from 'vitest';
import { List } from '../../src/index.js';
import type { Canvas2D, Node } from '../../src/index.js';
import { createHarness, friends, openAvatarBoard, paintCounter } from './harness.js';
import type { Harness } from './harness.js';

/** Per-frame counts while the leaderboard scrolls: rows painted, visible rows, canvas state calls, layouts. */
interface FrameCount {
  rowsPainted: number;
  visibleRows: number;
  stateCalls: number;
  layouts: number;
}

/** Opens a leaderboard of `n` friends (with avatars) with the player in the middle, 375 × 667 at @3x. */
async function board(n: number): Promise<{ h: Harness; list: List; frames: FrameCount[] }> {
  const { h, list } = await openAvatarBoard(n, Math.floor(n / 2));
  const stage = h.app.stage!;
  const frames: FrameCount[] = [];
  let painted = 0;
  const count = paintCounter(() => painted++);
  const run = stage.frame.bind(stage);
  stage.frame = (): void => {
    list.forEachRow(count);
    const footer = h.root().findByName('selfFooter');
    if (footer !== undefined) count(footer);
    painted = 0;
    const before = { calls: stage.ctx.stateCalls, layouts: stage.stats.layouts };
    run();
    // The rows the viewport shows once this frame's scroll step (a fling tick) is applied.
    const { first, last } = list.visibleRange;
    frames.push({ rowsPainted: painted, visibleRows: last - first + 1, stateCalls: stage.ctx.stateCalls - before.calls, layouts: stage.stats.layouts - before.layouts });
  };
  return { h, list, frames };
}

/** A drag upwards of `px` logical px in 40 moves, one frame each, then the fling until it rests. */
async function drag(h: Harness, list: List, px: number): Promise<void> {
  const r = list.absoluteRect();
  const x = r.x + r.width / 2;
  const y0 = r.y + r.height * 0.75;
  h.post('pointer', { phase: 'start', id: 1, x, y: y0 });
  for (let i = 1; i <= 40; i++) {
    h.post('pointer', { phase: 'move', id: 1, x, y: y0 - (i * px) / 40 });
    h.sim.advance(1000 / 60);
  }
  h.post('pointer', { phase: 'end', id: 1, x, y: y0 - px });
  await h.settle(3000);
}

describe('leaderboard scroll cost', () => {
  it.each([100, 1000])('LB12 with %i friends, no scroll frame runs layout (rows entering and the pinned row included), rows painted per frame ≤ visible rows + 1 (the pinned row), and canvas state calls stay few per row', async (n) => {
    const { h, list, frames } = await board(n);
    const created = list.stats.rowsCreated;
    await drag(h, list, 400);
    // And back down past the top (medals re-enter, the player's row passes by, the footer pins and unpins).
    await drag(h, list, -600);
    const moving = frames.filter((f) => f.rowsPainted > 0);
    expect(moving.length).toBeGreaterThan(40);
    expect(list.stats.rowsBound).toBeGreaterThan(created);
    expect(list.stats.rowsCreated).toBe(created);
    for (const f of frames) {
      expect(f.layouts).toBe(0);
      expect(f.rowsPainted).toBeLessThanOrEqual(f.visibleRows + 1);
      // Per row: a few style changes (colours and fonts of rank, name, score, divider) and no more.
      expect(f.stateCalls).toBeLessThanOrEqual(6 * f.rowsPainted + 12);
    }
    expect(h.warnings).toEqual([]);
  });

  it('LB13 rebinding a row across a medal, the player\'s own row, an unranked friend and a longer score runs no layout', async () => {
    const scores: Array<number | undefined> = [9_999_999, 800, 700, 60, 5, undefined, undefined];
    const h = await createHarness({ friends: friends(scores), width: 375, height: 260 });
    h.post('self', { openid: 'id4' });
    h.post('show', { panel: 'leaderboard' });
    await h.settle(300);
    const stage = h.app.stage!;
    const list = h.root().findByName('list') as List;
    const layouts = stage.stats.layouts;
    // Scroll to the end and back: every row shows several of the friends above in turn.
    list.scrollTo(10_000);
    await h.settle(100);
    list.scrollTo(0);
    await h.settle(100);
    // A fresh score re-places the player among them (rows rebind in place).
    h.post('score', { key: 'score', value: 750 });
    await h.settle(100);
    expect(stage.stats.layouts).toBe(layouts);
    expect(h.texts()).toEqual(expect.arrayContaining(['9,999,999', '750']));
  });
});
