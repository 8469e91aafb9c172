import type { StageContext } from '../core/index.js';
import type { RowLayout, VisibleRange } from '../scroll/index.js';
import type { ScrollToIndexOptions } from './ListProps.js';

/** No rows. */
export const EMPTY_RANGE: Readonly<VisibleRange> = Object.freeze({ first: 0, last: -1 });

/**
 * The rows a list builds: those intersecting the viewport plus `overscan` each side. With a fixed row
 * height (`rowHeight` a number) the window keeps its steady size at the ends of the list too (the rows
 * the missing overscan would have been are built on the other side), so scrolling away from an end
 * reuses pooled rows and never creates (and lays out) new ones.
 */
export function windowFor(rows: RowLayout, rowHeight: number | ((index: number) => number), offset: number, viewportHeight: number, overscan: number): VisibleRange {
  const range = rows.visibleRange(offset, viewportHeight, overscan);
  const count = rows.count;
  if (typeof rowHeight !== 'number' || range.last < range.first) return range;
  const size = Math.min(count, Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan);
  const missing = size - (range.last - range.first + 1);
  if (missing <= 0) return range;
  if (range.first === 0) return { first: 0, last: Math.min(count - 1, range.last + missing) };
  if (range.last === count - 1) return { first: Math.max(0, range.first - missing), last: range.last };
  return range;
}

/**
 * The scroll offset that puts row `index` at the start, centre or end of a viewport `viewportHeight`
 * tall, or (`'nearest'`) the least movement from `offset` that shows it, logical px (unclamped).
 */
export function offsetForRow(rows: RowLayout, index: number, align: NonNullable<ScrollToIndexOptions['align']>, offset: number, viewportHeight: number): number {
  const top = rows.offsetOf(index);
  const h = rows.heightOf(index);
  const vh = viewportHeight;
  if (align === 'center') return top + h / 2 - vh / 2;
  if (align === 'end') return top + h - vh;
  if (align === 'nearest') {
    if (top < offset) return top;
    if (top + h > offset + vh) return top + h - vh;
    return offset;
  }
  return top;
}

/**
 * Reads per-row heights from `rowHeight(i)` for `count` rows.
 *
 * @throws RangeError when a height is not a finite number ≥ 0.
 */
export function readRowHeights(count: number, rowHeight: (index: number) => number): Float64Array {
  const heights = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = rowHeight(i);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`List: rowHeight(${i}) must be a finite number ≥ 0, got ${String(v)}`);
    }
    heights[i] = v;
  }
  return heights;
}

/** Gives `rows` `count` rows: of the fixed height, or of the heights `rowHeight(i)` answers (checked). */
export function applyRowCount(rows: RowLayout, rowHeight: number | ((index: number) => number), count: number): void {
  if (typeof rowHeight === 'number') rows.setCount(count);
  else rows.setHeights(readRowHeights(count, rowHeight));
}

/** Calls a list's `onRangeChange` with a copy of `range`; what it throws goes to `report`. */
export function notifyRange(cb: ((range: VisibleRange) => void) | undefined, range: VisibleRange, report: (err: unknown) => void): void {
  if (cb === undefined) return;
  try {
    cb({ ...range });
  } catch (err) {
    report(err);
  }
}

/**
 * The overscan a list builds late after building its window from nothing (LIST19): a stage ticker that
 * lets one frame go by, then builds. Added between frames (friend data arriving), the frame let go by is
 * the one drawing the rows just built; added during a frame's layout (the list's first size), that frame
 * has drawn them and the one let go by is idle, so the build comes a frame later than it had to. One
 * pending ticker at most, which the list stops when it is detached, so the stage never holds a list (or
 * the list a stage) past that.
 */
export class DeferredOverscan {
  private _stop: (() => void) | undefined;

  /** Runs `build` at the start of the frame after the next one, replacing any pending run. */
  public schedule(stage: StageContext, build: () => void): void {
    this.cancel();
    let waited = false;
    this._stop = stage.addTicker(() => {
      if (!waited) {
        waited = true;
        return true;
      }
      this._stop = undefined;
      build();
      return false;
    });
  }

  /** Drops a pending run. */
  public cancel(): void {
    this._stop?.();
    this._stop = undefined;
  }
}
