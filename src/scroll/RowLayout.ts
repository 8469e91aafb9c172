import { OVERSCAN_ROWS } from './constants.js';
import { assertFinite, assertNonNegative } from './assertFinite.js';

/** Options of a {@link RowLayout}; all sizes in px. */
export interface RowLayoutOptions {
  /** Height of every row in fixed mode, and of rows added by `setCount` in variable mode; > 0. */
  rowHeight: number;
  /** Number of rows in fixed mode (default 0); ignored when `heights` is given. */
  count?: number;
  /** Per-row heights (≥ 0): switches to variable mode with `heights.length` rows. */
  heights?: ArrayLike<number>;
}

/** Inclusive row index range; empty when `first > last` (always `{first: 0, last: -1}`). */
export interface VisibleRange {
  first: number;
  last: number;
}

/**
 * Vertical row geometry of a virtualized list: row offsets, hit lookup and the range of rows to build for a
 * viewport. Fixed mode stores only (count, rowHeight), so a million rows cost nothing; variable mode keeps prefix
 * sums in a Float64Array. Lookups are binary searches over the same offsets `offsetOf` returns, so the answers
 * agree exactly with a brute-force scan.
 *
 * @example
 * const rows = new RowLayout({ rowHeight: 64, count: 1_000_000 });
 * rows.visibleRange(scroller.offset, 600); // { first, last } of rows to build
 */
export class RowLayout {
  private _count = 0;
  private _rowHeight = 1;
  private _heights: Float64Array | null = null; // null in fixed mode
  private _offsets: Float64Array | null = null; // prefix sums, length count + 1

  /** Creates a layout in fixed mode, or in variable mode when `heights` is given. */
  public constructor(options: RowLayoutOptions) {
    this.setRowHeight(options.rowHeight);
    if (options.heights !== undefined) this.setHeights(options.heights);
    else this.setCount(options.count ?? 0);
  }

  /** Number of rows. */
  public get count(): number {
    return this._count;
  }

  /** True when every row has the same height (no per-row storage). */
  public get isFixed(): boolean {
    return this._heights === null;
  }

  /** Sum of all row heights, in px. */
  public get totalHeight(): number {
    return this._edge(this._count);
  }

  /** Switches to fixed mode with every row `rowHeight` px tall (> 0), keeping the count. O(1). */
  public setRowHeight(rowHeight: number): void {
    assertFinite('rowHeight', rowHeight);
    if (rowHeight <= 0) throw new RangeError(`scroll: rowHeight must be > 0, got ${String(rowHeight)}`);
    this._rowHeight = rowHeight;
    this._heights = null;
    this._offsets = null;
  }

  /** Switches to variable mode with one row per entry of `heights` (each finite, ≥ 0 px). O(n). */
  public setHeights(heights: ArrayLike<number>): void {
    const n = heights.length;
    for (let i = 0; i < n; i++) assertNonNegative(`heights[${i}]`, heights[i] as number);
    const copy = new Float64Array(n);
    for (let i = 0; i < n; i++) copy[i] = heights[i] as number;
    this._install(copy);
  }

  /** Sets the height of row `index` to `height` px (variable mode; switches to it if needed). O(count − index). */
  public setHeight(index: number, height: number): void {
    this._checkIndex(index, this._count - 1);
    assertNonNegative('height', height);
    if (this._heights === null) this._install(new Float64Array(this._count).fill(this._rowHeight));
    const heights = this._heights as Float64Array;
    const offsets = this._offsets as Float64Array;
    heights[index] = height;
    for (let i = index; i < this._count; i++) offsets[i + 1] = (offsets[i] as number) + (heights[i] as number);
  }

  /** Sets the number of rows: O(1) in fixed mode; in variable mode O(n), new rows get `rowHeight`. */
  public setCount(count: number): void {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`scroll: count must be an integer ≥ 0, got ${String(count)}`);
    }
    if (this._heights === null) {
      this._count = count;
      return;
    }
    const next = new Float64Array(count);
    next.set(this._heights.subarray(0, Math.min(count, this._count)));
    if (count > this._count) next.fill(this._rowHeight, this._count);
    this._install(next);
  }

  /** Top of row `index` in px, for index in [0, count] (`offsetOf(count)` is the total height). */
  public offsetOf(index: number): number {
    this._checkIndex(index, this._count);
    return this._edge(index);
  }

  /** Height of row `index` in px, for index in [0, count − 1]. */
  public heightOf(index: number): number {
    this._checkIndex(index, this._count - 1);
    return this._heights === null ? this._rowHeight : (this._heights[index] as number);
  }

  /**
   * Row containing content offset `offset` px (the row with `offsetOf(i) ≤ offset < offsetOf(i + 1)`), clamped to
   * the first/last row outside the content; -1 for an empty list.
   */
  public indexAt(offset: number): number {
    assertFinite('offset', offset);
    if (this._count === 0) return -1;
    // Largest i in [0, count − 1] with offsetOf(i) ≤ offset; zero-height rows resolve to the row after them.
    let lo = 0;
    let hi = this._count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this._edge(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Rows intersecting [offset, offset + viewportHeight) px plus `overscan` rows each side, clamped to
   * [0, count − 1]; `{first: 0, last: -1}` when no row intersects.
   */
  public visibleRange(offset: number, viewportHeight: number, overscan: number = OVERSCAN_ROWS): VisibleRange {
    assertFinite('offset', offset);
    assertNonNegative('viewportHeight', viewportHeight);
    if (!Number.isInteger(overscan) || overscan < 0) {
      throw new RangeError(`scroll: overscan must be an integer ≥ 0, got ${String(overscan)}`);
    }
    const n = this._count;
    const end = offset + viewportHeight;
    // first: smallest i with offsetOf(i + 1) > offset; last: largest i with offsetOf(i) < end.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this._edge(mid + 1) > offset) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    lo = -1;
    hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this._edge(mid) < end) lo = mid;
      else hi = mid - 1;
    }
    const last = lo;
    if (first > last) return { first: 0, last: -1 };
    return { first: Math.max(0, first - overscan), last: Math.min(n - 1, last + overscan) };
  }

  private _edge(index: number): number {
    return this._offsets === null ? index * this._rowHeight : (this._offsets[index] as number);
  }

  private _install(heights: Float64Array): void {
    const offsets = new Float64Array(heights.length + 1);
    for (let i = 0; i < heights.length; i++) offsets[i + 1] = (offsets[i] as number) + (heights[i] as number);
    this._heights = heights;
    this._offsets = offsets;
    this._count = heights.length;
  }

  private _checkIndex(index: number, max: number): void {
    if (!Number.isInteger(index) || index < 0 || index > max) {
      throw new RangeError(`scroll: row index must be an integer in [0, ${max}], got ${String(index)}`);
    }
  }
}
