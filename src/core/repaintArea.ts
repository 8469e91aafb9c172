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
  let area: Rect | undefined = node._clips && node.paintsInsideClip ? clipBoxOf(node, box) : inflate(box, 1 + node._paintOutset);
  for (let p = node.parent; p !== undefined && area !== undefined; p = p.parent) {
    if (p._clips) area = intersection(area, clipBoxOf(p, p.absoluteRect()));
  }
  return area;
}

/**
 * The node whose box to repaint for a change to `node`: inside a list row that promises `containsPaint`
 * (its layout root), the whole row, once per paint (`epoch`: the dirty list's generation, PAINTR12). A
 * rebind changes a row's texts, picture and styles, and each change would otherwise walk to the root for
 * its own rectangle. Undefined when that row is already queued for this paint.
 */
export function repaintTarget(node: Node, epoch: number): Node | undefined {
  const row = node._sharedRoot;
  if (row === undefined || row === node || !row.containsPaint) return node;
  if (row._repaintEpoch === epoch) return undefined;
  row._repaintEpoch = epoch;
  return row;
}
