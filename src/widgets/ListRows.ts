import type { Node } from '../core/index.js';
import type { RowLayout } from '../scroll/index.js';
import type { ListProps } from './ListProps.js';
import { PARKED_ROW_OFFSET_PX } from './constants.js';

/** What the row recycler needs from its `List`. */
export interface ListRowsOptions {
  readonly createRow: ListProps['createRow'];
  readonly bindRow: ListProps['bindRow'];
  readonly rowKey: ListProps['rowKey'];
  /** Row geometry (heights and offsets). */
  readonly rows: RowLayout;
  /** Where rows are attached (the list viewport's content). */
  readonly content: Node;
  /** Reports a callback's error without stopping the list (the stage's reporter, when attached). */
  readonly reportError: (err: unknown) => void;
}

/**
 * The row nodes of a `List`: the live rows by index, a pool of parked rows for reuse, and the item key
 * each live row was bound with (so a press survives a rebind of the same item only). Internal to List.
 */
export class ListRows {
  /** `createRow` and `bindRow` calls since creation. */
  public readonly stats = { rowsCreated: 0, rowsBound: 0 };
  private readonly _options: ListRowsOptions;
  private readonly _live = new Map<number, Node>();
  private readonly _indexOf = new Map<Node, number>();
  /** The key each live row was last bound with (see `ListProps.rowKey`). */
  private readonly _keyOf = new Map<Node, string | number>();
  private readonly _pool: Node[] = [];

  public constructor(options: ListRowsOptions) {
    this._options = options;
  }

  /** Rows on the stage showing an index. */
  public get liveCount(): number {
    return this._live.size;
  }

  /** Parked rows waiting for reuse. */
  public get pooledCount(): number {
    return this._pool.length;
  }

  /** The live row showing `index`, if built. */
  public rowAt(index: number): Node | undefined {
    return this._live.get(index);
  }

  /** The index a live row shows, or -1. */
  public indexOf(row: Node): number {
    return this._indexOf.get(row) ?? -1;
  }

  /** Calls `fn` with every row node held: the live rows, then the pooled ones. */
  public forEach(fn: (row: Node) => void): void {
    for (const row of this._live.values()) fn(row);
    for (const row of this._pool) fn(row);
  }

  /** Rebinds every live row in place (their data changed). */
  public rebindAll(): void {
    for (const [i, row] of this._live) this.bind(row, i);
  }

  /** Releases the live rows outside `[first, last]`, keeping at most `poolCap` parked. */
  public releaseOutside(first: number, last: number, poolCap: number): void {
    for (const [i, row] of this._live) if (i < first || i > last) this._release(i, row, poolCap);
  }

  /** Builds the rows of `[first, last]` that are not live, `width` logical px wide. */
  public buildMissing(first: number, last: number, width: number): void {
    for (let i = first; i <= last; i++) if (!this._live.has(i)) this._build(i, width);
  }

  /** Re-sizes and re-places every live row for the current geometry and `width`. */
  public placeLive(width: number): void {
    const rows = this._options.rows;
    for (const [i, row] of this._live) {
      row.setLayoutRoot(width, rows.heightOf(i));
      row.setFrameOrigin(0, rows.offsetOf(i));
    }
  }

  /** Binds `row` to `index`: a press held on it is dropped unless it keeps showing the same item. */
  public bind(row: Node, index: number): void {
    this._indexOf.set(row, index);
    // A press held on this row must not become a tap on another item, but must survive a rebind
    // that shows the same item (re-sent data, a state change of that row).
    const key = this._readKey(index);
    if (key === undefined || this._keyOf.get(row) !== key) row.invalidateInteraction();
    if (key === undefined) this._keyOf.delete(row);
    else this._keyOf.set(row, key);
    this.stats.rowsBound++;
    try {
      this._options.bindRow(row, index);
    } catch (err) {
      this._options.reportError(err);
    }
  }

  private _build(index: number, width: number): void {
    const { rows, content } = this._options;
    let row = this._pool.pop();
    if (row === undefined) {
      row = this._options.createRow();
      this.stats.rowsCreated++;
    }
    // A pooled row is still on the stage with its laid-out subtree: binding content of the same shape
    // (strings in fixed boxes, another picture) changes no layout input, so no layout runs.
    this.bind(row, index);
    // Layout root first (required before it has a parent), then placed: the list itself never relayouts.
    row.setLayoutRoot(width, rows.heightOf(index));
    row.setFrameOrigin(0, rows.offsetOf(index));
    this._live.set(index, row);
    this._indexOf.set(row, index);
    if (row.parent !== content) content.appendChild(row);
  }

  /** The key of row `index`, or undefined when there is no `rowKey` or it failed (identity unknown). */
  private _readKey(index: number): string | number | undefined {
    const rowKey = this._options.rowKey;
    if (rowKey === undefined) return undefined;
    try {
      const key = rowKey(index);
      return typeof key === 'string' || (typeof key === 'number' && !Number.isNaN(key)) ? key : undefined;
    } catch (err) {
      this._options.reportError(err);
      return undefined;
    }
  }

  private _release(index: number, row: Node, poolCap: number): void {
    this._live.delete(index);
    this._indexOf.delete(row);
    this._keyOf.delete(row);
    // Recycled: a press held on it must not become a tap, even if it is rebound to the same item.
    row.invalidateInteraction();
    if (this._pool.length < poolCap) {
      // Parked, not detached: it keeps its layout (yoga nodes and boxes) for the next row it shows,
      // far above the content where the viewport's clip culls it from paint and hit testing.
      row.setFrameOrigin(0, PARKED_ROW_OFFSET_PX);
      this._pool.push(row);
    } else {
      // Detaching frees its layout nodes: at most one window's worth of rows is kept.
      this._options.content.removeChild(row);
    }
  }
}
