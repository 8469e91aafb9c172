import type { Canvas2D } from '../host/types.js';
import { pathRoundRect } from '../paint/index.js';
import type { Node } from './Node.js';
import type { Rect } from './Rect.js';

/** What one paint pass needs and what it reports back. */
export interface PaintPass {
  readonly ctx: Canvas2D;
  /** Backing-store px per logical px. */
  scaleX: number;
  scaleY: number;
  /** Nodes whose `paintSelf` ran (counted). */
  painted: number;
  /** Set when a node's paint code threw (the stage then unwinds the context). */
  failed: boolean;
  readonly onError: (error: unknown) => void;
}

/**
 * Paints `node` and its subtree with its origin at (`ox`, `oy`) in stage logical px: the same walk
 * as hit testing (position, content offsets, `overflow: 'hidden'` clips, `display`, opacity).
 * With a `region`, nodes outside it are skipped and clipping subtrees outside it are pruned. Errors
 * in a node's paint code are reported and never stop the walk.
 */
export function paintTree(pass: PaintPass, node: Node, ox: number, oy: number, region: Rect | undefined, alpha: number): void {
  const style = node.style;
  if (style.display === 'none') return;
  const a = alpha * (style.opacity ?? 1);
  if (!(a > 0)) return;
  const x = ox + node.x;
  const y = oy + node.y;
  // Inline overlap test: no rectangle object per painted node on the scroll path.
  const visible =
    region === undefined ||
    (region.x < x + node.width && x < region.x + region.width && region.y < y + node.height && y < region.y + region.height);
  const clips = style.overflow === 'hidden';
  if (!visible && clips) {
    node._clearPaint();
    return;
  }
  const ctx = pass.ctx;
  const sx = pass.scaleX;
  const sy = pass.scaleY;
  // Snap each node's origin to a whole backing-store pixel: text and edges stay crisp while scrolling.
  const tx = Math.round(x * sx);
  const ty = Math.round(y * sy);
  if (visible) {
    ctx.globalAlpha = a;
    ctx.setTransform(sx, 0, 0, sy, tx, ty);
    try {
      node.paintSelf(ctx);
      pass.painted++;
    } catch (err) {
      pass.failed = true;
      pass.onError(err);
    }
  }
  node._clearPaint();
  const children = node.children;
  if (children.length > 0) {
    if (clips) {
      ctx.save();
      ctx.setTransform(sx, 0, 0, sy, tx, ty);
      pathRoundRect(ctx, 0, 0, node.width, node.height, style.borderRadius ?? 0);
      ctx.clip();
    }
    const cx = x - node.contentOffsetX;
    const cy = y - node.contentOffsetY;
    for (const child of children) paintTree(pass, child, cx, cy, region, a);
    if (clips) ctx.restore();
  }
  if (visible) {
    ctx.globalAlpha = a;
    ctx.setTransform(sx, 0, 0, sy, tx, ty);
    try {
      node.paintAfterChildren(ctx);
    } catch (err) {
      pass.failed = true;
      pass.onError(err);
    }
  }
}
