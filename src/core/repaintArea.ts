import type { Node } from './Node.js';
import { clipBoxOf } from './paintWalk.js';
import { inflate, intersection } from './Rect.js';
import type { Rect } from './Rect.js';

/**
 * The stage area (logical px) to repaint when `node` changes: its box plus 1 px for anti-aliasing and
 * what it draws past its box (`paintOutset`), or exactly its clip for a node that draws only inside it
 * (`paintsInsideClip`, PAINTR8); cut to every clipping ancestor's clip, since nothing of the node shows
 * outside them (PAINTR11). Undefined when none of it can show: a list row rebound while scrolled under the
 * list's edge (overscan) or parked asks for no repaint at all.
 */
export function repaintArea(node: Node): Rect | undefined {
  const box = node.absoluteRect();
  // Each ancestor's stage position follows from its child's on the way up (one walk, not one per clip).
  let x = box.x;
  let y = box.y;
  let area: Rect | undefined = node._clips && node.paintsInsideClip ? clipBoxOf(node, box) : inflate(box, 1 + node._paintOutset);
  let child = node;
  for (let p = node.parent; p !== undefined && area !== undefined; child = p, p = p.parent) {
    // The inverse of `contentOrigin`: the child sits at the parent's box edge less its content offset.
    x = x - child._x + p._scrollX;
    y = y - child._y + p._scrollY;
    if (p._clips) area = intersection(area, clipBoxOf(p, { x, y, width: p._w, height: p._h }));
  }
  return area;
}
