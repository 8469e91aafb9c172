import { describe, expect, it } from 'vitest';
import { List } from '../../src/index.js';
import type { Canvas2D, Node } from '../../src/index.js';
import { openAvatarBoard, paintCounter } from './harness.js';
import type { Harness } from './harness.js';

/** What one `score` message cost: rows rebound by the list, row nodes painted, layouts, frames. */
interface ScoreCost {
  rowsBound: number;
  rowsPainted: number;
  /** Indices of the list rows painted (the pinned footer is counted in `rowsPainted` only). */
  paintedIndices: number[];
  layouts: number;
  fullPaints: number;
  regionPaints: number;
  frames: number;
}

/** Scores 100,000 − 7·i (distinct, so friend i sits at index i); the player is friend `self`, 375 × 667 at @3x. */
async function board(n: number, self: number): Promise<{ h: Harness; list: List; score: (value: number) => Promise<ScoreCost> }> {
  const { h, list } = await openAvatarBoard(n, self);
  const stage = h.app.stage!;
  const painted: Node[] = [];
  const count = paintCounter((row) => painted.push(row));
  const score = async (value: number): Promise<ScoreCost> => {
    list.forEachRow(count);
    const footer = h.root().findByName('selfFooter');
    if (footer !== undefined) count(footer);
    painted.length = 0;
    const bound = list.stats.rowsBound;
    const { layouts, fullPaints, regionPaints, frames } = stage.stats;
    h.post('score', { key: 'score', value });
    await h.settle(100);
    const paintedIndices = painted.map((r) => list.indexOfRow(r)).filter((i) => i >= 0);
    return { rowsBound: list.stats.rowsBound - bound, rowsPainted: painted.length, paintedIndices, layouts: stage.stats.layouts - layouts, fullPaints: stage.stats.fullPaints - fullPaints, regionPaints: stage.stats.regionPaints - regionPaints, frames: stage.stats.frames - frames };
  };
  return { h, list, score };
}

describe('leaderboard score cost', () => {
  it('LB14 a fresh score rebinds only the rows whose friend or rank changed, and paints only those (and the pinned row)', async () => {
    const { list, score } = await board(100, 50);
    const built = list.builtRange;
    const visible = list.visibleRange;
    expect(built.last - built.first + 1).toBeGreaterThan(10);
    // The player moves from index 50 to 40, both below the rows on screen: no row on screen changes,
    // only the pinned copy of the player's row (its rank) is drawn again, with the rows under it.
    const offScreen = await score(100_000 - 40 * 7 + 3);
    expect(offScreen.rowsBound).toBe(0);
    expect(offScreen.layouts).toBe(0);
    expect(offScreen.fullPaints).toBe(0);
    expect(offScreen.rowsPainted).toBeGreaterThan(0);
    for (const i of offScreen.paintedIndices) expect(i).toBeGreaterThanOrEqual(visible.last - 1);
    // To the top: every built row now shows the friend that was above it.
    const top = await score(200_000);
    expect(top.rowsBound).toBe(built.last - built.first + 1);
    expect(top.rowsPainted).toBeLessThanOrEqual(visible.last - visible.first + 2);
    // From the top to index 5: rows 0-5 change, the rows below keep their friend and rank.
    const five = await score(100_000 - 5 * 7 + 3);
    expect(five.rowsBound).toBe(6);
    expect(five.layouts).toBe(0);
    for (const i of five.paintedIndices) expect(i).toBeLessThanOrEqual(6);
    // The same score again: nothing rebound, nothing painted.
    const same = await score(100_000 - 5 * 7 + 3);
    expect(same.rowsBound).toBe(0);
    expect(same.rowsPainted).toBe(0);
  });
});
