import { describe, expect, it } from 'vitest';
import { listScene } from '../widgets/listScene.js';

describe('stale presses', () => {
  it('GEST13 a row recycled to another item while pressed (wheel scroll) receives no tap', async () => {
    const s = await listScene({ count: 200 });
    s.message('start', 1, 100, 25, s.h.now()); // row 0
    s.input.wheel(100, 150, 2600); // scroll far: row 0's node is recycled for a row near index 52
    s.h.settle();
    expect(s.list.rowAt(0)).toBeUndefined();
    s.message('end', 1, 100, 25, s.h.now());
    expect(s.taps).toEqual([]);
    // The next press is a normal tap on what is under the finger now.
    s.message('start', 2, 100, 25, s.h.now());
    s.message('end', 2, 100, 25, s.h.now());
    expect(s.taps).toEqual([s.list.visibleRange.first]);
  });

  it('GEST13 a row rebound in place to another item while pressed (data update) receives no tap', async () => {
    const s = await listScene({ count: 20 });
    s.native('start', 1, 100, 75, s.h.now()); // row 1
    s.list.refresh(); // e.g. a `self` message removed the player and every row now shows the next friend
    s.native('end', 1, 100, 75, s.h.now());
    expect(s.taps).toEqual([]);
    s.native('start', 2, 100, 75, s.h.now());
    s.native('end', 2, 100, 75, s.h.now());
    expect(s.taps).toEqual([1]);
  });

  it('GEST13 an unrelated repaint or another row changing does not cancel a press', async () => {
    const s = await listScene({ count: 20 });
    s.message('start', 1, 100, 75, s.h.now()); // row 1
    s.list.refreshRow(3);
    s.h.settle();
    s.message('end', 1, 100, 75, s.h.now());
    expect(s.taps).toEqual([1]);
  });
});
