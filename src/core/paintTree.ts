import type { Canvas2D } from '../host/types.js';
import { pathRoundRect } from '../paint/index.js';
import { Node } from './Node.js';
import { clipHeight, clipRadius, contentOrigin } from './paintWalk.js';
import type { TextBatch } from './TextBatch.js';

/** The base class's `paintAfterChildren`, which draws nothing. */
export const NO_PAINT_AFTER = Node.prototype.paintAfterChildren;

/**
 * What one paint pass needs and what it reports back. The cull rectangle (`x0, y0, x1, y1`, stage
 * logical px) is the part of the canvas still drawable where the walk is: the dirty region (or the
 * canvas) narrowed by every `overflow: 'hidden'` ancestor.
 */
export interface PaintPass {
  readonly ctx: Canvas2D;
  /** Backing-store px per logical px. */
  scaleX: number;
  scaleY: number;
  /** Left, top, right and bottom edges of the cull rectangle. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Nodes whose `paintSelf` ran (counted). */
  painted: number;
  /** Set when a node's paint code threw (the stage then unwinds the context). */
  failed: boolean;
  /** Receives a node's paint error (the node is then drawn empty until it changes). */
  readonly onError: (error: unknown, node: Node) => void;
  /** Plain texts of the rows being painted, drawn grouped by font and colour after the last row. */
  readonly texts: TextBatch;
  /** Receives a put-off text whose paint threw (`paintFailed` bound to this pass). */
  readonly flushFailed: (node: Node, err: unknown) => void;
  /** The region drawn, backing-store px (the canvas in a full paint): no clip is set that holds all of it. */
  dx0: number;
  dy0: number;
  dx1: number;
  dy1: number;
  /** The box (logical px) of the row being painted while texts may be put off; `inRow` false otherwise. */
  inRow: boolean;
  rx0: number;
  ry0: number;
  rx1: number;
  ry1: number;
}

/**
 * Paints `node` and its subtree with its origin at (`ox`, `oy`) in stage logical px, following the rules
 * of `paintWalk.ts` that hit testing follows too (position, content offsets, `overflow: 'hidden'` clips,
 * `display`, opacity).
 * A node whose box misses the cull rectangle is not drawn; a clipping node (or one whose subtree
 * `containsPaint`) that misses it is pruned with its subtree, and inside a clipping node the rectangle shrinks to its box, so rows scrolled
 * under a list's edge (overscan, parked rows) cost one overlap test, whatever was invalidated.
 * Errors in a node's paint code are reported and never stop the walk.
 */
export function paintTree(pass: PaintPass, node: Node, ox: number, oy: number, alpha: number): void {
  // `paintedAlpha` and `clipsChildren` (paintWalk.ts), read from the values the node stored when its style changed.
  const a = alpha * node._alphaFactor;
  if (a === 0) return;
  // Fields, not getters: without a JIT (iOS) each getter is a real call, for every node of every frame.
  const x = ox + node._x;
  const y = oy + node._y;
  const w = node._w;
  const h = node._h;
  // Inline overlap test (the box widened by what it draws past it, `paintOutset`): no rectangle object
  // per visited node on the scroll path.
  const o = node._paintOutset;
  const visible = pass.x0 < x + w + o && x - o < pass.x1 && pass.y0 < y + h + o && y - o < pass.y1;
  if (!visible && (node.containsPaint || node._clips)) {
    node._clearPaint();
    return;
  }
  const ctx = pass.ctx;
  const sx = pass.scaleX;
  const sy = pass.scaleY;
  // Snap each node's origin to a whole backing-store pixel: text and edges stay crisp while scrolling.
  const tx = Math.round(x * sx);
  const ty = Math.round(y * sy);
  // A node whose paint threw in an earlier frame is drawn empty until it changes (its children still paint).
  const paints = visible && !node._paintBroken;
  const children = node._children;
  const texts = pass.texts;
  if (paints) {
    const key = node._textKey;
    if (
      pass.inRow &&
      key !== undefined &&
      children.length === 0 &&
      node.paintAfterChildren === NO_PAINT_AFTER &&
      o === 0 &&
      x >= pass.rx0 &&
      y >= pass.ry0 &&
      x + w <= pass.rx1 &&
      y + h <= pass.ry1
    ) {
      // A plain text inside a row: drawn with the others of its font and colour after the last row.
      // Overlaps are tested where its glyphs reach, not its whole box.
      node._measureInk(w);
      const ix0 = x + node._inkX0;
      const ix1 = x + node._inkX1;
      if (!texts.add(node, key, tx, ty, a, ix0, y, ix1, y + h)) {
        flushTexts(pass);
        texts.add(node, key, tx, ty, a, ix0, y, ix1, y + h);
      }
      pass.painted++;
    } else {
      if (texts.size > 0 && coversText(pass, x - o, y - o, x + w + o, y + h + o)) flushTexts(pass);
      // Both are cached by the stage's context: a node that draws nothing costs no host call.
      ctx.globalAlpha = a;
      ctx.setTransform(sx, 0, 0, sy, tx, ty);
      try {
        node.paintSelf(ctx);
        pass.painted++;
      } catch (err) {
        paintFailed(pass, node, err);
      }
    }
  }
  node._clearPaint();
  if (children.length > 0) {
    const clips = node._clips;
    const { x0, y0, x1, y1 } = pass;
    // The clip's height (paintWalk.ts): the clip is the box, this tall, at the box's origin.
    const ch = clips ? clipHeight(node, h) : 0;
    const radius = clips ? clipRadius(node.style) : 0;
    // A square clip holding the whole region drawn (a list's clip, when a scroll frame repaints just
    // the list) would clip nothing: it is not set.
    const applies = clips && !(radius === 0 && tx <= pass.dx0 && ty <= pass.dy0 && tx + w * sx >= pass.dx1 && ty + ch * sy >= pass.dy1);
    // A clip inside a row: texts put off outside it are drawn first, none is put off inside it.
    const wasInRow = pass.inRow;
    if (applies && wasInRow) {
      if (texts.size > 0) flushTexts(pass);
      pass.inRow = false;
    }
    if (applies) {
      ctx.save();
      ctx.setTransform(sx, 0, 0, sy, tx, ty);
      pathRoundRect(ctx, 0, 0, w, ch, radius);
      ctx.clip();
    }
    if (clips) {
      // The cull rectangle narrowed to the clip (the intersection `intersectClip` computes for hit
      // testing), on edges, without a rectangle object.
      if (x > x0) pass.x0 = x;
      if (y > y0) pass.y0 = y;
      if (x + w < x1) pass.x1 = x + w;
      if (y + ch < y1) pass.y1 = y + ch;
    }
    const cx = contentOrigin(x, node._scrollX);
    const cy = contentOrigin(y, node._scrollY);
    if (node.childrenApart && !wasInRow) paintRows(pass, children, cx, cy, a);
    else for (let i = 0; i < children.length; i++) paintTree(pass, children[i]!, cx, cy, a);
    pass.inRow = wasInRow;
    if (applies) ctx.restore();
    if (clips) {
      pass.x0 = x0;
      pass.y0 = y0;
      pass.x1 = x1;
      pass.y1 = y1;
    }
  }
  // Most nodes draw nothing over their children: skip restating their alpha and transform.
  if (paints && node.paintAfterChildren !== NO_PAINT_AFTER) paintOver(pass, node, x, y, a, tx, ty);
}

/**
 * Draws `node`'s `paintAfterChildren` (over its children) with its box at (`x`, `y`) logical px and its
 * origin snapped to (`tx`, `ty`) backing-store px, drawing first any waiting text it could cover.
 */
export function paintOver(pass: PaintPass, node: Node, x: number, y: number, a: number, tx: number, ty: number): void {
  const o = node._paintOutset;
  if (pass.texts.size > 0 && coversText(pass, x - o, y - o, x + node._w + o, y + node._h + o)) flushTexts(pass);
  const ctx = pass.ctx;
  ctx.globalAlpha = a;
  ctx.setTransform(pass.scaleX, 0, 0, pass.scaleY, tx, ty);
  try {
    node.paintAfterChildren(ctx);
  } catch (err) {
    paintFailed(pass, node, err);
  }
}

/**
 * Paints the children of a node whose children never overlap (`childrenApart`: a list's rows). Inside a
 * child that `containsPaint`, plain texts are put off and drawn grouped by font and colour after the last
 * child (`TextBatch`); a child without that promise first draws what is waiting and puts off nothing.
 */
function paintRows(pass: PaintPass, rows: readonly Node[], cx: number, cy: number, a: number): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const inRow = row.containsPaint;
    if (inRow) {
      pass.rx0 = cx + row._x;
      pass.ry0 = cy + row._y;
      pass.rx1 = pass.rx0 + row._w;
      pass.ry1 = pass.ry0 + row._h;
      pass.texts.rowStart = pass.texts.size;
    } else if (pass.texts.size > 0) flushTexts(pass);
    pass.inRow = inRow;
    paintTree(pass, row, cx, cy, a);
  }
  pass.inRow = false;
  if (pass.texts.size > 0) flushTexts(pass);
}

/**
 * Whether a draw reaching the rectangle (logical px) could cover a text waiting in the batch: inside
 * the row being painted only that row's texts can be under it (rows never overlap); anything reaching
 * past the row is checked against them all.
 */
function coversText(pass: PaintPass, x0: number, y0: number, x1: number, y1: number): boolean {
  if (pass.inRow && x0 >= pass.rx0 && y0 >= pass.ry0 && x1 <= pass.rx1 && y1 <= pass.ry1) return pass.texts.overlapsRow(x0, y0, x1, y1);
  return pass.texts.overlapsAny(x0, y0, x1, y1);
}

/** Draws the texts waiting in the batch (a text whose paint throws is reported like any node's). */
export function flushTexts(pass: PaintPass): void {
  pass.texts.flush(pass.ctx, pass.scaleX, pass.scaleY, pass.flushFailed);
}

/** A node's paint code threw: the stage unwinds the context after the pass, and the node is drawn empty from the next paint on. */
export function paintFailed(pass: PaintPass, node: Node, err: unknown): void {
  pass.failed = true;
  node._paintBroken = true;
  pass.onError(err, node);
}
