/**
 * Layout matches CSS flexbox (border-box, web defaults). Every expected box is worked out by hand
 * from the CSS Flexible Box Layout spec; comments show the arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { Node } from '../../src/core/index.js';
import type { Style } from '../../src/layout/index.js';
import { createHarness } from '../core/harness.js';

type Box = [x: number, y: number, w: number, h: number];

/** Lays out `container` (on a 200 × 200 stage) with `children`; returns the container's and children's boxes. */
async function lay(container: Style, children: Style[]): Promise<{ box: Box; kids: Box[] }> {
  const h = await createHarness({ width: 200, height: 200 });
  const c = h.stage.root.appendChild(new Node({ alignSelf: 'flex-start', ...container }));
  const kids = children.map((s) => c.appendChild(new Node(s)));
  h.frames.flush();
  const b = (n: Node): Box => [n.x, n.y, n.width, n.height];
  return { box: b(c), kids: kids.map(b) };
}

const box100: Style = { width: 100, height: 100 };

describe('LAYOUT sizes', () => {
  it('LAYOUT1 width and height in px and percent of the parent', async () => {
    const r = await lay({ ...box100, flexDirection: 'column', alignItems: 'flex-start' }, [
      { width: 30, height: 20 },
      { width: '50%', height: '25%' },
    ]);
    expect(r.kids).toEqual([
      [0, 0, 30, 20],
      [0, 20, 50, 25],
    ]);
  });

  it('LAYOUT2 min/max clamp the size, in px and percent', async () => {
    const r = await lay({ ...box100, flexDirection: 'column', alignItems: 'flex-start' }, [
      { width: 10, minWidth: 40, height: 5 },
      { width: 90, maxWidth: 50, height: 5 },
      { width: 10, minWidth: '30%', height: 10, maxHeight: 4 },
      { width: 10, height: 1, minHeight: 6 },
      { width: 99, maxWidth: '20%', height: 5 },
    ]);
    expect(r.kids.map((k) => [k[2], k[3]])).toEqual([
      [40, 5],
      [50, 5],
      [30, 4],
      [10, 6],
      [20, 5],
    ]);
  });

  it('LAYOUT3 the default direction is row (web defaults); children stretch across', async () => {
    const r = await lay(box100, [{ width: 10 }, { width: 10 }]);
    expect(r.kids).toEqual([
      [0, 0, 10, 100],
      [10, 0, 10, 100],
    ]);
  });
});

describe('LAYOUT direction', () => {
  const three: Style[] = [
    { width: 10, height: 10 },
    { width: 10, height: 10 },
    { width: 10, height: 10 },
  ];
  it('LAYOUT4 row, row-reverse, column, column-reverse order children along the main axis', async () => {
    const row = await lay({ ...box100, flexDirection: 'row' }, three);
    expect(row.kids.map((k) => k[0])).toEqual([0, 10, 20]);
    // Reversed: main-start is the right edge: 100-10, 100-20, 100-30.
    const rr = await lay({ ...box100, flexDirection: 'row-reverse' }, three);
    expect(rr.kids.map((k) => k[0])).toEqual([90, 80, 70]);
    const col = await lay({ ...box100, flexDirection: 'column' }, three);
    expect(col.kids.map((k) => k[1])).toEqual([0, 10, 20]);
    const cr = await lay({ ...box100, flexDirection: 'column-reverse' }, three);
    expect(cr.kids.map((k) => k[1])).toEqual([90, 80, 70]);
  });
});

describe('LAYOUT flexibility', () => {
  it('LAYOUT5 flexGrow shares free space in proportion', async () => {
    // Free space 100 - 20 = 80; shares 1:3 → +20 and +60.
    const r = await lay(box100, [
      { width: 10, flexGrow: 1 },
      { width: 10, flexGrow: 3 },
    ]);
    expect(r.kids.map((k) => [k[0], k[2]])).toEqual([
      [0, 30],
      [30, 70],
    ]);
  });

  it('LAYOUT6 flexShrink defaults to 1 and shrinks in proportion to shrink × basis', async () => {
    // Overflow 60 with equal factors → each loses 30.
    const even = await lay(box100, [{ width: 80 }, { width: 80 }]);
    expect(even.kids.map((k) => k[2])).toEqual([50, 50]);
    // Scaled factors 80×1 and 80×3 → losses 60·80/320 = 15 and 45.
    const weighted = await lay(box100, [{ width: 80 }, { width: 80, flexShrink: 3 }]);
    expect(weighted.kids.map((k) => k[2])).toEqual([65, 35]);
    const rigid = await lay(box100, [{ width: 80, flexShrink: 0 }, { width: 80 }]);
    expect(rigid.kids.map((k) => k[2])).toEqual([80, 20]);
  });

  it('LAYOUT7 flexBasis in px and percent is the starting size before growing', async () => {
    // Bases 20 + 40; free 40 split evenly.
    const r = await lay(box100, [
      { flexBasis: 20, flexGrow: 1 },
      { flexBasis: 40, flexGrow: 1 },
    ]);
    expect(r.kids.map((k) => k[2])).toEqual([40, 60]);
    const pct = await lay(box100, [{ flexBasis: '30%' }]);
    expect(pct.kids[0]![2]).toBe(30);
  });
});

describe('LAYOUT wrapping', () => {
  const items: Style[] = [
    { width: 40, height: 10 },
    { width: 40, height: 10 },
    { width: 40, height: 10 },
  ];
  it('LAYOUT8 flexWrap wraps onto new lines; nowrap shrinks instead', async () => {
    const wrap = await lay({ ...box100, flexWrap: 'wrap', alignContent: 'flex-start' }, items);
    expect(wrap.kids.map((k) => [k[0], k[1]])).toEqual([
      [0, 0],
      [40, 0],
      [0, 10],
    ]);
    const no = await lay({ ...box100, flexWrap: 'nowrap', alignItems: 'flex-start' }, items);
    // 120 px of items in 100: each shrinks by a third of the overflow, all on one line.
    expect(no.kids.map((k) => k[1])).toEqual([0, 0, 0]);
    for (const k of no.kids) expect(Math.abs(k[2] - 100 / 3)).toBeLessThanOrEqual(1);
    expect(no.kids.reduce((s, k) => s + k[2], 0)).toBeCloseTo(100, 5);
  });

  it('LAYOUT8 wrap-reverse stacks lines from the cross end', async () => {
    const r = await lay({ ...box100, flexWrap: 'wrap-reverse', alignContent: 'flex-start' }, items);
    // Cross-start is the bottom: first line at 100 - 10, second above it.
    expect(r.kids.map((k) => [k[0], k[1]])).toEqual([
      [0, 90],
      [40, 90],
      [0, 80],
    ]);
  });

  it('LAYOUT9 alignContent distributes wrapped lines', async () => {
    const lines = (alignContent: Style['alignContent']) =>
      lay({ ...box100, flexWrap: 'wrap', alignContent }, items).then((r) => r.kids.map((k) => k[1]));
    // Two lines of 10 in 100: free 80.
    expect(await lines('flex-start')).toEqual([0, 0, 10]);
    expect(await lines('center')).toEqual([40, 40, 50]);
    expect(await lines('flex-end')).toEqual([80, 80, 90]);
    expect(await lines('space-between')).toEqual([0, 0, 90]);
    expect(await lines('space-around')).toEqual([20, 20, 70]);
    // Stretch (the web default) grows each line to 50.
    expect(await lines('stretch')).toEqual([0, 0, 50]);
    expect(await lines(undefined)).toEqual([0, 0, 50]);
  });
});

describe('LAYOUT alignment', () => {
  const two: Style[] = [
    { width: 20, height: 20 },
    { width: 20, height: 20 },
  ];
  it('LAYOUT10 justifyContent places items along the main axis', async () => {
    const xs = (justifyContent: Style['justifyContent']) =>
      lay({ ...box100, justifyContent }, two).then((r) => r.kids.map((k) => k[0]));
    // Free space 60.
    expect(await xs('flex-start')).toEqual([0, 20]);
    expect(await xs('center')).toEqual([30, 50]);
    expect(await xs('flex-end')).toEqual([60, 80]);
    expect(await xs('space-between')).toEqual([0, 80]);
    expect(await xs('space-around')).toEqual([15, 65]);
    expect(await xs('space-evenly')).toEqual([20, 60]);
  });

  it('LAYOUT11 alignItems and alignSelf place items across; stretch fills auto sizes', async () => {
    const ys = (alignItems: Style['alignItems']) =>
      lay({ ...box100, alignItems }, two).then((r) => r.kids.map((k) => k[1]));
    expect(await ys('flex-start')).toEqual([0, 0]);
    expect(await ys('center')).toEqual([40, 40]);
    expect(await ys('flex-end')).toEqual([80, 80]);
    const stretch = await lay({ ...box100, alignItems: 'stretch' }, [{ width: 20 }, { width: 20, height: 30 }]);
    expect(stretch.kids.map((k) => k[3])).toEqual([100, 30]);
    const self = await lay({ ...box100, alignItems: 'flex-start' }, [
      { width: 20, height: 20, alignSelf: 'flex-end' },
      { width: 20, height: 20, alignSelf: 'center' },
      { width: 20, alignSelf: 'stretch' },
    ]);
    expect(self.kids.map((k) => [k[1], k[3]])).toEqual([
      [80, 20],
      [40, 20],
      [0, 100],
    ]);
  });

  it('LAYOUT11 baseline aligns boxes without text by their bottom edges', async () => {
    const r = await lay({ ...box100, alignItems: 'baseline' }, [
      { width: 20, height: 20 },
      { width: 20, height: 40 },
    ]);
    expect(r.kids.map((k) => k[1])).toEqual([20, 0]);
  });
});

describe('LAYOUT box model', () => {
  it('LAYOUT12 boxes are border-box: padding and border sit inside width and height', async () => {
    const r = await lay({ width: 50, height: 40, padding: 10, borderWidth: 5, alignItems: 'flex-start' }, [
      { flexGrow: 1, height: 3 },
    ]);
    expect(r.box.slice(2)).toEqual([50, 40]);
    // Content box: 50 - 2·(10 + 5) = 20 wide, starting at 15.
    expect(r.kids).toEqual([[15, 15, 20, 3]]);
  });

  it('LAYOUT13 each padding key pads its edges', async () => {
    const at = (s: Style) => lay({ ...box100, alignItems: 'flex-start', ...s }, [{ width: 1, height: 1 }]).then((r) => r.kids[0]!.slice(0, 2));
    expect(await at({ paddingLeft: 7, paddingTop: 3 })).toEqual([7, 3]);
    expect(await at({ paddingHorizontal: 4, paddingVertical: 6 })).toEqual([4, 6]);
    expect(await at({ justifyContent: 'flex-end', paddingRight: 9 })).toEqual([90, 0]);
    expect(await at({ flexDirection: 'column', justifyContent: 'flex-end', paddingBottom: 9 })).toEqual([0, 90]);
    // Percent padding resolves against the containing block's width (CSS), on every edge.
    const pct = await lay({ width: 200, height: 50, alignItems: 'flex-start' }, [{ width: '100%', paddingTop: '10%' }]);
    expect(pct.kids[0]![3]).toBe(20);
  });

  it('LAYOUT14 margins offset boxes; auto margins absorb free space', async () => {
    const r = await lay({ ...box100, alignItems: 'flex-start' }, [
      { width: 10, height: 10, margin: 3 },
      { width: 10, height: 10, marginLeft: 5, marginTop: 7 },
    ]);
    // Second box starts after the first's margin box (3 + 10 + 3) plus its own left margin.
    expect(r.kids).toEqual([
      [3, 3, 10, 10],
      [21, 7, 10, 10],
    ]);
    const auto = await lay(box100, [{ width: 20, height: 20, margin: 'auto' }]);
    expect(auto.kids[0]).toEqual([40, 40, 20, 20]);
    const push = await lay(box100, [{ width: 20, height: 20, marginLeft: 'auto' }]);
    expect(push.kids[0]![0]).toBe(80);
    const hv = await lay({ ...box100, alignItems: 'flex-start' }, [
      { width: 10, height: 10, marginHorizontal: 4, marginVertical: 2 },
      { width: 10, height: 10, marginRight: 1, marginBottom: 1 },
    ]);
    expect(hv.kids.map((k) => [k[0], k[1]])).toEqual([
      [4, 2],
      [18, 0],
    ]);
  });
});

describe('LAYOUT positioning', () => {
  it('LAYOUT15 absolute children are placed by their insets and take no space', async () => {
    const r = await lay(box100, [
      { position: 'absolute', left: 10, top: 20, width: 30, height: 40 },
      { position: 'absolute', right: 10, bottom: 20, width: 30, height: 40 },
      { position: 'absolute', left: 10, right: 20, top: '10%', bottom: '50%' },
      { width: 5, height: 5 },
    ]);
    expect(r.kids).toEqual([
      [10, 20, 30, 40],
      [60, 40, 30, 40],
      [10, 10, 70, 40],
      [0, 0, 5, 5],
    ]);
  });

  it('LAYOUT15 insets are measured from the padding box (inside the border)', async () => {
    const r = await lay({ ...box100, padding: 10, borderWidth: 5 }, [{ position: 'absolute', left: 0, top: 0, width: 5, height: 5 }]);
    expect(r.kids[0]!.slice(0, 2)).toEqual([5, 5]);
  });

  it('LAYOUT16 relative children shift by their insets without moving siblings', async () => {
    const r = await lay({ ...box100, alignItems: 'flex-start' }, [
      { width: 10, height: 10, left: 3, top: 4 },
      { width: 10, height: 10 },
    ]);
    expect(r.kids).toEqual([
      [3, 4, 10, 10],
      [10, 0, 10, 10],
    ]);
  });
});

describe('LAYOUT gaps, ratio, display', () => {
  it('LAYOUT17 gap, rowGap and columnGap separate items and lines', async () => {
    const g = await lay(box100, [{ width: 20 }, { width: 20 }, { width: 20 }]);
    expect(g.kids.map((k) => k[0])).toEqual([0, 20, 40]);
    const gap = await lay({ ...box100, gap: 10 }, [{ width: 20 }, { width: 20 }, { width: 20 }]);
    expect(gap.kids.map((k) => k[0])).toEqual([0, 30, 60]);
    const grid = await lay({ ...box100, flexWrap: 'wrap', alignContent: 'flex-start', columnGap: 10, rowGap: 5 }, [
      { width: 40, height: 10 },
      { width: 40, height: 10 },
      { width: 40, height: 10 },
    ]);
    expect(grid.kids.map((k) => [k[0], k[1]])).toEqual([
      [0, 0],
      [50, 0],
      [0, 15],
    ]);
  });

  it('LAYOUT18 aspectRatio derives the missing dimension (width / height)', async () => {
    const r = await lay({ ...box100, alignItems: 'flex-start', flexDirection: 'column' }, [
      { width: 40, aspectRatio: 2 },
      { height: 10, aspectRatio: 3 },
    ]);
    expect(r.kids.map((k) => [k[2], k[3]])).toEqual([
      [40, 20],
      [30, 10],
    ]);
  });

  it('LAYOUT19 display none removes a box (and its subtree) from layout', async () => {
    const r = await lay(box100, [{ width: 20, display: 'none' }, { width: 20 }]);
    expect(r.kids).toEqual([
      [0, 0, 0, 0],
      [0, 0, 20, 100],
    ]);
  });
});
