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

describe('keyed rows (rowKey)', () => {
  for (const path of ['message', 'native'] as const) {
    it(`PRESS1 a rebind that keeps the row's key keeps the press (${path})`, async () => {
      const keys = Array.from({ length: 20 }, (_, i) => `friend${i}`);
      const s = await listScene({ count: 20, rowKey: (i) => keys[i]! });
      const bound = s.list.stats.rowsBound;
      s[path]('start', 1, 100, 75, s.h.now()); // row 1
      s.list.refresh(); // the same items re-sent
      s.h.settle();
      expect(s.list.stats.rowsBound).toBeGreaterThan(bound);
      s[path]('end', 1, 100, 75, s.h.now());
      expect(s.taps).toEqual([1]);
    });

    it(`PRESS1 a rebind that changes the row's key drops the press (${path})`, async () => {
      const keys = Array.from({ length: 20 }, (_, i) => `friend${i}`);
      const s = await listScene({ count: 20, rowKey: (i) => keys[i]! });
      s[path]('start', 1, 100, 75, s.h.now()); // row 1
      keys.splice(0, 0, 'newcomer'); // everyone moves down a row: row 1 now shows friend0
      s.list.refresh();
      s[path]('end', 1, 100, 75, s.h.now());
      expect(s.taps).toEqual([]);
      s[path]('start', 2, 100, 75, s.h.now());
      s[path]('end', 2, 100, 75, s.h.now());
      expect(s.taps).toEqual([1]);
    });
  }

  it('PRESS1 a rowKey that throws or returns no key counts as another item, reported once per bind', async () => {
    let fail = false;
    const s = await listScene({
      count: 20,
      rowKey: (i) => {
        if (fail) throw new Error('no key');
        return i;
      },
    });
    s.message('start', 1, 100, 75, s.h.now());
    fail = true;
    s.list.refreshRow(1);
    s.message('end', 1, 100, 75, s.h.now());
    expect(s.taps).toEqual([]);
    expect(s.h.errors.length).toBe(1);
  });

  it('PRESS1 a row recycled to another index is another item even when rowKey is constant', async () => {
    const s = await listScene({ count: 200, rowKey: () => 'same' });
    s.message('start', 1, 100, 25, s.h.now());
    s.input.wheel(100, 150, 2600);
    s.h.settle();
    s.message('end', 1, 100, 25, s.h.now());
    expect(s.taps).toEqual([]);
  });
});
