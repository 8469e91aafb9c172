import type { Node } from '../core/index.js';
import type { VisibleRange } from '../scroll/index.js';

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
