import type { Node, Rect } from '../core/index.js';
import { clampRadii } from '../paint/index.js';
import type { Radii } from '../layout/index.js';
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
    const clips = clipsChildren(node);
    const childClip = clips ? intersectClip(clip, box) : clip;
    // A rounded clip (a card, a circle avatar) hides its children in the corners: they are not hit there.
    const inCorners = clips && !insideRounded(box, node.style.borderRadius ?? 0, x, y);
    if (!inCorners && (childClip === undefined || inside(childClip, x, y, 0))) {
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

/** True when (x, y) lies inside the box with CSS-clamped corner radii (edges as for `inside`). */
function insideRounded(box: Rect, radius: Radii, x: number, y: number): boolean {
  if (!inside(box, x, y, 0)) return false;
  if (radius === 0) return true;
  const [tl, tr, br, bl] = clampRadii(box.width, box.height, radius);
  const left = box.x;
  const top = box.y;
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const outsideCorner = (cx: number, cy: number, r: number): boolean => {
    const dx = x - cx;
    const dy = y - cy;
    return dx * dx + dy * dy > r * r;
  };
  if (x < left + tl && y < top + tl) return !outsideCorner(left + tl, top + tl, tl);
  if (x > right - tr && y < top + tr) return !outsideCorner(right - tr, top + tr, tr);
  if (x > right - br && y > bottom - br) return !outsideCorner(right - br, bottom - br, br);
  if (x < left + bl && y > bottom - bl) return !outsideCorner(left + bl, bottom - bl, bl);
  return true;
}
