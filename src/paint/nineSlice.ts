import type { Canvas2D } from '../host/types.js';

/** Nine-slice insets in source-image px. */
export interface SliceInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** One `drawImage` of a nine-slice: a source rectangle (image px) and where it goes (logical px). */
export interface NineSlicePatch {
  readonly sx: number;
  readonly sy: number;
  readonly sw: number;
  readonly sh: number;
  readonly dx: number;
  readonly dy: number;
  readonly dw: number;
  readonly dh: number;
}

/** A non-negative finite inset, else 0. */
function inset(v: number): number {
  return Number.isFinite(v) && v > 0 ? v : 0;
}

/**
 * Scales a pair of insets down by one factor so they leave at least 1 px of the source between them
 * (never up): the middle row or column always has pixels to stretch, so the box never shows a hole.
 */
function fitPair(a: number, b: number, size: number): [number, number] {
  const sum = a + b;
  if (sum === 0 || sum <= size - 1) return [a, b];
  const k = Math.max(0, size - 1) / sum;
  return [a * k, b * k];
}

/**
 * The patches that draw an image of `srcW`×`srcH` px into a `dstW`×`dstH` box as a nine-slice.
 * Corners keep their size (1 source px = 1 logical px), edges stretch along their edge, the centre
 * both ways. Degenerate input never throws, by these rules, in order:
 * 1. an inset that is negative, NaN or infinite counts as 0;
 * 2. insets that together leave less than 1 source px between them are scaled down by one factor to
 *    leave 1 px (the middle always has pixels to stretch: no hole in the box);
 * 3. when the corners do not fit the box, all four are scaled by the one factor that makes them fit,
 *    so they shrink keeping their shape (never stretched) and the middle row or column vanishes;
 * 4. all insets 0: the whole image stretched over the box (one patch);
 * 5. a patch of zero size is left out; a source or box that is not a positive size gives none.
 *
 * @example
 * nineSlicePatches(48, 48, { top: 16, right: 16, bottom: 16, left: 16 }, 300, 64); // 9 patches
 */
export function nineSlicePatches(srcW: number, srcH: number, slice: SliceInsets, dstW: number, dstH: number): NineSlicePatch[] {
  if (!(srcW > 0 && srcH > 0 && dstW > 0 && dstH > 0) || !Number.isFinite(srcW + srcH + dstW + dstH)) return [];
  const [l, r] = fitPair(inset(slice.left), inset(slice.right), srcW);
  const [t, b] = fitPair(inset(slice.top), inset(slice.bottom), srcH);
  if (l + r + t + b === 0) return [{ sx: 0, sy: 0, sw: srcW, sh: srcH, dx: 0, dy: 0, dw: dstW, dh: dstH }];
  const k = Math.min(1, l + r > 0 ? dstW / (l + r) : 1, t + b > 0 ? dstH / (t + b) : 1);
  // Source columns/rows and destination columns/rows: [start, size] each.
  const sCols = [[0, l], [l, srcW - l - r], [srcW - r, r]] as const;
  const sRows = [[0, t], [t, srcH - t - b], [srcH - b, b]] as const;
  const dCols = [[0, l * k], [l * k, dstW - (l + r) * k], [dstW - r * k, r * k]] as const;
  const dRows = [[0, t * k], [t * k, dstH - (t + b) * k], [dstH - b * k, b * k]] as const;
  const patches: NineSlicePatch[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const [sx, sw] = sCols[col]!;
      const [sy, sh] = sRows[row]!;
      const [dx, dw] = dCols[col]!;
      const [dy, dh] = dRows[row]!;
      if (sw > 0 && sh > 0 && dw > 0 && dh > 0) patches.push({ sx, sy, sw, sh, dx, dy, dw, dh });
    }
  }
  return patches;
}

/**
 * Draws `image` (natural size `srcW`×`srcH` px) into the box (`x`, `y`, `w`, `h`) as a nine-slice, or
 * stretched whole without `slice`. Draws nothing for a bad size (see {@link nineSlicePatches}).
 */
export function drawNineSlice(
  ctx: Canvas2D,
  image: unknown,
  srcW: number,
  srcH: number,
  slice: SliceInsets | undefined,
  w: number,
  h: number,
  x = 0,
  y = 0,
): void {
  const patches = nineSlicePatches(srcW, srcH, slice ?? { top: 0, right: 0, bottom: 0, left: 0 }, w, h);
  for (const p of patches) ctx.drawImage(image, p.sx, p.sy, p.sw, p.sh, x + p.dx, y + p.dy, p.dw, p.dh);
}
