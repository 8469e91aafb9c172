import type { Node, Rect } from '../core/index.js';
import { clipsChildren, contentOrigin, intersectClip, nodeBox, paintedAlpha } from './paintGeometry.js';

/**
 * The topmost node under stage point (`x`, `y`) in logical px, walking exactly the paint path
 * (positions, content offsets, `overflow: 'hidden'` clips, `display: 'none'` and zero opacity skipped):
 * children are tried in reverse paint order, so what is drawn last is hit first. `pointerEvents: 'none'`
 * removes a whole subtree; `'box-none'` lets only its children be hit. `hitSlop` enlarges a node's own
 * touchable box (never beyond its ancestors' clips). Returns undefined when nothing is hit.
 *
 * @example
 * const node = hitTest(stage.root, 120, 340);
 */
export function hitTest(root: Node, x: number, y: number): Node | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return hitNode(root, 0, 0, undefined, 1, x, y);
}

function hitNode(
  node: Node,
  ox: number,
  oy: number,
  clip: Rect | undefined,
  alpha: number,
  x: number,
  y: number,
): Node | undefined {
  if (node.pointerEvents === 'none') return undefined;
  const a = paintedAlpha(node, alpha);
  if (a === 0) return undefined;
  if (clip !== undefined && !inside(clip, x, y, 0)) return undefined;
  const box = nodeBox(node, ox, oy);
  const children = node.children;
  if (children.length > 0) {
    const childClip = clipsChildren(node) ? intersectClip(clip, box) : clip;
    if (childClip === undefined || inside(childClip, x, y, 0)) {
      const origin = contentOrigin(node, box);
      for (let i = children.length - 1; i >= 0; i--) {
        const hit = hitNode(children[i] as Node, origin.x, origin.y, childClip, a, x, y);
        if (hit !== undefined) return hit;
      }
    }
  }
  if (node.pointerEvents === 'box-none') return undefined;
  const slop = Number.isFinite(node.hitSlop) && node.hitSlop > 0 ? node.hitSlop : 0;
  return inside(box, x, y, slop) ? node : undefined;
}

// Half-open like the paint raster: a point on the shared edge of two stacked rows belongs to the lower one.
function inside(r: Rect, x: number, y: number, slop: number): boolean {
  return x >= r.x - slop && y >= r.y - slop && x < r.x + r.width + slop && y < r.y + r.height + slop;
}
