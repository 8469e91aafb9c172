import type { Node, Rect } from '../core/index.js';

/**
 * The geometry of the stage's paint walk, shared by hit testing and every "where is this node on the
 * stage" question so the two can never disagree: a node's box sits at its parent's content origin plus
 * its own `x/y`; its children sit at its box origin minus its content (scroll) offset; `display: 'none'`
 * and a zero effective opacity skip the subtree; `overflow: 'hidden'` clips the subtree to the box.
 * All values are stage logical px.
 */

/** The box of `node` whose parent's content origin is at (`originX`, `originY`). */
export function nodeBox(node: Node, originX: number, originY: number): Rect {
  return { x: originX + node.x, y: originY + node.y, width: node.width, height: node.height };
}

/** The origin the children of `node` are placed from, given the node's own box. */
export function contentOrigin(node: Node, box: Rect): { x: number; y: number } {
  return { x: box.x - node.contentOffsetX, y: box.y - node.contentOffsetY };
}

/** The opacity `node` paints with under `parentAlpha`, or 0 when the paint walk skips its subtree. */
export function paintedAlpha(node: Node, parentAlpha: number): number {
  const style = node.style;
  if (style.display === 'none') return 0;
  const a = parentAlpha * (style.opacity ?? 1);
  return a > 0 ? a : 0;
}

/** True when `node` clips its subtree to its box. */
export function clipsChildren(node: Node): boolean {
  return node.style.overflow === 'hidden';
}

/** One node reached by {@link forEachPaintedNode}. */
export interface PaintedNode {
  readonly node: Node;
  /** The node's box on the stage. */
  readonly box: Rect;
  /** The area ancestors' clips leave visible (undefined: unclipped). */
  readonly clip: Rect | undefined;
}

/**
 * Visits, in paint order, every node the paint walk would reach from `root` (whose parent content origin
 * is the stage origin), with its stage box and the clip of its ancestors.
 */
export function forEachPaintedNode(root: Node, visit: (painted: PaintedNode) => void): void {
  walk(root, 0, 0, undefined, 1, visit);
}

function walk(
  node: Node,
  ox: number,
  oy: number,
  clip: Rect | undefined,
  alpha: number,
  visit: (painted: PaintedNode) => void,
): void {
  const a = paintedAlpha(node, alpha);
  if (a === 0) return;
  const box = nodeBox(node, ox, oy);
  visit({ node, box, clip });
  const childClip = clipsChildren(node) ? intersectClip(clip, box) : clip;
  if (childClip !== undefined && (childClip.width <= 0 || childClip.height <= 0)) return;
  const origin = contentOrigin(node, box);
  for (const child of node.children) walk(child, origin.x, origin.y, childClip, a, visit);
}

/** The intersection of an optional clip with a box (an empty rect when they do not overlap). */
export function intersectClip(clip: Rect | undefined, box: Rect): Rect {
  if (clip === undefined) return box;
  const x = Math.max(clip.x, box.x);
  const y = Math.max(clip.y, box.y);
  const r = Math.min(clip.x + clip.width, box.x + box.width);
  const b = Math.min(clip.y + clip.height, box.y + box.height);
  return { x, y, width: Math.max(0, r - x), height: Math.max(0, b - y) };
}

/**
 * Where `node` is painted on the stage: its box following the same offsets as the paint walk, and the
 * part of it its ancestors' clips leave visible (`visible` is undefined when the node is not painted at all:
 * detached, hidden by `display: 'none'` or zero opacity on the path, or clipped away entirely).
 */
export function stageRectOf(node: Node): { box: Rect; visible: Rect | undefined } {
  const path: Node[] = [];
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) path.push(n);
  let ox = 0;
  let oy = 0;
  let clip: Rect | undefined;
  let alpha = 1;
  let shown = node.stage !== undefined;
  let box: Rect = { x: 0, y: 0, width: 0, height: 0 };
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as Node;
    alpha = paintedAlpha(n, alpha);
    if (alpha === 0) shown = false;
    box = nodeBox(n, ox, oy);
    if (i === 0) break;
    if (clipsChildren(n)) clip = intersectClip(clip, box);
    const origin = contentOrigin(n, box);
    ox = origin.x;
    oy = origin.y;
  }
  if (!shown) return { box, visible: undefined };
  const visible = intersectClip(clip, box);
  return { box, visible: visible.width > 0 && visible.height > 0 ? visible : undefined };
}
