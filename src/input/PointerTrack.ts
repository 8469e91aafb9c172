import { containsPoint } from '../core/index.js';
import type { Node } from '../core/index.js';
import type { ScrollGestureTarget } from './ScrollGestureTarget.js';

/**
 * Which path a pointer event came by: the host's own touch listeners (`native`, where a share counts as
 * user initiated) or a `pointer` message the game forwarded (`forwarded`). Ids are separate per path.
 */
export type PointerSource = 'native' | 'forwarded';

/** A node that scrolls under a drag. */
export type Scrollable = Node & ScrollGestureTarget;

/**
 * `press`: still a tap candidate; `drag`: claimed by a scroller; `moved`: past the slop, nothing to scroll;
 * `ignored`: another finger owns its scroller; `mirror`: the other path's copy of a finger already
 * handled (every event of it is dropped).
 */
export type TrackMode = 'press' | 'drag' | 'moved' | 'ignored' | 'mirror';

/** One finger on one input path, from its `start` to its `end` or `cancel`. */
export interface PointerTrack {
  readonly source: PointerSource;
  readonly startX: number;
  readonly startY: number;
  x: number;
  y: number;
  mode: TrackMode;
  /** The tap target held down; cleared when the press is dropped (its row rebound, its content scrolled). */
  pressed: Node | undefined;
  /** Stops watching the pressed path (see {@link watchPath}). */
  unwatch?: () => void;
  /** Interaction epochs of the pressed node and its ancestors at press time (see `Node.interactionEpoch`). */
  readonly pressedPath?: ReadonlyArray<readonly [Node, number]>;
  readonly scroller: Scrollable | undefined;
  /** The press caught moving content: it stops the motion and is never a tap. */
  readonly caughtMotion: boolean;
  /** Stage clock minus the caller's clock, fixed at the start of the gesture. */
  readonly clockOffset: number;
  lastT: number;
}

/**
 * Converts a caller's event time `t` to the stage clock (`now` when absent): monotonic within the
 * gesture and never in the future. Advances `track.lastT`.
 */
export function trackTime(track: PointerTrack, t: number | undefined, now: number): number {
  const mapped = t === undefined ? now : Math.min(now, t + track.clockOffset);
  const time = Math.max(track.lastT, mapped);
  track.lastT = time;
  return time;
}

/** Records `node` and its ancestors with their interaction epochs, to tell later whether the press still stands. */
export function pathOf(node: Node | undefined): Array<readonly [Node, number]> | undefined {
  if (node === undefined) return undefined;
  const path: Array<readonly [Node, number]> = [];
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) path.push([n, n.interactionEpoch]);
  return path;
}

/** True when every node of the recorded path is still attached under the same parent with the same epoch. */
export function samePath(path: ReadonlyArray<readonly [Node, number]> | undefined): boolean {
  if (path === undefined) return true;
  for (let i = 0; i < path.length; i++) {
    const [node, epoch] = path[i]!;
    if (node.interactionEpoch !== epoch) return false;
    const parent = path[i + 1]?.[0];
    if (node.parent !== parent) return false;
  }
  return true;
}

/**
 * Calls `drop` when any node of `path` is rebound to other content (`invalidateInteraction`) while the
 * press is held; returns the function that stops watching.
 */
export function watchPath(path: ReadonlyArray<readonly [Node, number]> | undefined, drop: () => void): () => void {
  if (path === undefined) return () => {};
  for (const [node] of path) (node._interactionWatchers ??= []).push(drop);
  return () => {
    for (const [node] of path) {
      const list = node._interactionWatchers;
      const at = list === undefined ? -1 : list.indexOf(drop);
      if (at >= 0) list!.splice(at, 1);
      if (list !== undefined && list.length === 0) node._interactionWatchers = undefined;
    }
  };
}

/** Whether `p` (stage px) is still on `node`'s box as it is now, with `margin` px of tolerance. */
export function stillOn(node: Node, x: number, y: number, margin: number): boolean {
  return containsPoint(node.absoluteRect(), x, y, margin);
}
