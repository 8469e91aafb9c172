import type { ListProps } from './ListProps.js';

/** Throws a RangeError unless `count` is an integer ≥ 0 (a row count). */
export function checkCount(count: unknown): void {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new RangeError(`List: count must be an integer ≥ 0, got ${String(count)}`);
  }
}

/** Throws a clear TypeError / RangeError when List props are unusable, before anything is built. */
export function checkListProps(props: ListProps): void {
  if (typeof props !== 'object' || props === null) throw new TypeError('List: props must be an object');
  checkCount(props.count);
  const h = props.rowHeight;
  if (typeof h === 'number' ? !(Number.isFinite(h) && h > 0) : typeof h !== 'function') {
    throw new RangeError('List: rowHeight must be a number > 0 or a function of the row index');
  }
  if (typeof props.createRow !== 'function' || typeof props.bindRow !== 'function') {
    throw new TypeError('List: createRow and bindRow must be functions');
  }
  if (props.rowKey !== undefined && typeof props.rowKey !== 'function') throw new TypeError('List: rowKey must be a function');
  const o = props.overscan;
  if (o !== undefined && !(Number.isInteger(o) && o >= 0)) throw new RangeError('List: overscan must be an integer ≥ 0');
}
