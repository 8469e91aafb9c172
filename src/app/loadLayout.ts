import { createYogaLayoutEngine } from '../layout/index.js';
import type { LayoutEngine } from '../layout/index.js';

/**
 * Calls `start` with the layout engine, or with the error that kept it from loading: synchronously for
 * the default engine and for an engine object (no promise callback on the way: iOS <= 15 hosts run
 * them as timer tasks), after the promise for an asynchronous one. The returned promise resolves once
 * `start` ran.
 */
export function loadLayout(
  option: LayoutEngine | Promise<LayoutEngine> | undefined,
  start: (layout: LayoutEngine | undefined, error: unknown) => void,
): Promise<void> {
  let layout: LayoutEngine | Promise<LayoutEngine>;
  try {
    layout = option ?? createYogaLayoutEngine();
  } catch (err) {
    start(undefined, err);
    return Promise.resolve();
  }
  if (!isPromiseLike(layout)) {
    start(layout, undefined);
    return Promise.resolve();
  }
  return layout.then(
    (engine) => start(engine, undefined),
    (err: unknown) => start(undefined, err),
  );
}

function isPromiseLike<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}
