import type { Node, TapEvent } from '../core/index.js';

/** The nearest node at or above `node` with an `onTap` handler. */
export function nearestTapTarget(node: Node | undefined): Node | undefined {
  for (let n = node; n !== undefined; n = n.parent) if (n.onTap !== undefined) return n;
  return undefined;
}

/**
 * Delivers a tap at stage point (`x`, `y`) to `target` and then to each ancestor's `onTap`, until a
 * handler calls `stopPropagation`. Runs synchronously (a share must happen inside the user's tap). A
 * throwing handler is reported through `onError` and stops the bubbling. Returns the handlers run.
 */
export function dispatchTap(target: Node, x: number, y: number, onError: (error: unknown) => void): number {
  let stopped = false;
  let ran = 0;
  for (let n: Node | undefined = target; n !== undefined && !stopped; n = n.parent) {
    const handler = n.onTap;
    if (handler === undefined) continue;
    const event: TapEvent = {
      target,
      currentTarget: n,
      x,
      y,
      stopPropagation: () => {
        stopped = true;
      },
    };
    ran++;
    try {
      handler.call(n, event);
    } catch (err) {
      onError(err);
      stopped = true;
    }
  }
  return ran;
}
