import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { Style } from '../layout/index.js';
import { OVERSCAN_ROWS, RowLayout } from '../scroll/index.js';
import type { VisibleRange } from '../scroll/index.js';
import type { ListProps, ListStats, ScrollToIndexOptions } from './ListProps.js';
import { ListFooterSlot } from './ListFooterSlot.js';
import { ListRows } from './ListRows.js';
import { ListViewport } from './ListViewport.js';
import { boxCovers, paintBox } from './View.js';
import { checkCount, checkListProps } from './checkListProps.js';
import { DeferredOverscan, EMPTY_RANGE, applyRowCount, notifyRange, offsetForRow, windowFor } from './listWindow.js';

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
  private readonly _footerSlot: ListFooterSlot;
  private readonly _rowNodes: ListRows;
  private _built: VisibleRange = EMPTY_RANGE;
  private _visible: VisibleRange = EMPTY_RANGE;
  private _width = 0;
  private readonly _overscanLater = new DeferredOverscan();
  private _pendingIndex: { index: number; align: NonNullable<ScrollToIndexOptions['align']> } | undefined;

  /** @throws RangeError / TypeError on invalid props (nothing is built). */
  public constructor(props: ListProps, style?: Style) {
    checkListProps(props);
    super({ ...style });
    this._props = { ...props };
    this._rows = new RowLayout({ rowHeight: typeof props.rowHeight === 'number' ? props.rowHeight : 1 });
    applyRowCount(this._rows, props.rowHeight, props.count);
    this._viewport = new ListViewport(
      { position: 'absolute', left: 0, right: 0, top: 0, bottom: 0 },
      { showsScrollbar: props.showsScrollbar, scrollbarColor: props.scrollbarColor },
      { extent: () => this._rows.totalHeight + this._footerSlot.inset, onOffset: () => this._updateWindow(), onResize: () => this._onResize(), footerInset: () => this._footerSlot.inset },
    );
    // Rows sit one under another and never overlap: their texts may be drawn grouped (core/TextBatch.ts).
    this._viewport.content.childrenApart = true;
    this._footerSlot = new ListFooterSlot(() => this._viewport.syncExtent());
    this._rowNodes = new ListRows({
      createRow: props.createRow,
      bindRow: props.bindRow,
      rowKey: props.rowKey,
      rows: this._rows,
      content: this._viewport.content,
      reportError: (err) => this.stage?.reportError(err),
    });
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

  /** Rows currently built: the visible range plus overscan (just the visible rows until the frame after an open: LIST19). */
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
    const rows = this._rowNodes;
    return { ...rows.stats, liveRows: rows.liveCount, pooledRows: rows.pooledCount };
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
    return this._rowNodes.rowAt(index);
  }

  /** Calls `fn` with every row node the list holds: the live rows, then the pooled ones. */
  public forEachRow(fn: (row: Node) => void): void {
    this._rowNodes.forEach(fn);
  }

  /** The index a live row node currently shows, or -1 (use it in a row's tap handler). */
  public indexOfRow(row: Node): number {
    return this._rowNodes.indexOf(row);
  }

  /**
   * Sets the number of rows, keeping the scroll position (clamped into the new range). Rows that stay in
   * the window are not rebound; call `refresh` when their data changed too.
   *
   * @throws RangeError when `count` is not an integer ≥ 0 or a row height is invalid (nothing changes).
   */
  public setCount(count: number): void {
    checkCount(count);
    applyRowCount(this._rows, this._props.rowHeight, count);
    this._rowNodes.releaseOutside(0, count - 1, this._poolCap());
    this._rowNodes.placeLive(this._width);
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
      applyRowCount(this._rows, this._props.rowHeight, this._rows.count);
    } catch (err) {
      this._props = { ...this._props, rowHeight: prev };
      throw err;
    }
    this._rowNodes.placeLive(this._width);
    this._viewport.syncExtent();
    this._updateWindow();
  }

  /** Rebinds row `index` in place if it is built (its data changed); O(1). Returns whether it was built. */
  public refreshRow(index: number): boolean {
    const row = this._rowNodes.rowAt(index);
    if (row === undefined) return false;
    this._rowNodes.bind(row, index);
    return true;
  }

  /** Rebinds every live row in place (data changed), re-reading per-row heights; keeps the scroll position. */
  public refresh(): void {
    if (typeof this._props.rowHeight === 'function') {
      applyRowCount(this._rows, this._props.rowHeight, this._rows.count);
      this._rowNodes.placeLive(this._width);
      this._viewport.syncExtent();
    }
    this._rowNodes.rebindAll();
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
    const vp = this._viewport;
    vp.scrollTo(offsetForRow(this._rows, index, align, vp.scrollOffset, vp.height), options.animated === true);
  }

  /** Scrolls to a content offset in logical px (see `ScrollView.scrollTo`). */
  public scrollTo(offset: number, animated = false): void {
    this._viewport.scrollTo(offset, animated);
  }

  /** Puts `node` in the footer slot pinned over the bottom of the list, or empties it. */
  public setFooter(node: Node | undefined): void {
    this._footerSlot.setFooter(node);
  }

  /**
   * Shows or hides the footer without removing it: a paint-only change (opacity), so pinning and
   * unpinning a footer while the list scrolls runs no layout. Hidden, it takes no taps and no room
   * in the scroll range. A footer set with `setFooter` starts shown.
   */
  public setFooterVisible(visible: boolean): void {
    this._footerSlot.setShown(visible);
  }

  /** True when a footer is set and shown. */
  public get footerVisible(): boolean {
    return this._footerSlot.shown;
  }

  /** The node in the footer slot, if any. */
  public get footer(): Node | undefined {
    return this._footerSlot.footer;
  }

  /** Draws the list's background and border (its style's `backgroundColor`, `border*`), under the rows. */
  public override paintSelf(ctx: Canvas2D): void {
    paintBox(ctx, this.style, this.width, this.height);
  }

  /** With an opaque colour and square corners its background covers its box: a scroll frame starts here. */
  public override coversBox(): boolean {
    return boxCovers(this.style);
  }

  public override insertChild<T extends Node>(_child: T, _index: number): T {
    throw new Error('friendcanvas: List children come from createRow; use setFooter for a pinned footer');
  }

  protected override onAttach(): void {
    this._updateWindow();
  }

  protected override onDetach(): void {
    // A detached list (a panel switched away) must not be held by the stage until the next frame.
    this._overscanLater.cancel();
  }

  private _onResize(): void {
    const width = this._viewport.width;
    if (width !== this._width) {
      this._width = width;
      this._rowNodes.placeLive(this._width);
    }
    this._updateWindow();
    const pending = this._pendingIndex;
    if (pending !== undefined && this._viewport.height > 0 && pending.index < this._rows.count) {
      this._pendingIndex = undefined;
      this._viewport.scrollTo(offsetForRow(this._rows, pending.index, pending.align, this.scrollOffset, this._viewport.height), false);
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
    let overscan = this._props.overscan ?? OVERSCAN_ROWS;
    // Built from nothing (an open): the rows on screen now, the overscan once the frame showing them is done.
    if (this._built.last < this._built.first && overscan > 0 && ready && this._rows.count > 0) {
      overscan = 0;
      this._overscanLater.schedule(this.stage, () => this._updateWindow());
    }
    const built = ready ? windowFor(this._rows, this._props.rowHeight, offset, vh, overscan) : EMPTY_RANGE;
    this._rowNodes.releaseOutside(built.first, built.last, this._poolCap());
    this._rowNodes.buildMissing(built.first, built.last, this._width);
    this._built = built;
    const visible = ready ? this._rows.visibleRange(offset, vh, 0) : EMPTY_RANGE;
    if (visible.first !== this._visible.first || visible.last !== this._visible.last) {
      this._visible = visible;
      notifyRange(this._props.onRangeChange, visible, (err) => this.stage?.reportError(err));
    }
  }

  /** At most one window's worth of rows is kept parked (the window built before this change). */
  private _poolCap(): number {
    return Math.max(1, this._built.last - this._built.first + 1);
  }
}
