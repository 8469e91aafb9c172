import type { Canvas2D } from '../host/index.js';

/** Corner radii in px, clockwise from the top-left corner: `[topLeft, topRight, bottomRight, bottomLeft]`. */
export type CornerRadii = readonly [number, number, number, number];

/**
 * Resolves corner radii (px) for a `w`×`h` box the way CSS does: negative or non-finite radii become 0,
 * then all radii shrink by one common factor until no two adjacent radii overlap along a side
 * (CSS Backgrounds 3 §5.5 "Overlapping Curves"). A uniform radius therefore clamps to half the smaller side.
 */
export function clampRadii(w: number, h: number, radii: number | CornerRadii): [number, number, number, number] {
  if (!(w > 0) || !(h > 0)) return [0, 0, 0, 0];
  const uniform = typeof radii === 'number';
  const tl = usableRadius(uniform ? radii : radii[0]);
  const tr = usableRadius(uniform ? radii : radii[1]);
  const br = usableRadius(uniform ? radii : radii[2]);
  const bl = usableRadius(uniform ? radii : radii[3]);
  const f = overlapScale(w, h, tl, tr, br, bl);
  return [tl * f, tr * f, br * f, bl * f];
}

/** A corner radius as CSS reads it: negative or non-finite is 0. */
function usableRadius(v: number): number {
  return Number.isFinite(v) && v > 0 ? v : 0;
}

/** The common factor (0–1) that keeps adjacent radii (px) from overlapping along each side of a `w`×`h` box. */
function overlapScale(w: number, h: number, tl: number, tr: number, br: number, bl: number): number {
  let f = 1;
  // Each side must hold the two radii that meet on it.
  if (tl + tr > 0) f = Math.min(f, w / (tl + tr));
  if (bl + br > 0) f = Math.min(f, w / (bl + br));
  if (tl + bl > 0) f = Math.min(f, h / (tl + bl));
  if (tr + br > 0) f = Math.min(f, h / (tr + br));
  return f;
}

/**
 * Starts a new path on `ctx` outlining a rounded rectangle (px); the caller fills, strokes or clips it.
 * Radii are clamped with {@link clampRadii}; an empty or non-finite box leaves an empty path.
 *
 * @example
 * pathRoundRect(ctx, 0, 0, 120, 40, 8); ctx.fill();
 */
export function pathRoundRect(
  ctx: Canvas2D,
  x: number,
  y: number,
  w: number,
  h: number,
  radii: number | CornerRadii,
): void {
  ctx.beginPath();
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(w) || !Number.isFinite(h)) return;
  if (w <= 0 || h <= 0) return;
  // Square corners (every clip of a scroll view, most boxes): one rectangle, no corner arithmetic.
  if (radii === 0) {
    ctx.rect(x, y, w, h);
    return;
  }
  // clampRadii's arithmetic on numbers: no arrays on the paint path (a rounded fill or clip per row).
  const uniform = typeof radii === 'number';
  let tl = usableRadius(uniform ? radii : radii[0]);
  let tr = usableRadius(uniform ? radii : radii[1]);
  let br = usableRadius(uniform ? radii : radii[2]);
  let bl = usableRadius(uniform ? radii : radii[3]);
  const f = overlapScale(w, h, tl, tr, br, bl);
  tl *= f;
  tr *= f;
  br *= f;
  bl *= f;
  const right = x + w;
  const bottom = y + h;
  const quarter = Math.PI / 2;
  // Equal corners meeting across a side (a medal disc, a pill button, a scrollbar thumb) leave no
  // straight edge there: two half-turns (one full turn for a circle) instead of four corners and lines.
  if (tr === tl && br === tl && bl === tl) {
    const across = Math.min(w, h);
    if (Math.abs(2 * tl - across) <= across * 1e-9) {
      const r = across / 2;
      if (w === h) ctx.arc(x + r, y + r, r, 0, Math.PI * 2);
      else if (w < h) {
        ctx.arc(x + r, y + r, r, Math.PI, 2 * Math.PI);
        ctx.arc(x + r, bottom - r, r, 0, Math.PI);
        ctx.closePath();
      } else {
        ctx.arc(right - r, y + r, r, -quarter, quarter);
        ctx.arc(x + r, y + r, r, quarter, 3 * quarter);
        ctx.closePath();
      }
      return;
    }
  }
  ctx.moveTo(x + tl, y);
  ctx.lineTo(right - tr, y);
  if (tr > 0) ctx.arc(right - tr, y + tr, tr, -quarter, 0);
  ctx.lineTo(right, bottom - br);
  if (br > 0) ctx.arc(right - br, bottom - br, br, 0, quarter);
  ctx.lineTo(x + bl, bottom);
  if (bl > 0) ctx.arc(x + bl, bottom - bl, bl, quarter, Math.PI);
  ctx.lineTo(x, y + tl);
  if (tl > 0) ctx.arc(x + tl, y + tl, tl, Math.PI, Math.PI + quarter);
  ctx.closePath();
}
