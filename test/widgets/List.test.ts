import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { OVERSCAN_ROWS, RowLayout } from '../../src/scroll/index.js';
import { stageRectOf } from '../../src/core/index.js';
import type { Node } from '../../src/core/index.js';
import { hitTest } from '../../src/input/index.js';
import { List, View } from '../../src/widgets/index.js';
import { Row, listScene, NODES_PER_ROW } from './listScene.js';
import { createHarness } from '../input/harness.js';

/** Rows intersecting [offset, offset + vh) plus overscan, by brute force over row tops. */
function expectedRange(tops: number[], heights: number[], offset: number, vh: number, overscan: number): number[] {
  const hit: number[] = [];
  for (let i = 0; i < tops.length; i++) if (tops[i]! < offset + vh && tops[i]! + heights[i]! > offset) hit.push(i);
  if (hit.length === 0) return [];
  const out: number[] = [];
  for (let i = Math.max(0, hit[0]! - overscan); i <= Math.min(tops.length - 1, hit[hit.length - 1]! + overscan); i++) out.push(i);
  return out;
}

/** Indices shown by the row nodes actually attached under the list's scrolled content. */
function liveIndices(list: List): number[] {
  // Pooled rows stay parked in the content (they keep their layout): only rows showing an index count.
  return list.viewport.content.children
    .filter((r) => list.indexOfRow(r) >= 0)
    .map((r) => (r as Row).index)
    .sort((x, y) => x - y);
}

describe('List', () => {
  it('LIST1 at every scroll position the rows built are exactly those intersecting the viewport plus overscan, each at its offset', async () => {
    const heights = Array.from({ length: 300 }, (_, i) => 20 + ((i * 37) % 90));
    const tops: number[] = [];
    heights.reduce((acc, hgt, i) => ((tops[i] = acc), acc + hgt), 0);
    const s = await listScene({ count: 300, rowHeight: (i) => heights[i]!, overscan: 2 });
    const total = tops[299]! + heights[299]!;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -400, max: total + 400 }), { minLength: 1, maxLength: 10 }), fc.boolean(), async (offsets, viaDrag) => {
        for (const target of offsets) {
          if (viaDrag) {
            // Drag by the difference (rubber-banding past the ends), check mid-drag, then let go.
            const from = s.list.scrollOffset;
            const d = Math.max(-250, Math.min(250, target - from));
            s.input.pointer('start', 1, 100, 280, s.h.now());
            s.h.advance(16);
            s.input.pointer('move', 1, 100, 280 - Math.sign(d) * 10, s.h.now());
            s.h.advance(16);
            s.input.pointer('move', 1, 100, 280 - Math.sign(d) * 10 - d, s.h.now());
          } else {
            s.list.scrollTo(target);
          }
          s.h.frame();
          const offset = s.list.scrollOffset;
          const want = expectedRange(tops, heights, offset, 300, 2);
          expect(liveIndices(s.list)).toEqual(want);
          for (const i of want) {
            const row = s.list.rowAt(i)!;
            expect((row as Row).index).toBe(i);
            expect(row.y).toBe(tops[i]);
            expect(row.layoutRootSize).toEqual({ width: 200, height: heights[i] });
          }
          if (viaDrag) {
            s.h.advance(100);
            s.input.pointer('end', 1, 100, 0, s.h.now());
            s.h.settle();
            expect(liveIndices(s.list)).toEqual(expectedRange(tops, heights, s.list.scrollOffset, 300, 2));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('LIST2 with 10,000 rows the live row nodes and layout nodes are bounded by the visible window', async () => {
    const s = await listScene({ count: 10_000 });
    const window = Math.ceil(300 / 50) + 1 + 2 * OVERSCAN_ROWS; // rows a 300 px viewport can touch, plus overscan
    const fixedNodes = 5; // root, header, list, viewport, viewport content; the footer slot is display none but still a node
    const check = (): void => {
      const { liveRows, pooledRows } = s.list.stats;
      expect(liveRows + pooledRows).toBeLessThanOrEqual(window);
      // Rows own no layout nodes: every row here has one shape, laid out by one template (LAYT1).
      expect(s.h.stage.layoutTemplates.count).toBe(1);
      expect(s.h.layout.liveNodes).toBe(fixedNodes + 1 + NODES_PER_ROW);
    };
    check();
    // At the top the window keeps its steady size: the overscan missing above is built below.
    expect(s.list.stats.liveRows).toBe(window);
    s.list.scrollTo(250_000);
    s.h.settle();
    check();
    expect(s.list.stats.liveRows).toBe(6 + 2 * OVERSCAN_ROWS);
    for (let k = 0; k < 5; k++) {
      s.input.pointer('start', 1, 100, 280, s.h.now());
      for (let i = 1; i <= 5; i++) {
        s.h.advance(16);
        s.input.pointer('move', 1, 100, 280 - 50 * i, s.h.now());
        s.h.frame(0);
        check();
      }
      s.input.pointer('end', 1, 100, 30, s.h.now());
      for (let f = 0; f < 30; f++) {
        s.h.frame();
        check();
      }
    }
    s.h.settle();
    check();
    expect(s.list.stats.rowsCreated).toBeLessThanOrEqual(2 * window);
  });

  it('LIST3 regression: a scroll frame inside the window rebinds and lays out no rows', async () => {
    const s = await listScene({ count: 10_000, rowHeight: 70 });
    // Viewport 300 px, rows 70 px: offsets 0..20 show rows 0..4 exactly.
    const bound = s.list.stats.rowsBound;
    const layouts = s.h.stage.stats.layouts;
    const calcs = s.h.layout.calculations;
    const regions = s.h.stage.stats.regionPaints + s.h.stage.stats.fullPaints;
    s.input.pointer('start', 1, 100, 250, s.h.now());
    s.h.advance(16);
    s.input.pointer('move', 1, 100, 250 - 8, s.h.now()); // crosses the slop: the drag starts here
    for (let i = 1; i <= 5; i++) {
      s.h.advance(16);
      s.input.pointer('move', 1, 100, 250 - 8 - 3 * i, s.h.now());
      s.h.frame(0);
    }
    expect(s.list.scrollOffset).toBe(15);
    expect(s.list.stats.rowsBound).toBe(bound);
    expect(s.h.stage.stats.layouts).toBe(layouts);
    expect(s.h.layout.calculations).toBe(calcs);
    expect(s.h.stage.stats.regionPaints + s.h.stage.stats.fullPaints).toBeGreaterThan(regions);
    s.input.pointer('cancel', 1, 100, 0, s.h.now());
  });

  it('LIST4 regression: scrolling binds and lays out only the rows entering the window, never every row', async () => {
    const s = await listScene({ count: 10_000 });
    const bound0 = s.list.stats.rowsBound;
    const calcs0 = s.h.layout.calculations;
    let entered = 0;
    let prev = s.list.builtRange;
    s.input.pointer('start', 1, 100, 290, s.h.now());
    for (let i = 1; i <= 40; i++) {
      s.h.advance(16);
      s.input.pointer('move', 1, 100, 290 - 8 - 7 * (i % 40), s.h.now());
      if (i === 39) s.input.pointer('end', 1, 100, 0, s.h.now());
      s.h.frame(0);
      const r = s.list.builtRange;
      for (let k = r.first; k <= r.last; k++) if (k < prev.first || k > prev.last) entered++;
      prev = r;
    }
    expect(entered).toBeGreaterThan(0);
    expect(s.list.stats.rowsBound - bound0).toBe(entered);
    // The list and the rows already in the window are never laid out. Entering rows share their
    // shape's template and their labels measure as the template's did ("Row NN": the mock measures
    // a string's length), so none needs a calculation (LAYT2).
    expect(s.h.layout.calculations - calcs0).toBe(0);
  });

  it('LIST5 rows are recycled through a bounded pool', async () => {
    const s = await listScene({ count: 10_000 });
    for (let off = 0; off <= 20_000; off += 37) {
      s.list.scrollTo(off);
      s.h.frame();
    }
    const st = s.list.stats;
    expect(st.rowsBound).toBeGreaterThan(400);
    expect(st.rowsCreated).toBeLessThanOrEqual(2 * (7 + 2 * OVERSCAN_ROWS));
    expect(st.liveRows + st.pooledRows).toBeLessThanOrEqual(2 * (7 + 2 * OVERSCAN_ROWS));
  });

  it('LIST6 setCount keeps the scroll position; refresh rebinds the live rows in place', async () => {
    const s = await listScene({ count: 100 });
    s.list.scrollTo(1000);
    s.h.settle();
    const rows = Array.from({ length: 6 }, (_, i) => s.list.rowAt(20 + i));
    const created = s.list.stats.rowsCreated;
    const bound = s.list.stats.rowsBound;
    s.list.setCount(150);
    s.h.settle();
    expect(s.list.scrollOffset).toBe(1000);
    expect(s.list.stats.rowsBound).toBe(bound);
    s.list.refresh();
    expect(s.list.stats.rowsBound).toBe(bound + s.list.stats.liveRows);
    expect(s.list.stats.rowsCreated).toBe(created);
    expect(Array.from({ length: 6 }, (_, i) => s.list.rowAt(20 + i))).toEqual(rows);
    s.list.setCount(22);
    s.h.settle();
    expect(s.list.scrollOffset).toBe(22 * 50 - 300);
    expect(s.list.builtRange.last).toBe(21);
    expect(() => s.list.setCount(-1)).toThrow(RangeError);
    expect(() => s.list.setCount(2.5)).toThrow(RangeError);
    expect(s.list.count).toBe(22);
    const ok = { count: 1, rowHeight: 10, createRow: () => new View(), bindRow: () => {} };
    expect(() => new List({ ...ok, rowHeight: 0 })).toThrow(/rowHeight/);
    expect(() => new List({ ...ok, overscan: -1 })).toThrow(/overscan/);
    expect(() => new List({ ...ok, count: Number.NaN })).toThrow(/count/);
    expect(() => new List({ ...ok, rowKey: 'openid' as unknown as () => string })).toThrow(/rowKey/);
  });

  it('LIST7 scrollToIndex aligns start, center, end and nearest; a request before layout waits for it', async () => {
    const s = await listScene({ count: 100 });
    s.list.scrollToIndex(10);
    expect(s.list.scrollOffset).toBe(500);
    s.list.scrollToIndex(10, { align: 'center' });
    expect(s.list.scrollOffset).toBe(500 + 25 - 150);
    s.list.scrollToIndex(10, { align: 'end' });
    expect(s.list.scrollOffset).toBe(550 - 300);
    s.list.scrollToIndex(9, { align: 'nearest' });
    expect(s.list.scrollOffset).toBe(250);
    s.list.scrollToIndex(2, { align: 'nearest' });
    expect(s.list.scrollOffset).toBe(100);
    s.list.scrollToIndex(99, { align: 'nearest', animated: true });
    s.h.settle();
    expect(s.list.scrollOffset).toBe(4700);
    expect(() => s.list.scrollToIndex(100)).toThrow(RangeError);
    expect(s.list.scrollOffset).toBe(4700);

    const fresh = new List({ count: 100, rowHeight: 50, createRow: () => new View(), bindRow: () => {} }, { flexGrow: 1 });
    fresh.scrollToIndex(40, { align: 'center' });
    s.list.destroy();
    s.h.stage.root.appendChild(fresh);
    s.h.settle();
    expect(fresh.scrollOffset).toBe(40 * 50 + 25 - 150);
    expect(fresh.visibleRange).toEqual({ first: 37, last: 43 });
    // Detached and re-attached, a list keeps its offset and rebuilds its window.
    fresh.destroy();
    fresh.scrollToIndex(60);
    s.h.stage.root.appendChild(fresh);
    s.h.settle();
    expect(fresh.visibleRange).toEqual({ first: 60, last: 65 });
    expect(fresh.stats.liveRows).toBe(6 + 2 * OVERSCAN_ROWS);
  });

  it('LIST8 onRangeChange reports the visible rows; the footer stays pinned over the bottom and takes taps there', async () => {
    const ranges: Array<[number, number]> = [];
    const s = await listScene({ count: 100, onRangeChange: (r) => ranges.push([r.first, r.last]) });
    expect(ranges).toEqual([[0, 5]]);
    const footer = new View({ height: 40, backgroundColor: '#333' });
    let footerTaps = 0;
    footer.onTap = () => footerTaps++;
    s.list.setFooter(footer);
    s.h.settle();
    expect(footer.absoluteRect()).toEqual({ x: 0, y: 260, width: 200, height: 40 });
    s.list.scrollTo(730);
    s.h.settle();
    expect(ranges[ranges.length - 1]).toEqual([14, 20]);
    expect(footer.absoluteRect()).toEqual({ x: 0, y: 260, width: 200, height: 40 });
    s.input.pointer('start', 1, 100, 280, s.h.now());
    s.input.pointer('end', 1, 100, 280, s.h.now());
    expect(footerTaps).toBe(1);
    expect(s.taps).toEqual([]);
    s.list.setFooter(undefined);
    s.h.settle();
    expect(footer.parent).toBeUndefined();
    s.input.pointer('start', 1, 100, 280, s.h.now());
    s.input.pointer('end', 1, 100, 280, s.h.now());
    expect(s.taps).toEqual([20]);
    expect(() => s.list.appendChild(new View())).toThrow(/setFooter/);
  });

  it('LIST18 rows are clipped above a shown footer: under it (even where it is transparent) they are neither painted nor hit', async () => {
    const s = await listScene({ count: 100 });
    // A footer with no fill that takes no taps: whatever shows through it is not the rows.
    const footer = new View({ height: 40 });
    footer.pointerEvents = 'none';
    s.list.setFooter(footer);
    s.h.settle();
    const row5 = s.list.rowAt(5)!; // 250-300: its lower 40 px lie under the footer (260-300)
    expect(row5.absoluteRect()).toMatchObject({ y: 250, height: 50 });
    expect(stageRectOf(row5).visible).toEqual({ x: 0, y: 250, width: 200, height: 10 });
    expect(hitTest(s.h.stage.root, 100, 255)).toBe(row5);
    expect(hitTest(s.h.stage.root, 100, 280)).not.toBe(row5);
    // The viewport's clip path stops at the footer's top.
    s.list.markPaintDirty();
    s.h.frame();
    const rects = s.h.canvas.getContext('2d').__getEvents().filter((e) => e.type === 'rect').map((e) => e.props);
    expect(rects).toContainEqual({ x: 0, y: 0, width: 200, height: 260 });
    // Hidden by opacity, the footer clips nothing.
    s.list.setFooterVisible(false);
    s.h.settle();
    expect(stageRectOf(row5).visible).toEqual({ x: 0, y: 250, width: 200, height: 50 });
    expect(hitTest(s.h.stage.root, 100, 280)).toBe(row5);
  });

  it('LIST14 while a footer is shown its height extends the scroll range, so the last row scrolls clear of it', async () => {
    const s = await listScene({ count: 100 });
    const max = 100 * 50 - 300;
    s.list.scrollTo(1e9, false);
    s.h.settle();
    expect(s.list.scrollOffset).toBe(max);
    const footer = new View({ height: 40 });
    s.list.setFooter(footer);
    s.h.settle();
    s.list.scrollTo(1e9, false);
    s.h.settle();
    expect(s.list.scrollOffset).toBe(max + 40);
    const last = s.list.rowAt(99)!;
    expect(last.absoluteRect().y + last.height).toBe(footer.absoluteRect().y);
    s.list.setFooter(undefined);
    s.h.settle();
    expect(s.list.scrollOffset).toBe(max);
  });

  it('LIST9 a width change re-applies the layout-root size to live rows', async () => {
    const s = await listScene({ count: 50 });
    s.h.stage.resize(260, 300, 1);
    s.h.settle();
    for (let i = s.list.builtRange.first; i <= s.list.builtRange.last; i++) {
      const row = s.list.rowAt(i)!;
      expect(row.layoutRootSize).toEqual({ width: 260, height: 50 });
      expect(row.width).toBe(260);
    }
  });

  it('LIST10 rows of variable height sit at their prefix sums', async () => {
    const heights = [10, 0, 95, 40, 300, 5, 60, 60, 60];
    const s = await listScene({ count: heights.length, rowHeight: (i) => heights[i]!, overscan: 0 });
    const rows = new RowLayout({ rowHeight: 1, heights });
    for (let i = s.list.builtRange.first; i <= s.list.builtRange.last; i++) {
      expect(s.list.rowAt(i)!.y).toBe(rows.offsetOf(i));
      expect(s.list.rowOffset(i)).toBe(rows.offsetOf(i));
    }
    expect(s.list.viewport.maxScrollOffset).toBe(rows.totalHeight - 300);
    // A height function answering garbage is a clear error that changes nothing.
    expect(() => s.list.setCount(20)).toThrow(/rowHeight\(9\)/);
    expect(s.list.count).toBe(heights.length);
  });

  it('LIST15 rows leaving the window are parked, not detached: scrolling a list of fixed-template rows, rows entering included, runs no layout and creates no rows', async () => {
    // A row whose boxes do not depend on its text: the label takes the row's free width.
    const createRow = (): Node => {
      const row = new Row();
      row.label.setStyle({ flexGrow: 1, flexBasis: 0 });
      return row;
    };
    const s = await listScene({ count: 500, createRow, rowKey: (i) => `k${i}` });
    const created = s.list.stats.rowsCreated;
    const layouts = s.h.stage.stats.layouts;
    const nodes = s.h.layout.liveNodes;
    // Drag well past the first screen, then fling, one frame per move.
    s.input.pointer('start', 1, 100, 280, s.h.now());
    for (let i = 1; i <= 25; i++) {
      s.h.advance(16);
      s.input.pointer('move', 1, 100, 280 - 10 * i, s.h.now());
      s.h.frame(0);
    }
    s.input.pointer('end', 1, 100, 30, s.h.now());
    s.h.settle();
    expect(s.list.scrollOffset).toBeGreaterThan(200);
    expect(s.list.stats.rowsBound).toBeGreaterThan(6);
    expect(s.h.stage.stats.layouts).toBe(layouts);
    expect(s.list.stats.rowsCreated).toBe(created);
    // Pooled rows keep their layout nodes: the count does not move.
    expect(s.h.layout.liveNodes).toBe(nodes);
    const parked = s.list.viewport.content.children.filter((r) => s.list.indexOfRow(r) < 0);
    expect(parked.length).toBe(s.list.stats.pooledRows);
    for (const r of parked) expect(r.absoluteRect().y).toBeLessThan(-1e8);
  });

  it('LIST19 a window built from nothing builds only the rows on screen in its frame; the next frame builds the overscan, and only then', async () => {
    const h = await createHarness(200, 300, 1);
    const bound: number[] = [];
    const list = new List({ count: 100, rowHeight: 50, createRow: () => new Row(), bindRow: (_row, i) => bound.push(i) }, { flexGrow: 1 });
    h.stage.root.appendChild(list);
    expect(h.frame()).toBe(true);
    // 300 px of 50 px rows: 0-5 on screen, plus the one a scroll would uncover (the window's steady size).
    expect(list.builtRange).toEqual({ first: 0, last: 6 });
    expect(list.visibleRange).toEqual({ first: 0, last: 5 });
    expect(bound).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Built in the first frame's layout: the next frame lets the drawn frame go by, the one after builds.
    expect(h.frame()).toBe(true);
    expect(list.builtRange).toEqual({ first: 0, last: 6 });
    expect(h.frame()).toBe(true);
    expect(list.builtRange).toEqual({ first: 0, last: 6 + 2 * OVERSCAN_ROWS });
    expect(bound).toHaveLength(7 + 2 * OVERSCAN_ROWS);
    // Settled: nothing is built again, and a new count keeps the built window (no deferral).
    h.settle();
    expect(bound).toHaveLength(7 + 2 * OVERSCAN_ROWS);
    list.setCount(50);
    expect(list.builtRange).toEqual({ first: 0, last: 6 + 2 * OVERSCAN_ROWS });
    // From nothing again (no rows, then rows, as friend data arrives between frames): the rows on screen
    // at once, drawn by the next frame, the overscan by the one after.
    list.setCount(0);
    h.settle();
    list.setCount(100);
    expect(list.builtRange).toEqual({ first: 0, last: 6 });
    h.frame();
    expect(list.builtRange).toEqual({ first: 0, last: 6 });
    h.frame();
    expect(list.builtRange).toEqual({ first: 0, last: 6 + 2 * OVERSCAN_ROWS });
    // Detached before its overscan frame (a panel switched away): the stage lets go of it at once.
    list.setCount(0);
    h.settle();
    list.setCount(100);
    const tickers = (h.stage as unknown as { _tickers: Set<unknown> })._tickers;
    expect(tickers.size).toBe(1);
    // Emptied and filled again before that frame: still one pending build, not two.
    list.setCount(0);
    list.setCount(100);
    expect(tickers.size).toBe(1);
    h.stage.root.removeChild(list);
    expect(tickers.size).toBe(0);
    h.settle();
    expect(list.builtRange).toEqual({ first: 0, last: 6 });
  });

  it('LIST16 setFooterVisible hides and shows the footer by opacity: no layout, no taps and no scroll room while hidden', async () => {
    const s = await listScene({ count: 30 });
    const footer = new View({ height: 40, flexGrow: 1, backgroundColor: '#eee' });
    s.list.setFooter(footer);
    s.h.settle();
    const max = s.list.viewport.maxScrollOffset;
    const layouts = s.h.stage.stats.layouts;
    s.list.setFooterVisible(false);
    s.h.settle();
    expect(s.list.footerVisible).toBe(false);
    expect(s.list.viewport.maxScrollOffset).toBe(max - 40);
    s.list.setFooterVisible(true);
    s.h.settle();
    expect(s.list.footerVisible).toBe(true);
    expect(s.list.viewport.maxScrollOffset).toBe(max);
    expect(s.h.stage.stats.layouts).toBe(layouts);
  });

  it('LIST17 a list paints its own background and border under its rows', async () => {
    const s = await listScene({ count: 3 });
    s.list.setStyle({ backgroundColor: '#abcdef' });
    s.h.frame();
    const fills = s.h.canvas
      .getContext('2d')
      .__getEvents().filter((e) => e.type === 'fillStyle').map((e) => (e.props as { value: string }).value);
    expect(fills).toContain('#abcdef');
  });
});
