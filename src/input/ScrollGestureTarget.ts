import type { Node } from '../core/index.js';

/**
 * What a scroll container implements to take part in the gesture arena. The input router calls these
 * with stage coordinates (logical px) and times on the stage clock (ms); a container never sees a
 * pointer it has not claimed, except for `scrollPointerDown`.
 */
export interface ScrollGestureTarget {
  /**
   * A finger touched inside the container at time `t`: motion stops where it is. Returns true when the
   * content was moving (a fling or animation), so the press must not become a tap.
   */
  scrollPointerDown(t: number): boolean;
  /** The container claimed the pointer at (`x`, `y`), the point where it crossed the touch slop. */
  scrollDragStart(t: number, x: number, y: number): void;
  /** The claimed pointer moved; content follows it 1:1. */
  scrollDragMove(t: number, x: number, y: number): void;
  /** The claimed pointer lifted: fling, spring back or rest. */
  scrollDragEnd(t: number): void;
  /** The claimed pointer was cancelled by the host: no fling; overscroll springs back. */
  scrollDragCancel(t: number): void;
  /** A wheel turned over the container; returns true when it scrolled (false at an edge lets it bubble). */
  scrollWheel(deltaY: number, t: number): boolean;
  /** Whether the content is larger than the viewport (there is something to scroll). Default: true. */
  canScroll?(): boolean;
}

/** True when `node` is a scroll container (implements {@link ScrollGestureTarget}). */
export function isScrollGestureTarget(node: Node): node is Node & ScrollGestureTarget {
  const candidate = node as Node & Partial<ScrollGestureTarget>;
  return (
    typeof candidate.scrollPointerDown === 'function' &&
    typeof candidate.scrollDragStart === 'function' &&
    typeof candidate.scrollDragMove === 'function' &&
    typeof candidate.scrollDragEnd === 'function' &&
    typeof candidate.scrollDragCancel === 'function' &&
    typeof candidate.scrollWheel === 'function'
  );
}

/** The nearest scroll container at or above `node`. */
export function nearestScrollable(node: Node | undefined): (Node & ScrollGestureTarget) | undefined {
  // Prefer the nearest container that can move: a short inner list must not swallow a drag meant for
  // the scrollable page around it. When none can move, the nearest still takes it (rubber-band feel).
  let nearest: (Node & ScrollGestureTarget) | undefined;
  for (let n = node; n !== undefined; n = n.parent) {
    if (!isScrollGestureTarget(n)) continue;
    if (n.canScroll === undefined || n.canScroll()) return n;
    nearest ??= n;
  }
  return nearest;
}
