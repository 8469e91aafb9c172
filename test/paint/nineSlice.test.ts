import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { drawNineSlice, nineSlicePatches } from '../../src/paint/index.js';
import type { Canvas2D } from '../../src/host/types.js';
import type { NineSlicePatch } from '../../src/paint/index.js';

const INSETS = { top: 10, right: 12, bottom: 14, left: 8 };

/** Patches by grid cell ("tl", "t", "tr", "l", "c", "r", "bl", "b", "br") for a full nine-slice. */
function cells(patches: NineSlicePatch[]): Record<string, NineSlicePatch> {
  const names = ['tl', 't', 'tr', 'l', 'c', 'r', 'bl', 'b', 'br'];
  expect(patches).toHaveLength(9);
  return Object.fromEntries(patches.map((p, i) => [names[i]!, p]));
}

/** Total destination area, and whether any two patches overlap. */
function coverage(patches: NineSlicePatch[]): { area: number; overlaps: boolean } {
  let area = 0;
  let overlaps = false;
  patches.forEach((a, i) => {
    area += a.dw * a.dh;
    for (const b of patches.slice(i + 1)) {
      const ox = Math.min(a.dx + a.dw, b.dx + b.dw) - Math.max(a.dx, b.dx);
      const oy = Math.min(a.dy + a.dh, b.dy + b.dh) - Math.max(a.dy, b.dy);
      if (ox > 1e-9 && oy > 1e-9) overlaps = true;
    }
  });
  return { area, overlaps };
}

describe('nine-slice geometry', () => {
  it('SLICE1 corners are drawn at their source size at any target size that fits them; edges stretch along one axis, the centre both', () => {
    fc.assert(
      fc.property(fc.double({ min: 20.001, max: 2000, noNaN: true }), fc.double({ min: 24.001, max: 2000, noNaN: true }), (w, h) => {
        const c = cells(nineSlicePatches(48, 40, INSETS, w, h));
        for (const k of ['tl', 'tr', 'bl', 'br']) {
          expect(c[k]!.dw).toBeCloseTo(c[k]!.sw, 9);
          expect(c[k]!.dh).toBeCloseTo(c[k]!.sh, 9);
        }
        // Top and bottom edges keep their height, left and right their width.
        expect(c.t!.dh).toBeCloseTo(c.t!.sh, 9);
        expect(c.b!.dh).toBeCloseTo(c.b!.sh, 9);
        expect(c.l!.dw).toBeCloseTo(c.l!.sw, 9);
        expect(c.r!.dw).toBeCloseTo(c.r!.sw, 9);
        expect(c.br).toMatchObject({ sx: 36, sy: 26, sw: 12, sh: 14 });
        expect(c.br!.dx + c.br!.dw).toBeCloseTo(w, 9);
        expect(c.br!.dy + c.br!.dh).toBeCloseTo(h, 9);
      }),
    );
  });

  it('SLICE2 the patches tile the box exactly: no gap, no overlap, for any box and insets', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 800, noNaN: true }),
        fc.double({ min: 0.5, max: 800, noNaN: true }),
        fc.record({ top: fc.nat(60), right: fc.nat(60), bottom: fc.nat(60), left: fc.nat(60) }),
        (w, h, slice) => {
          const { area, overlaps } = coverage(nineSlicePatches(64, 64, slice, w, h));
          expect(overlaps).toBe(false);
          expect(area).toBeCloseTo(w * h, 6);
        },
      ),
    );
  });

  it('SLICE3 a box smaller than its corners shrinks all four by one factor: corners keep their shape, never stretched', () => {
    const c = nineSlicePatches(48, 40, INSETS, 10, 100);
    // Horizontally 8 + 12 = 20 px of corners in a 10 px box: factor 0.5 for every corner, both axes.
    const corners = c.filter((p) => p.sw === 8 || p.sw === 12).filter((p) => p.sh === 10 || p.sh === 14);
    expect(corners).toHaveLength(4);
    for (const p of corners) expect(p.dw / p.sw).toBeCloseTo(0.5, 9);
    for (const p of corners) expect(p.dh / p.sh).toBeCloseTo(0.5, 9);
    // The middle column is gone (zero width), the box is still covered.
    expect(c.some((p) => p.sx === 8 && p.sw === 28)).toBe(false);
    expect(coverage(c).area).toBeCloseTo(1000, 6);
  });

  it('SLICE4 degenerate insets follow the documented rule and never throw: bad values count as 0, oversize insets fit the source, all-zero stretches the whole image', () => {
    // Negative and NaN count as 0: only left/top remain.
    const bad = nineSlicePatches(40, 40, { top: NaN, right: -5, bottom: Infinity, left: 10 }, 100, 50);
    expect(bad.map((p) => [p.sx, p.sw])).toEqual([[0, 10], [10, 30]]);
    expect(bad[0]).toMatchObject({ dw: 10, dh: 50 });
    // Insets leaving no middle in the source are scaled to leave 1 px: 30 + 50 of 40 px → 14.625 + 24.375.
    const wide = nineSlicePatches(40, 40, { top: 0, right: 50, bottom: 0, left: 30 }, 200, 40);
    expect(wide.map((p) => p.sw)).toEqual([14.625, 1, 24.375]);
    expect(wide[0]!.dw).toBe(14.625);
    expect(wide[1]!.dw).toBeCloseTo(200 - 39, 9);
    // No insets: the whole image stretched over the box.
    expect(nineSlicePatches(40, 30, { top: 0, right: 0, bottom: 0, left: 0 }, 100, 50)).toEqual([{ sx: 0, sy: 0, sw: 40, sh: 30, dx: 0, dy: 0, dw: 100, dh: 50 }]);
    // A source or box that is not a positive size draws nothing.
    for (const [sw, sh, w, h] of [[0, 40, 10, 10], [40, 40, 0, 10], [40, 40, NaN, 10], [40, -1, 10, 10], [Infinity, 4, 4, 4]] as const) {
      expect(nineSlicePatches(sw, sh, INSETS, w, h)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 8, maxLength: 8 }), ([sw, sh, w, h, t, r, b, l]) => {
        const patches = nineSlicePatches(sw!, sh!, { top: t!, right: r!, bottom: b!, left: l! }, w!, h!);
        for (const p of patches) for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
        for (const p of patches) expect(p.dw > 0 && p.dh > 0 && p.sw > 0 && p.sh > 0).toBe(true);
      }),
    );
  });

  it('SLICE5 drawNineSlice draws each patch with the 9-argument drawImage, offset to the box', () => {
    const drawImage = vi.fn();
    const ctx = { drawImage } as unknown as Canvas2D;
    const image = {};
    drawNineSlice(ctx, image, 48, 40, INSETS, 100, 60, 5, 7);
    expect(drawImage).toHaveBeenCalledTimes(9);
    expect(drawImage.mock.calls[0]).toEqual([image, 0, 0, 8, 10, 5, 7, 8, 10]);
    expect(drawImage.mock.calls[8]).toEqual([image, 36, 26, 12, 14, 5 + 88, 7 + 46, 12, 14]);
    drawImage.mockClear();
    drawNineSlice(ctx, image, 48, 40, undefined, 100, 60);
    expect(drawImage.mock.calls).toEqual([[image, 0, 0, 48, 40, 0, 0, 100, 60]]);
  });
});
