import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { Radii, Style } from '../layout/index.js';
import { applyShadow, linearGradientFill, pathRoundRect } from '../paint/index.js';
import type { LinearGradient } from '../paint/index.js';
import { isOpaqueColor } from '../paint/isOpaqueColor.js';

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

  /** A plain box (this class's paint, not a subclass's) with an opaque colour and square corners covers its box. */
  public override coversBox(): boolean {
    return this.paintSelf === View.prototype.paintSelf && boxCovers(this.style);
  }
}

/**
 * Whether `paintBox` with style `s` (its own colour, no gradient) fills the whole box with opaque pixels:
 * an opaque background colour and square corners (a border is drawn inside, over the fill).
 */
export function boxCovers(s: Readonly<Style>): boolean {
  const r = s.borderRadius ?? 0;
  const square = typeof r === 'number' ? r === 0 : r[0] === 0 && r[1] === 0 && r[2] === 0 && r[3] === 0;
  return square && s.backgroundGradient == null && s.backgroundColor !== undefined && isOpaqueColor(s.backgroundColor);
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
