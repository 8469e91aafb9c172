import type { Canvas2D } from '../host/index.js';

/**
 * Starts a new path on `ctx` holding one circle centred at (`cx`, `cy`) with radius `r` (px).
 * A non-positive or non-finite radius leaves an empty path, so a following fill draws nothing.
 */
export function pathCircle(ctx: Canvas2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  if (!Number.isFinite(cx) || !Number.isFinite(cy) || !Number.isFinite(r) || r <= 0) return;
  // Right after beginPath there is no current point, so the arc starts its own subpath on the circle
  // (no stray segment), and a full turn ends where it began: no moveTo or closePath needed (two host
  // calls less for every avatar on every frame).
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
}
