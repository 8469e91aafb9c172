import type { Canvas2D } from '../host/types.js';

/** A two-stop linear gradient: `from` → `to` along `angle` in CSS degrees (0 up, 90 right, 180 down). */
export interface LinearGradient {
  readonly from: string;
  readonly to: string;
  readonly angle: number;
}

/**
 * A canvas gradient filling the box (`x`, `y`, `w`, `h`) like CSS `linear-gradient(angle, from, to)`:
 * the gradient line runs through the box's centre, long enough that the corners get the end colours.
 * Undefined when the host has no `createLinearGradient` (callers then fill the solid colour) or it throws.
 *
 * @example
 * const fill = linearGradientFill(ctx, { from: '#ffe27a', to: '#f0a800', angle: 180 }, 0, 0, 40, 40);
 * ctx.fillStyle = fill ?? '#f5b400';
 */
export function linearGradientFill(ctx: Canvas2D, g: LinearGradient, x: number, y: number, w: number, h: number): object | undefined {
  if (ctx.createLinearGradient === undefined || !(w > 0 && h > 0)) return undefined;
  const rad = ((Number.isFinite(g.angle) ? g.angle : 180) * Math.PI) / 180;
  const dx = Math.sin(rad);
  const dy = -Math.cos(rad);
  // CSS: the line's length makes the perpendicular through each far corner meet its end.
  const half = (Math.abs(w * dx) + Math.abs(h * dy)) / 2;
  const cx = x + w / 2;
  const cy = y + h / 2;
  try {
    const gradient = ctx.createLinearGradient(cx - dx * half, cy - dy * half, cx + dx * half, cy + dy * half);
    gradient.addColorStop(0, g.from);
    gradient.addColorStop(1, g.to);
    return gradient;
  } catch {
    // A colour the host's parser refuses: the caller falls back to the solid colour.
    return undefined;
  }
}
