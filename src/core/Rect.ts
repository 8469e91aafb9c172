import type { Radii } from '../layout/index.js';
import { clampRadii } from '../paint/index.js';

/** An axis-aligned rectangle in logical px. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Grows `r` in place by `by` on every side; returns it. */
export function inflate(r: Rect, by: number): Rect {
  r.x -= by;
  r.y -= by;
  r.width += 2 * by;
  r.height += 2 * by;
  return r;
}

/** True when two rectangles overlap with positive area. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest rectangle containing both. */
export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The overlap of two rectangles, or undefined when they do not overlap. */
export function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.width, b.x + b.width);
  const btm = Math.min(a.y + a.height, b.y + b.height);
  return r > x && btm > y ? { x, y, width: r - x, height: btm - y } : undefined;
}

/**
 * A clip narrowed to `box`: the box itself when there was no clip (`undefined`), else their overlap
 * (an empty rect, never undefined, when they do not overlap: undefined means "unclipped").
 */
export function intersectClip(clip: Rect | undefined, box: Rect): Rect {
  if (clip === undefined) return box;
  const x = Math.max(clip.x, box.x);
  const y = Math.max(clip.y, box.y);
  const r = Math.min(clip.x + clip.width, box.x + box.width);
  const b = Math.min(clip.y + clip.height, box.y + box.height);
  return { x, y, width: Math.max(0, r - x), height: Math.max(0, b - y) };
}

/**
 * True when the point lies inside the rectangle grown by `slop` px on every side. Half-open like the
 * paint raster (top/left edges inside, bottom/right outside): a point on the shared edge of two stacked
 * rows belongs to the lower one.
 */
export function containsPoint(r: Rect, px: number, py: number, slop = 0): boolean {
  return px >= r.x - slop && py >= r.y - slop && px < r.x + r.width + slop && py < r.y + r.height + slop;
}

/** True when `inner` lies wholly inside `outer` (edges may touch). */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * True when the point lies inside the rectangle with corner radii `radius` clamped as CSS does
 * ({@link clampRadii}), the shape `pathRoundRect` clips to; edges as for {@link containsPoint}.
 */
export function containsPointRounded(r: Rect, radius: Radii, px: number, py: number): boolean {
  if (!containsPoint(r, px, py)) return false;
  if (radius === 0) return true;
  const [tl, tr, br, bl] = clampRadii(r.width, r.height, radius);
  const left = r.x;
  const top = r.y;
  const right = r.x + r.width;
  const bottom = r.y + r.height;
  if (px < left + tl && py < top + tl) return insideCircle(px, py, left + tl, top + tl, tl);
  if (px > right - tr && py < top + tr) return insideCircle(px, py, right - tr, top + tr, tr);
  if (px > right - br && py > bottom - br) return insideCircle(px, py, right - br, bottom - br, br);
  if (px < left + bl && py > bottom - bl) return insideCircle(px, py, left + bl, bottom - bl, bl);
  return true;
}

function insideCircle(px: number, py: number, cx: number, cy: number, r: number): boolean {
  const dx = px - cx;
  const dy = py - cy;
  return dx * dx + dy * dy <= r * r;
}
