import { childFrame, clipBoxOf, clipRadius, containsPoint, containsPointRounded, placeChild, placeNode } from '../core/index.js';
import type { Node, PaintedNode } from '../core/index.js';

/**
 * The topmost node under stage point (`x`, `y`) in logical px, walking the paint path with the paint
 * walk's own rules (`core/paintWalk.ts`: positions, content offsets, `overflow: 'hidden'` clips with their
 * rounded corners, `display: 'none'` and zero opacity skipped): children are tried in reverse paint order,
 * so what is drawn last is hit first. `pointerEvents: 'none'` removes a whole subtree; `'box-none'` lets
 * only its children be hit. `hitSlop` enlarges a node's own touchable box (never beyond its ancestors'
 * clips). Returns undefined when nothing is hit.
 *
 * @example
 * const node = hitTest(stage.root, 120, 340);
 */
export function hitTest(root: Node, x: number, y: number): Node | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  // The stage root has no clip above it; every other node is placed only where its parent's clip holds the point.
  if (root.pointerEvents === 'none') return undefined;
  return hitPlaced(placeNode(root, 0, 0, undefined, 1), x, y);
}

function hitPlaced(placed: PaintedNode, x: number, y: number): Node | undefined {
  if (placed.alpha === 0) return undefined;
  const node = placed.node;
  const box = placed.box;
  const children = node.children;
  if (children.length > 0) {
    const frame = childFrame(placed);
    // A rounded clip (a card, a circle avatar) hides its children in the corners: they are not hit there.
    const inCorners = node._clips && !containsPointRounded(clipBoxOf(node, box), clipRadius(node.style), x, y);
    if (!inCorners && (frame.clip === undefined || containsPoint(frame.clip, x, y))) {
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]!;
        if (child.pointerEvents === 'none') continue;
        const hit = hitPlaced(placeChild(frame, child), x, y);
        if (hit !== undefined) return hit;
      }
    }
  }
  if (node.pointerEvents === 'box-none') return undefined;
  const slop = Number.isFinite(node.hitSlop) && node.hitSlop > 0 ? node.hitSlop : 0;
  return containsPoint(box, x, y, slop) ? node : undefined;
}
