import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { Style } from '../layout/index.js';
import { OVERSCAN_ROWS, RowLayout } from '../scroll/index.js';
import type { VisibleRange } from '../scroll/index.js';
import { ListViewport } from './ListViewport.js';
import { ScrollContent } from './ScrollContent.js';
import { paintBox } from './View.js';
import { checkCount, checkListProps } from './checkListProps.js';
import { PARKED_ROW_OFFSET_PX } from './constants.js';

/** Options of a {@link List}. */
export interface ListProps {
  /** Number of rows (integer ≥ 0). */
  count: number;
  /** Row height in logical px (> 0), or a function of the row index (finite, ≥ 0), read on `setCount`/`refresh`. */
  rowHeight: number | ((index: number) => number);
  /** Builds one recyclable row (structure only; data comes from `bindRow`). */
  createRow: () => Node;
  /** Fills `row` with the data of row `index`; called only when a row enters the window or on `refresh`. */
  bindRow: (row: Node, index: number) => void;
  /**
   * Identity of the item shown at `index` (e.g. a friend's openid), read right before each `bindRow`
   * of that index. A press held on a row survives a rebind that keeps its key and is dropped when the
   * key changes. Without it (or for an `undefined` key) the list cannot tell, so every rebind counts
   * as another item.
   */
  rowKey?: (index: number) => string | number | undefined;
  /** Rows built beyond each edge of the viewport. Default `OVERSCAN_ROWS`. */
  overscan?: number;
  /** Called when the range of rows intersecting the viewport (no overscan) changes. */
  onRangeChange?: (range: VisibleRange) => void;
  /** Show the auto-hiding scrollbar. Default true. */
  showsScrollbar?: boolean;
  /** Scrollbar thumb colour. */
  scrollbarColor?: string;
}

/** Options of {@link List.scrollToIndex}. */
export interface ScrollToIndexOptions {
  animated?: boolean;
  /** Where the row ends up: top, middle, bottom, or the least movement that shows it. Default `'start'`. */
  align?: 'start' | 'center' | 'end' | 'nearest';
}

/** Counters of a {@link List} (tests and benchmarks). */
export interface ListStats {
  /** `createRow` calls since creation. */
  rowsCreated: number;
  /** `bindRow` calls since creation. */
  rowsBound: number;
  /** Rows currently on the stage. */
  liveRows: number;
  /** Detached rows waiting for reuse. */
  pooledRows: number;
}

const EMPTY: Readonly<VisibleRange> = Object.freeze({ first: 0, last: -1 });

/**
 * A virtualized vertical list: only the rows intersecting the viewport plus `overscan` rows each side
 * exist as nodes; rows leaving the window go to a pool and are rebound when they re-enter. Each row lays
 * out on its own (`setLayoutRoot(listWidth, rowHeight)`) and is placed with `setFrameOrigin`, so scrolling
 * changes one content offset and never relayouts rows; fixed or per-row heights (prefix sums, binary
 * search). A pinned footer slot is drawn over the bottom of the list (e.g. the player's own rank). The
 * list needs a bounded height from its style (`height` or `flexGrow`).
 *
 * @example
 * const list = new List({
 *   count: friends.length,
 *   rowHeight: 64,
 *   createRow: () => new FriendRow(),
 *   bindRow: (row, i) => (row as FriendRow).bind(friends[i]),
 * }, { flexGrow: 1 });
 */
export class List extends Node {
  private _props: ListProps;
  private readonly _rows: RowLayout;
  private readonly _viewport: ListViewport;
  private readonly _footerSlot: ScrollContent;
  private readonly _live = new Map<number, Node>();
  private readonly _indexOf = new Map<Node, number>();
  /** The key each live row was last bound with (see `ListProps.rowKey`). */
  private readonly _keyOf = new Map<Node, string | number>();
  private readonly _pool: Node[] = [];
  private _built: VisibleRange = EMPTY;
  private _visible: VisibleRange = EMPTY;
  private _width = 0;
  private _pendingIndex: { index: number; align: NonNullable<ScrollToIndexOptions['align']> } | undefined;
  private readonly _stats = { rowsCreated: 0, rowsBound: 0 };

  /** @throws RangeError / TypeError on invalid props (nothing is built). */
  public constructor(props: ListProps, style?: Style) {
    checkListProps(props);
    super({ ...style });
    this._props = { ...props };
    this._rows = new RowLayout({ rowHeight: typeof props.rowHeight === 'number' ? props.rowHeight : 1 });
    this._applyCount(props.count);
    this._viewport = new ListViewport(
      { position: 'absolute', left: 0, right: 0, top: 0, bottom: 0 },
      { showsScrollbar: props.showsScrollbar, scrollbarColor: props.scrollbarColor },
      { extent: () => this._rows.totalHeight + this._footerInset(), onOffset: () => this._updateWindow(), onResize: () => this._onResize() },
    );
    // The pinned footer covers the bottom of the list, so while one is shown its height extends the
    // scroll range: the last rows can always be scrolled clear of it.
    this._footerSlot = new ScrollContent(
      { position: 'absolute', left: 0, right: 0, bottom: 0, flexDirection: 'column', display: 'none' },
      () => this._viewport.syncExtent(),
    );
    this._footerSlot.pointerEvents = 'box-none';
    super.insertChild(this._viewport, 0);
    super.insertChild(this._footerSlot, 1);
  }

  /** Number of rows. */
  public get count(): number {
    return this._rows.count;
  }

  /** Rows intersecting the viewport (no overscan); `{first: 0, last: -1}` when none. */
  public get visibleRange(): VisibleRange {
    return { ...this._visible };
  }

  /** Rows currently built: the visible range plus overscan. */
  public get builtRange(): VisibleRange {
    return { ...this._built };
  }

  /** The scrolling viewport (scroll offset, `scrollTo`, scrollbar). */
  public get viewport(): ListViewport {
    return this._viewport;
  }

  /** Current scroll offset, logical px. */
  public get scrollOffset(): number {
    return this._viewport.scrollOffset;
  }

  /** Counters: rows created, bound, live and pooled. */
  public get stats(): ListStats {
    return { ...this._stats, liveRows: this._live.size, pooledRows: this._pool.length };
  }

  /** Top of row `index` in the content, logical px. */
  public rowOffset(index: number): number {
    return this._rows.offsetOf(index);
  }

  /** Height of row `index`, logical px. */
  public rowHeight(index: number): number {
    return this._rows.heightOf(index);
  }

  /** The live row node showing `index`, if built. */
  public rowAt(index: number): Node | undefined {
    return this._live.get(index);
  }

  /** Calls `fn` with every row node the list holds: the live rows, then the pooled ones. */
  public forEachRow(fn: (row: Node) => void): void {
    for (const row of this._live.values()) fn(row);
    for (const row of this._pool) fn(row);
  }

  /** The index a live row node currently shows, or -1 (use it in a row's tap handler). */
  public indexOfRow(row: Node): number {
    return this._indexOf.get(row) ?? -1;
  }

  /**
   * Sets the number of rows, keeping the scroll position (clamped into the new range). Rows that stay in
   * the window are not rebound; call `refresh` when their data changed too.
   *
   * @throws RangeError when `count` is not an integer ≥ 0 or a row height is invalid (nothing changes).
   */
  public setCount(count: number): void {
    checkCount(count);
    this._applyCount(count);
    for (const [i, row] of this._live) if (i >= count) this._release(i, row);
    this._placeLiveRows();
    this._viewport.syncExtent();
    this._updateWindow();
  }

  /**
   * Replaces the row height (e.g. a theme with taller rows): re-places and re-sizes the live rows
   * and keeps the scroll position clamped. With a fixed height this costs O(live rows), not O(count).
   *
   * @throws RangeError when the height is not a number > 0 or a function (nothing changes).
   */
  public setRowHeight(rowHeight: number | ((index: number) => number)): void {
    checkListProps({ ...this._props, rowHeight });
    const prev = this._props.rowHeight;
    this._props = { ...this._props, rowHeight };
    try {
      if (typeof rowHeight === 'number') this._rows.setRowHeight(rowHeight);
      this._applyCount(this._rows.count);
    } catch (err) {
      this._props = { ...this._props, rowHeight: prev };
      throw err;
    }
    this._placeLiveRows();
    this._viewport.syncExtent();
    this._updateWindow();
  }

  /** Rebinds row `index` in place if it is built (its data changed); O(1). Returns whether it was built. */
  public refreshRow(index: number): boolean {
    const row = this._live.get(index);
    if (row === undefined) return false;
    this._bind(row, index);
    return true;
  }

  /** Rebinds every live row in place (data changed), re-reading per-row heights; keeps the scroll position. */
  public refresh(): void {
    if (typeof this._props.rowHeight === 'function') {
      this._applyCount(this._rows.count);
      this._placeLiveRows();
      this._viewport.syncExtent();
    }
    for (const [i, row] of this._live) this._bind(row, i);
    this._updateWindow();
  }

  /**
   * Scrolls so row `index` is at the start, centre or end of the viewport, or just into view
   * (`'nearest'`). Before the first layout the request is kept until sizes are known.
   *
   * @throws RangeError when `index` is not a row index (nothing changes).
   */
  public scrollToIndex(index: number, options: ScrollToIndexOptions = {}): void {
    if (!Number.isInteger(index) || index < 0 || index >= this._rows.count) {
      throw new RangeError(`List.scrollToIndex: index must be an integer in [0, ${this._rows.count - 1}], got ${String(index)}`);
    }
    const align = options.align ?? 'start';
    if (!(this._viewport.height > 0)) {
      this._pendingIndex = { index, align };
      return;
    }
    this._pendingIndex = undefined;
    this._viewport.scrollTo(this._offsetFor(index, align), options.animated === true);
  }

  /** Scrolls to a content offset in logical px (see `ScrollView.scrollTo`). */
  public scrollTo(offset: number, animated = false): void {
    this._viewport.scrollTo(offset, animated);
  }

  /** Puts `node` in the footer slot pinned over the bottom of the list, or empties it. */
  public setFooter(node: Node | undefined): void {
    const slot = this._footerSlot;
    for (const child of slot.children.slice()) if (child !== node) slot.removeChild(child);
    if (node !== undefined && node.parent !== slot) slot.appendChild(node);
    slot.setStyle({ display: node === undefined ? 'none' : 'flex', opacity: undefined });
    this._viewport.syncExtent();
  }

  /**
   * Shows or hides the footer without removing it: a paint-only change (opacity), so pinning and
   * unpinning a footer while the list scrolls runs no layout. Hidden, it takes no taps and no room
   * in the scroll range. A footer set with `setFooter` starts shown.
   */
  public setFooterVisible(visible: boolean): void {
    const slot = this._footerSlot;
    if ((slot.style.opacity !== 0) === visible) return;
    slot.setStyle({ opacity: visible ? undefined : 0 });
    this._viewport.syncExtent();
  }

  /** True when a footer is set and shown. */
  public get footerVisible(): boolean {
    const slot = this._footerSlot;
    return slot.style.display !== 'none' && slot.style.opacity !== 0 && slot.children.length > 0;
  }

  private _footerInset(): number {
    return this.footerVisible ? this._footerSlot.height : 0;
  }

  /** The node in the footer slot, if any. */
  public get footer(): Node | undefined {
    return this._footerSlot.children[0];
  }

  /** Draws the list's background and border (its style's `backgroundColor`, `border*`), under the rows. */
  public override paintSelf(ctx: Canvas2D): void {
    paintBox(ctx, this.style, this.width, this.height);
  }

  public override insertChild<T extends Node>(_child: T, _index: number): T {
    throw new Error('friendcanvas: List children come from createRow; use setFooter for a pinned footer');
  }

  protected override onAttach(): void {
    this._updateWindow();
  }

  private _offsetFor(index: number, align: NonNullable<ScrollToIndexOptions['align']>): number {
    const top = this._rows.offsetOf(index);
    const h = this._rows.heightOf(index);
    const vh = this._viewport.height;
    if (align === 'center') return top + h / 2 - vh / 2;
    if (align === 'end') return top + h - vh;
    if (align === 'nearest') {
      const offset = this._viewport.scrollOffset;
      if (top < offset) return top;
      if (top + h > offset + vh) return top + h - vh;
      return offset;
    }
    return top;
  }

  private _onResize(): void {
    const width = this._viewport.width;
    if (width !== this._width) {
      this._width = width;
      this._placeLiveRows();
    }
    this._updateWindow();
    const pending = this._pendingIndex;
    if (pending !== undefined && this._viewport.height > 0 && pending.index < this._rows.count) {
      this._pendingIndex = undefined;
      this._viewport.scrollTo(this._offsetFor(pending.index, pending.align), false);
    }
  }

  /** Builds the rows entering the window and pools the ones leaving it; rows staying put are untouched. */
  private _updateWindow(): void {
    // Detached: keep the rows as they are; attaching rebuilds the window for the offset then.
    if (this.stage === undefined) return;
    const vp = this._viewport;
    const vh = vp.height;
    const ready = vh > 0 && this._width > 0;
    const offset = vp.scrollOffset;
    const overscan = this._props.overscan ?? OVERSCAN_ROWS;
    const built = ready ? this._windowFor(offset, vh, overscan) : EMPTY;
    for (const [i, row] of this._live) if (i < built.first || i > built.last) this._release(i, row);
    for (let i = built.first; i <= built.last; i++) if (!this._live.has(i)) this._build(i);
    this._built = built;
    const visible = ready ? this._rows.visibleRange(offset, vh, 0) : EMPTY;
    if (visible.first !== this._visible.first || visible.last !== this._visible.last) {
      this._visible = visible;
      const cb = this._props.onRangeChange;
      if (cb !== undefined) {
        try {
          cb({ ...visible });
        } catch (err) {
          this.stage?.reportError(err);
        }
      }
    }
  }

  /**
   * The rows to build: those intersecting the viewport plus `overscan` each side. With a fixed row
   * height the window keeps its steady size at the ends of the list too (the rows the missing overscan
   * would have been are built on the other side), so scrolling away from an end reuses pooled rows and
   * never creates (and lays out) new ones.
   */
  private _windowFor(offset: number, viewportHeight: number, overscan: number): VisibleRange {
    const range = this._rows.visibleRange(offset, viewportHeight, overscan);
    const h = this._props.rowHeight;
    const count = this._rows.count;
    if (typeof h !== 'number' || range.last < range.first) return range;
    const size = Math.min(count, Math.ceil(viewportHeight / h) + 1 + 2 * overscan);
    const missing = size - (range.last - range.first + 1);
    if (missing <= 0) return range;
    if (range.first === 0) return { first: 0, last: Math.min(count - 1, range.last + missing) };
    if (range.last === count - 1) return { first: Math.max(0, range.first - missing), last: range.last };
    return range;
  }

  private _build(index: number): void {
    let row = this._pool.pop();
    if (row === undefined) {
      row = this._props.createRow();
      this._stats.rowsCreated++;
    }
    // A pooled row is still on the stage with its laid-out subtree: binding content of the same shape
    // (strings in fixed boxes, another picture) changes no layout input, so no layout runs.
    this._bind(row, index);
    // Layout root first (required before it has a parent), then placed: the list itself never relayouts.
    row.setLayoutRoot(this._width, this._rows.heightOf(index));
    row.setFrameOrigin(0, this._rows.offsetOf(index));
    this._live.set(index, row);
    this._indexOf.set(row, index);
    const content = this._viewport.content;
    if (row.parent !== content) content.appendChild(row);
  }

  private _bind(row: Node, index: number): void {
    this._indexOf.set(row, index);
    // A press held on this row must not become a tap on another item, but must survive a rebind
    // that shows the same item (re-sent data, a state change of that row).
    const key = this._readKey(index);
    if (key === undefined || this._keyOf.get(row) !== key) row.invalidateInteraction();
    if (key === undefined) this._keyOf.delete(row);
    else this._keyOf.set(row, key);
    this._stats.rowsBound++;
    try {
      this._props.bindRow(row, index);
    } catch (err) {
      this.stage?.reportError(err);
    }
  }

  /** The key of row `index`, or undefined when there is no `rowKey` or it failed (identity unknown). */
  private _readKey(index: number): string | number | undefined {
    const rowKey = this._props.rowKey;
    if (rowKey === undefined) return undefined;
    try {
      const key = rowKey(index);
      return typeof key === 'string' || (typeof key === 'number' && !Number.isNaN(key)) ? key : undefined;
    } catch (err) {
      this.stage?.reportError(err);
      return undefined;
    }
  }

  private _release(index: number, row: Node): void {
    this._live.delete(index);
    this._indexOf.delete(row);
    this._keyOf.delete(row);
    // Recycled: a press held on it must not become a tap, even if it is rebound to the same item.
    row.invalidateInteraction();
    const cap = Math.max(1, this._built.last - this._built.first + 1);
    if (this._pool.length < cap) {
      // Parked, not detached: it keeps its layout (yoga nodes and boxes) for the next row it shows,
      // far above the content where the viewport's clip culls it from paint and hit testing.
      row.setFrameOrigin(0, PARKED_ROW_OFFSET_PX);
      this._pool.push(row);
    } else {
      // Detaching frees its layout nodes: at most one window's worth of rows is kept.
      this._viewport.content.removeChild(row);
    }
  }

  private _placeLiveRows(): void {
    for (const [i, row] of this._live) {
      row.setLayoutRoot(this._width, this._rows.heightOf(i));
      row.setFrameOrigin(0, this._rows.offsetOf(i));
    }
  }

  private _applyCount(count: number): void {
    const h = this._props.rowHeight;
    if (typeof h === 'number') {
      this._rows.setCount(count);
      return;
    }
    const heights = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const v = h(i);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new RangeError(`List: rowHeight(${i}) must be a finite number ≥ 0, got ${String(v)}`);
      }
      heights[i] = v;
    }
    this._rows.setHeights(heights);
  }
}
