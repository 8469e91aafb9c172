import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { OVERSCAN_ROWS, RowLayout } from '../../src/scroll/index.js';

/** Brute force: rows intersecting [offset, offset + viewport) plus overscan, by scanning every row. */
function bruteRange(rows: RowLayout, offset: number, viewport: number, overscan: number): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < rows.count; i++) {
    if (rows.offsetOf(i) < offset + viewport && rows.offsetOf(i + 1) > offset) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { first: 0, last: -1 };
  return { first: Math.max(0, first - overscan), last: Math.min(rows.count - 1, last + overscan) };
}

const heights = fc.array(
  fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true }), fc.integer({ min: 1, max: 120 })),
  { maxLength: 80 },
);
const layouts: fc.Arbitrary<RowLayout> = fc.oneof(
  heights.map((h) => new RowLayout({ rowHeight: 40, heights: h })),
  fc
    .record({ h: fc.double({ min: 0.5, max: 200, noNaN: true }), n: fc.integer({ min: 0, max: 80 }) })
    .map(({ h, n }) => new RowLayout({ rowHeight: h, count: n })),
);
const offset = fc.double({ min: -2000, max: 20_000, noNaN: true });

describe('RowLayout', () => {
  it('VIRT1 visibleRange equals the brute-force set of intersecting rows plus overscan, clamped', () => {
    fc.assert(
      fc.property(
        layouts,
        offset,
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (rows, o, vp, overscan) => {
          expect(rows.visibleRange(o, vp, overscan)).toEqual(bruteRange(rows, o, vp, overscan));
          expect(rows.visibleRange(o, vp)).toEqual(bruteRange(rows, o, vp, OVERSCAN_ROWS));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('VIRT2 indexAt returns the row whose [offsetOf(i), offsetOf(i + 1)) contains the offset, clamped to the ends', () => {
    fc.assert(
      fc.property(layouts, offset, (rows, o) => {
        const i = rows.indexAt(o);
        if (rows.count === 0) {
          expect(i).toBe(-1);
          return;
        }
        if (o < 0) expect(i).toBe(0);
        else if (o >= rows.totalHeight) expect(i).toBe(rows.count - 1);
        else {
          expect(rows.offsetOf(i)).toBeLessThanOrEqual(o);
          expect(rows.offsetOf(i + 1)).toBeGreaterThan(o);
        }
        for (let k = 0; k < rows.count; k++) {
          // Rows with a non-empty extent own their top edge (a 5e-324 px row can vanish in the prefix sum).
          if (rows.offsetOf(k + 1) > rows.offsetOf(k)) expect(rows.indexAt(rows.offsetOf(k))).toBe(k);
        }
      }),
    );
  });

  it('VIRT3 offsets are prefix sums of the heights and totalHeight is their sum', () => {
    fc.assert(
      fc.property(heights, (h) => {
        const rows = new RowLayout({ rowHeight: 10, heights: h });
        expect(rows.count).toBe(h.length);
        expect(rows.isFixed).toBe(false);
        let sum = 0;
        h.forEach((height, i) => {
          expect(rows.offsetOf(i)).toBe(sum);
          expect(rows.heightOf(i)).toBe(height);
          sum += height;
        });
        expect(rows.totalHeight).toBe(sum);
        expect(rows.offsetOf(h.length)).toBe(sum);
      }),
    );
  });

  it('VIRT4 an empty list has an empty range and no row at any offset', () => {
    for (const rows of [new RowLayout({ rowHeight: 50 }), new RowLayout({ rowHeight: 50, heights: [] })]) {
      expect(rows.count).toBe(0);
      expect(rows.totalHeight).toBe(0);
      expect(rows.visibleRange(0, 600)).toEqual({ first: 0, last: -1 });
      expect(rows.indexAt(10)).toBe(-1);
    }
    const zeroViewport = new RowLayout({ rowHeight: 50, count: 10 });
    expect(zeroViewport.visibleRange(100, 0, 2)).toEqual({ first: 0, last: -1 });
  });

  it('VIRT5 a million fixed-height rows need no per-row storage and answer exactly', () => {
    const rows = new RowLayout({ rowHeight: 64, count: 1_000_000 });
    expect(rows.isFixed).toBe(true);
    expect(rows.totalHeight).toBe(64_000_000);
    expect(rows.visibleRange(640_000, 600, 3)).toEqual({ first: 9997, last: 10_012 });
    expect(rows.visibleRange(64_000_000 - 600, 600, 3)).toEqual({ first: 999_987, last: 999_999 });
    expect(rows.indexAt(63_999_999)).toBe(999_999);
    rows.setCount(2_000_000);
    expect(rows.totalHeight).toBe(128_000_000);
    expect(rows.isFixed).toBe(true);
    const variable = new RowLayout({ rowHeight: 64, heights: new Float64Array(1_000_000).fill(32) });
    expect(variable.visibleRange(320_000, 320, 0)).toEqual({ first: 10_000, last: 10_009 });
  });

  it('VIRT6 setCount keeps existing heights and gives new rows rowHeight; setHeight shifts the rows below', () => {
    const rows = new RowLayout({ rowHeight: 10, heights: [5, 6, 7] });
    rows.setCount(5);
    expect([0, 1, 2, 3, 4].map((i) => rows.heightOf(i))).toEqual([5, 6, 7, 10, 10]);
    expect(rows.totalHeight).toBe(38);
    rows.setCount(2);
    expect(rows.totalHeight).toBe(11);
    rows.setHeight(0, 20);
    expect(rows.offsetOf(1)).toBe(20);
    expect(rows.totalHeight).toBe(26);

    const fixed = new RowLayout({ rowHeight: 10, count: 4 });
    fixed.setHeight(2, 30);
    expect(fixed.isFixed).toBe(false);
    expect(fixed.offsetOf(3)).toBe(50);
    fixed.setRowHeight(8);
    expect(fixed.isFixed).toBe(true);
    expect(fixed.totalHeight).toBe(32);
  });

  it('VIRT7 bad input throws a RangeError and changes nothing', () => {
    const rows = new RowLayout({ rowHeight: 10, heights: [1, 2, 3] });
    expect(() => rows.setHeights([1, Number.NaN])).toThrow(RangeError);
    expect(() => rows.setHeights([1, -2])).toThrow(RangeError);
    expect(() => rows.setCount(1.5)).toThrow(RangeError);
    expect(() => rows.setHeight(3, 10)).toThrow(RangeError);
    expect(() => rows.offsetOf(4)).toThrow(RangeError);
    expect(() => rows.heightOf(-1)).toThrow(RangeError);
    expect(() => rows.visibleRange(0, -1)).toThrow(RangeError);
    expect(() => rows.visibleRange(0, 10, -1)).toThrow(RangeError);
    expect(() => rows.setRowHeight(0)).toThrow(RangeError);
    expect(() => new RowLayout({ rowHeight: Number.NaN })).toThrow(RangeError);
    expect(rows.count).toBe(3);
    expect(rows.totalHeight).toBe(6);
    expect(rows.isFixed).toBe(false);
  });
});
