import type { Canvas2D } from '../host/types.js';

/** A drop shadow or glow in logical px. */
export interface Shadow {
  readonly color: string;
  readonly blur: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Sets the context's shadow for the next drawing calls, in logical px. Canvas shadows ignore the
 * transform (HTML spec, "shadows": offsets and blur are in the coordinate space's output units), so
 * they are scaled by the transform's scale here to look the same at every pixel ratio. Call inside
 * `save()`/`restore()`; {@link clearShadow} turns it off. A host without shadows draws none.
 */
export function applyShadow(ctx: Canvas2D, shadow: Shadow): void {
  const m = ctx.getTransform?.();
  const sx = m === undefined ? 1 : Math.hypot(m.a, m.b) || 1;
  const sy = m === undefined ? 1 : Math.hypot(m.c, m.d) || 1;
  ctx.shadowColor = shadow.color;
  // The blur is a standard deviation × 2 (spec): scale it like a length, by the mean scale.
  ctx.shadowBlur = shadow.blur * ((sx + sy) / 2);
  ctx.shadowOffsetX = shadow.x * sx;
  ctx.shadowOffsetY = shadow.y * sy;
}

/** Turns the shadow off (transparent colour, no blur, no offset). */
export function clearShadow(ctx: Canvas2D): void {
  ctx.shadowColor = 'rgba(0, 0, 0, 0)';
  ctx.shadowBlur = 0;
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 0;
}
