import type { Node } from './Node.js';
import { clipHeight } from './paintWalk.js';
import type { Rect } from './Rect.js';

/**
 * The stage area (logical px) to repaint when `node` changes: its box plus 1 px for anti-aliasing and
 * what it draws past its box (`paintOutset`), or exactly its clip for a node that draws only inside it
 * (`paintsInsideClip`, PAINTR8); cut to every clipping ancestor's clip, since nothing of the node shows
 * outside them (PAINTR11). Undefined when none of it can show: a list row rebound while scrolled under the
 * list's edge (overscan) or parked asks for no repaint at all.
 *
 * Runs for every changed node (a rebound row's texts and picture each), so it allocates only its answer:
 * the area is kept in four numbers through the walk, with the arithmetic of `inflate`, `clipBoxOf` and
 * `intersection` (Rect.ts, paintWalk.ts) so the answer is the same to the last bit.
 */
export function repaintArea(node: Node): Rect | undefined {
  const box = node.absoluteRect();
  // Each ancestor's stage position follows from its child's on the way up (one walk, not one per clip).
  let x = box.x;
  let y = box.y;
  let ax: number;
  let ay: number;
  let aw: number;
  let ah: number;
  if (node._clips && node.paintsInsideClip) {
    ax = x;
    ay = y;
    aw = box.width;
    ah = clipHeight(node, box.height);
  } else {
    const by = 1 + node._paintOutset;
    ax = x - by;
    ay = y - by;
    aw = box.width + 2 * by;
    ah = box.height + 2 * by;
  }
  let child = node;
  for (let p = node.parent; p !== undefined; child = p, p = p.parent) {
    // The inverse of `contentOrigin`: the child sits at the parent's box edge less its content offset.
    x = x - child._x + p._scrollX;
    y = y - child._y + p._scrollY;
    if (!p._clips) continue;
    // `intersection(area, clipBoxOf(p, box of p))`, on numbers.
    const ch = clipHeight(p, p._h);
    const ix = Math.max(ax, x);
    const iy = Math.max(ay, y);
    const r = Math.min(ax + aw, x + p._w);
    const btm = Math.min(ay + ah, y + ch);
    if (!(r > ix && btm > iy)) return undefined;
    ax = ix;
    ay = iy;
    aw = r - ix;
    ah = btm - iy;
  }
  return { x: ax, y: ay, width: aw, height: ah };
}
