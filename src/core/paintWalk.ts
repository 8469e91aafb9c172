import type { Radii, Style } from '../layout/index.js';
import type { Node } from './Node.js';
import { intersectClip } from './Rect.js';
import type { Rect } from './Rect.js';

/**
 * The paint walk's rules, stated once for everything that asks where a node is drawn: the stage's
 * paint (`paintTree`), hit testing (`input/hitTest.ts`), `Node.absoluteRect` and {@link stageRectOf}.
 * A node's box sits at its parent's content origin plus its own `x/y`; its children sit at its box
 * origin minus its content (scroll) offset; `display: 'none'` and a zero effective opacity skip the subtree; `overflow: 'hidden'`
 * clips the subtree to the box less its `clipInsetBottom`, rounded by `borderRadius`. All values are stage logical px.
 *
 * The style rules ({@link alphaFactor}, {@link clipsChildren}) are derived here and stored by `Node` when
 * its style changes (`_alphaFactor`, `_clips`): the paint walk, the hot path of every scroll frame, and
 * hit testing read fields, not calls (without a JIT, as on iOS, every small function is a real call).
 * {@link placeNode}, {@link childFrame} and {@link placeChild} build rectangles for callers that want
 * them ({@link forEachPaintedNode}, {@link stageRectOf}).
 */

/**
 * The factor a node with `style` multiplies its parent's opacity by when it is painted (0–1): 0 for
 * `display: 'none'`, else its `opacity` (1 when unset). A node whose effective opacity is 0 is skipped
 * with its subtree. `Node` stores it whenever its style changes (`_alphaFactor`), so the walks read a field.
 */
export function alphaFactor(style: Readonly<Style>): number {
  if (style.display === 'none') return 0;
  return style.opacity ?? 1;
}

/**
 * The opacity `node` paints with under `parentAlpha` (0–1), or 0 when the walk skips its subtree
 * (`display: 'none'`, or an effective opacity of 0): its parent's times its {@link alphaFactor}.
 */
export function paintedAlpha(node: Node, parentAlpha: number): number {
  return parentAlpha * node._alphaFactor;
}

/**
 * True when a node with `style` clips its subtree to its box (`overflow: 'hidden'`). `Node` stores it
 * whenever its style changes (`_clips`), so the walks read a field.
 */
export function clipsChildren(style: Readonly<Style>): boolean {
  return style.overflow === 'hidden';
}

/**
 * How far past its box a node with `style` may draw, logical px: a shadow's reach (1.5 × its blur, three
 * standard deviations, plus its offset) and a text outline's width (which casts the text shadow when there
 * is one). The stage widens a node's repaint and cull rectangles by it, so a glow or a button's shadow is
 * cleared with its node and repainted when a neighbour's region crosses it. `Node` stores it (`_paintOutset`).
 */
export function paintOutset(style: Readonly<Style>): number {
  const stroke = style.textStroke !== undefined && style.textStroke.width > 0 ? style.textStroke.width : 0;
  return Math.max(shadowReach(style.boxShadow), stroke + shadowReach(style.textShadow));
}

function shadowReach(s: Style['boxShadow']): number {
  if (s === undefined) return 0;
  const reach = Math.ceil(1.5 * Math.max(0, s.blur) + Math.max(Math.abs(s.x), Math.abs(s.y)));
  return Number.isFinite(reach) ? reach : 0;
}

/** The corner radii (logical px) of the clip a clipping node with `style` applies to its subtree: its `borderRadius`. */
export function clipRadius(style: Readonly<Style>): Radii {
  return style.borderRadius ?? 0;
}

/**
 * The height of the clip a clipping `node` whose box is `height` tall applies to its subtree: the box
 * less its {@link Node.clipInsetBottom} (never negative). The clip keeps the box's origin and width.
 */
export function clipHeight(node: Node, height: number): number {
  const inset = node.clipInsetBottom;
  return inset > 0 ? Math.max(0, height - inset) : height;
}

/**
 * The rectangle a clipping `node` whose box is `box` clips its subtree to ({@link clipHeight}; allocates:
 * for hit testing and geometry queries).
 */
export function clipBoxOf(node: Node, box: Rect): Rect {
  const height = clipHeight(node, box.height);
  return height === box.height ? box : { x: box.x, y: box.y, width: box.width, height };
}

/**
 * Where a node's children are placed from on one axis: its box edge minus its content offset on that axis
 * (`contentOffsetX/Y`, the scroll position of a scroll container), so content scrolled down moves up.
 */
export function contentOrigin(boxEdge: number, contentOffset: number): number {
  return boxEdge - contentOffset;
}

/** One node where the paint walk places it (see {@link placeNode}). */
export interface PaintedNode {
  readonly node: Node;
  /** The node's box on the stage. */
  readonly box: Rect;
  /** The area ancestors' clips leave visible (undefined: unclipped). */
  readonly clip: Rect | undefined;
  /** The opacity it paints with; 0 when the walk skips it and its subtree. */
  readonly alpha: number;
}

/** Where the children of a placed node go (see {@link childFrame}). */
export interface ChildFrame {
  /** Their parent's content origin: its box origin minus its content offset. */
  readonly x: number;
  readonly y: number;
  /** The clip they are under: the parent's, narrowed to its box when it clips. */
  readonly clip: Rect | undefined;
  /** The opacity they inherit. */
  readonly alpha: number;
}

/**
 * Places `node` whose parent's content origin is (`originX`, `originY`), under the ancestors' `clip`
 * and opacity `parentAlpha`. Allocates: for hit testing and geometry queries, not for painting.
 */
export function placeNode(node: Node, originX: number, originY: number, clip: Rect | undefined, parentAlpha: number): PaintedNode {
  const box: Rect = { x: originX + node.x, y: originY + node.y, width: node.width, height: node.height };
  return { node, box, clip, alpha: paintedAlpha(node, parentAlpha) };
}

/** Where the children of `parent` go: worked out once per parent, then {@link placeChild} for each child. */
export function childFrame(parent: PaintedNode): ChildFrame {
  const { node, box, clip } = parent;
  return {
    x: contentOrigin(box.x, node.contentOffsetX),
    y: contentOrigin(box.y, node.contentOffsetY),
    clip: node._clips ? intersectClip(clip, clipBoxOf(node, box)) : clip,
    alpha: parent.alpha,
  };
}

/** Places `child` in the frame its parent gives its children. */
export function placeChild(frame: ChildFrame, child: Node): PaintedNode {
  return placeNode(child, frame.x, frame.y, frame.clip, frame.alpha);
}

/**
 * Visits, in paint order, every node the paint walk would reach from `root` (placed at the stage
 * origin), with its stage box and the clip of its ancestors. A subtree its ancestors' clips hide
 * entirely is not entered.
 */
export function forEachPaintedNode(root: Node, visit: (painted: PaintedNode) => void): void {
  visitPainted(placeNode(root, 0, 0, undefined, 1), visit);
}

function visitPainted(painted: PaintedNode, visit: (painted: PaintedNode) => void): void {
  if (painted.alpha === 0) return;
  visit(painted);
  const children = painted.node.children;
  if (children.length === 0) return;
  const frame = childFrame(painted);
  const clip = frame.clip;
  if (clip !== undefined && (clip.width <= 0 || clip.height <= 0)) return;
  for (const child of children) visitPainted(placeChild(frame, child), visit);
}

/**
 * Where `node` is painted on the stage: its box following the same offsets as the paint walk, and the
 * part of it its ancestors' clips leave visible (`visible` is undefined when the node is not painted at all:
 * detached, hidden by `display: 'none'` or zero opacity on the path, or clipped away entirely).
 */
export function stageRectOf(node: Node): { box: Rect; visible: Rect | undefined } {
  const path: Node[] = [];
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) path.push(n);
  let placed = placeNode(path[path.length - 1]!, 0, 0, undefined, 1);
  for (let i = path.length - 2; i >= 0; i--) placed = placeChild(childFrame(placed), path[i]!);
  const box = placed.box;
  if (node.stage === undefined || placed.alpha === 0) return { box, visible: undefined };
  const visible = intersectClip(placed.clip, box);
  return { box, visible: visible.width > 0 && visible.height > 0 ? visible : undefined };
}
