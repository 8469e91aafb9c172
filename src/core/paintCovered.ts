import type { Node } from './Node.js';
import { NO_PAINT_AFTER, paintOver, paintTree } from './paintTree.js';
import type { PaintPass } from './paintTree.js';
import { clipHeight, clipRadius, contentOrigin } from './paintWalk.js';

/**
 * Finds the topmost node whose own paint covers the whole region with opaque pixels (`coversBox`), reached
 * through nodes whose boxes contain the region, drawn at full opacity, and whose clips (if any) leave the
 * region whole. The region (`x0, y0, x1, y1`) is in backing-store px, and boxes are compared where they
 * are drawn (origins snapped like `paintTree` snaps them, scaled by `sx`, `sy`). Fills `path` with the
 * nodes from `root` down to it and returns true; false (`path` emptied) when there is none. Only nodes
 * whose boxes contain the region are visited: a few per region.
 */
export function findCover(root: Node, sx: number, sy: number, x0: number, y0: number, x1: number, y1: number, path: Node[]): boolean {
  path.length = 0;
  // One search state for every region of every frame (nothing allocated per paint); it keeps no node after.
  const s = SEARCH;
  s.sx = sx;
  s.sy = sy;
  s.x0 = x0;
  s.y0 = y0;
  s.x1 = x1;
  s.y1 = y1;
  s.best = path;
  try {
    search(s, root, 0, 0);
  } finally {
    s.trail.length = 0;
    s.best = NO_PATH;
  }
  return path.length > 0;
}

/** The region searched, in backing-store px, the scales, the nodes on the way down and the best path so far. */
interface Search {
  sx: number;
  sy: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The nodes on the way down (emptied when the search ends). */
  readonly trail: Node[];
  best: Node[];
}

const NO_PATH: Node[] = [];
const SEARCH: Search = { sx: 1, sy: 1, x0: 0, y0: 0, x1: 0, y1: 0, trail: [], best: NO_PATH };

function search(s: Search, node: Node, ox: number, oy: number): void {
  if (node._alphaFactor !== 1 || node._paintBroken) return;
  // Fields, not getters (this runs for every child of every box holding the region, each frame).
  const x = ox + node._x;
  const y = oy + node._y;
  const top = Math.round(y * s.sy);
  // Most children (a list's rows) fail on the vertical test: checked first.
  if (!(top <= s.y0 && top + node._h * s.sy >= s.y1)) return;
  const left = Math.round(x * s.sx);
  if (!(left <= s.x0 && left + node._w * s.sx >= s.x1)) return;
  s.trail.push(node);
  if (node.coversBox()) {
    s.best.length = 0;
    for (const n of s.trail) s.best.push(n);
  }
  // Below a clip only a region its corners and its inset leave whole can be drawn without the clip.
  if (!node._clips || clipLeavesWhole(s, node, left, top)) {
    const cx = contentOrigin(x, node._scrollX);
    const cy = contentOrigin(y, node._scrollY);
    // In paint order: a later sibling's cover lies over an earlier one's.
    const children = node._children;
    for (let i = 0; i < children.length; i++) search(s, children[i]!, cx, cy);
  }
  s.trail.pop();
}

/** Whether the clip of `node` (drawn from `left`, `top`, backing-store px) leaves the region whole: above its inset, clear of its corners. */
function clipLeavesWhole(s: Search, node: Node, left: number, top: number): boolean {
  const bottom = top + clipHeight(node, node._h) * s.sy;
  if (s.y1 > bottom) return false;
  const radius = clipRadius(node.style);
  const r = typeof radius === 'number' ? radius : Math.max(radius[0], radius[1], radius[2], radius[3]);
  if (!(r > 0)) return true;
  // Clear of the corner squares: within the box narrowed by the radius on one axis.
  const rx = r * s.sx;
  const ry = r * s.sy;
  return (s.x0 >= left + rx && s.x1 <= left + node._w * s.sx - rx) || (s.y0 >= top + ry && s.y1 <= bottom - ry);
}

/**
 * Paints a region from its cover (`path`'s last node) up: what lies under the cover there (the ancestors'
 * own paint, earlier siblings and their subtrees) is skipped, as are the ancestors' clips (they leave the
 * region whole); later siblings and the ancestors' `paintAfterChildren` are drawn as usual.
 */
export function paintFromCover(pass: PaintPass, path: readonly Node[], depth: number, ox: number, oy: number): void {
  const node = path[depth]!;
  if (depth === path.length - 1) {
    paintTree(pass, node, ox, oy, 1);
    return;
  }
  node._clearPaint();
  const x = ox + node._x;
  const y = oy + node._y;
  const cx = contentOrigin(x, node._scrollX);
  const cy = contentOrigin(y, node._scrollY);
  const children = node._children;
  const next = children.indexOf(path[depth + 1]!);
  paintFromCover(pass, path, depth + 1, cx, cy);
  for (let i = next + 1; i < children.length; i++) paintTree(pass, children[i]!, cx, cy, 1);
  if (node.paintAfterChildren !== NO_PAINT_AFTER && !node._paintBroken) {
    paintOver(pass, node, x, y, 1, Math.round(x * pass.scaleX), Math.round(y * pass.scaleY));
  }
}
