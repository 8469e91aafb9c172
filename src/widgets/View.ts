import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { Radii, Style } from '../layout/index.js';
import { applyShadow, linearGradientFill, pathRoundRect } from '../paint/index.js';
import type { LinearGradient } from '../paint/index.js';

/**
 * A flexbox box: background colour (or gradient), shadow, border (width + colour) and corner radii,
 * optional clipping of its children (`overflow: 'hidden'`).
 *
 * @example
 * const card = new View({ flexDirection: 'row', padding: 12, backgroundColor: '#fff', borderRadius: 12 });
 */
export class View extends Node {
  public override paintSelf(ctx: Canvas2D): void {
    paintBox(ctx, this.style, this.width, this.height);
  }
}

/**
 * Draws a box's background and border from a style at the origin. Shared by every boxed widget.
 * `background` replaces the style's colour, `gradient` its gradient (`null`: none, the colour only);
 * a gradient the host cannot draw falls back to the colour. The style's `boxShadow` is cast by the fill.
 */
export function paintBox(
  ctx: Canvas2D,
  s: Readonly<Style>,
  w: number,
  h: number,
  background: string | undefined = s.backgroundColor,
  gradient: LinearGradient | null | undefined = s.backgroundGradient,
): void {
  if (!(w > 0 && h > 0)) return;
  const radius = s.borderRadius ?? 0;
  const fill = (gradient != null ? linearGradientFill(ctx, gradient, 0, 0, w, h) : undefined) ?? background;
  if (fill !== undefined) {
    const shadow = s.boxShadow;
    if (shadow !== undefined) {
      ctx.save();
      applyShadow(ctx, shadow);
    }
    ctx.fillStyle = fill;
    if (radius === 0) ctx.fillRect(0, 0, w, h);
    else {
      pathRoundRect(ctx, 0, 0, w, h, radius);
      ctx.fill();
    }
    if (shadow !== undefined) ctx.restore();
  }
  const bw = s.borderWidth ?? 0;
  if (bw > 0 && s.borderColor !== undefined) {
    ctx.strokeStyle = s.borderColor;
    ctx.lineWidth = bw;
    // Stroke inside the box, like CSS borders with border-box sizing.
    const inset = bw / 2;
    const shrink = (v: number): number => Math.max(0, v - inset);
    const r: Radii = typeof radius === 'number' ? shrink(radius) : [shrink(radius[0]), shrink(radius[1]), shrink(radius[2]), shrink(radius[3])];
    pathRoundRect(ctx, inset, inset, w - bw, h - bw, r);
    ctx.stroke();
  }
}
