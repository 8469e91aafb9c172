import { createCanvas } from '@napi-rs/canvas';
import { describe, it, expect, vi } from 'vitest';
import type { Canvas2D } from '../../src/host/index.js';
import { clampRadii, drawImageFit, fontString, lineHeightFor, pathCircle, pathRoundRect } from '../../src/paint/index.js';
import { createMockCanvas, createMockImage } from '../helpers/mockCanvas.js';

function ctx2d() {
  return createMockCanvas(200, 200).getContext('2d');
}

describe('pathRoundRect', () => {
  it('PAINT1 a uniform radius clamps to half the smaller side', () => {
    expect(clampRadii(100, 40, 50)).toEqual([20, 20, 20, 20]);
    expect(clampRadii(100, 40, 8)).toEqual([8, 8, 8, 8]);
  });

  it('PAINT1 overlapping radii shrink by one common factor, like CSS', () => {
    // top side holds 80 + 120 = 200 on a 100 px side: factor 0.5 for every corner.
    expect(clampRadii(100, 400, [80, 120, 10, 0])).toEqual([40, 60, 5, 0]);
    // A large radius next to zero radii is allowed as long as each side holds its pair.
    expect(clampRadii(100, 40, [30, 0, 0, 0])).toEqual([30, 0, 0, 0]);
  });

  it('PAINT1 negative and NaN radii become 0, an empty box gives an empty path', () => {
    expect(clampRadii(50, 50, [-5, Number.NaN, 5, Infinity])).toEqual([0, 0, 5, 0]);
    const ctx = ctx2d();
    pathRoundRect(ctx, 0, 0, 0, 10, 4);
    pathRoundRect(ctx, 0, 0, Number.NaN, 10, 4);
    expect(vi.mocked(ctx.beginPath).mock.calls.length).toBe(2);
    expect(vi.mocked(ctx.moveTo).mock.calls.length).toBe(0);
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(0);
  });

  it('PAINT1 draws four corner arcs with the clamped radii', () => {
    const ctx = ctx2d();
    // [40, 40, 40, 20] on a 100 × 40 box: the right side holds 80 on 40 px, so every radius halves.
    pathRoundRect(ctx, 10, 20, 100, 40, [40, 40, 40, 20]);
    const arcs = vi.mocked(ctx.arc).mock.calls;
    expect(arcs.map((a) => [a[0], a[1], a[2]])).toEqual([
      [90, 40, 20],
      [90, 40, 20],
      [20, 50, 10],
      [30, 40, 20],
    ]);
    expect(vi.mocked(ctx.closePath).mock.calls.length).toBe(1);
  });

  it('PAINT1 zero radii give a plain rectangle without arcs', () => {
    const ctx = ctx2d();
    pathRoundRect(ctx, 0, 0, 10, 10, 0);
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(0);
    // A radius of 0 is one `rect` call; corner radii that are all 0 still trace four sides.
    expect(vi.mocked(ctx.rect).mock.calls).toEqual([[0, 0, 10, 10]]);
    pathRoundRect(ctx, 0, 0, 10, 10, [0, 0, 0, 0]);
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(0);
    expect(vi.mocked(ctx.lineTo).mock.calls.length).toBe(4);
  });

  it('PAINT1 equal radii meeting across a side give half-turns (a full turn for a square), with the pixels of the four-corner path', () => {
    const ctx = ctx2d();
    pathRoundRect(ctx, 10, 20, 28, 28, 14);
    expect(vi.mocked(ctx.arc).mock.calls).toEqual([[24, 34, 14, 0, Math.PI * 2]]);
    expect(vi.mocked(ctx.moveTo).mock.calls.length).toBe(0);
    vi.mocked(ctx.arc).mockClear();
    // A vertical pill (a scrollbar thumb) and a horizontal one (a button with a huge radius): two arcs each.
    pathRoundRect(ctx, 0, 0, 4, 44, 2);
    pathRoundRect(ctx, 0, 0, 80, 32, 999);
    expect(vi.mocked(ctx.arc).mock.calls.map((a) => [a[0], a[1], a[2]])).toEqual([
      [2, 2, 2],
      [2, 42, 2],
      [64, 16, 16],
      [16, 16, 16],
    ]);
    expect(vi.mocked(ctx.lineTo).mock.calls.length).toBe(0);
    // Not meeting: smaller radii, or unequal corners, trace four corners.
    vi.mocked(ctx.arc).mockClear();
    pathRoundRect(ctx, 0, 0, 28, 28, 13);
    pathRoundRect(ctx, 0, 0, 40, 28, [14, 14, 14, 10]);
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(8);
    // On a real raster the short paths fill what the traced corners filled (anti-aliased edges within 8/255).
    const pixels = (w: number, h: number, r: number | [number, number, number, number]): Buffer => {
      const canvas = createCanvas(3 * w + 6, 3 * h + 6);
      const g = canvas.getContext('2d');
      g.setTransform(3, 0, 0, 3, 0, 0);
      g.fillStyle = '#cd8442';
      pathRoundRect(g as unknown as Canvas2D, 1, 1, w, h, r);
      g.fill();
      return Buffer.from(g.getImageData(0, 0, canvas.width, canvas.height).data);
    };
    // A hair off meeting (1e-6 px) takes the four-corner path.
    for (const [w, h, r] of [[28, 28, 14], [4, 44, 2], [80, 32, 16]] as const) {
      const short = pixels(w, h, r);
      const traced = pixels(w, h, [r, r, r, r - 1e-6]);
      let differing = 0;
      for (let i = 0; i < short.length; i++) if (Math.abs(short[i]! - traced[i]!) > 8) differing++;
      expect(differing, `${w}×${h} r${r}`).toBe(0);
    }
  });
});

describe('pathCircle', () => {
  it('PAINT2 builds one full circle, nothing for a non-positive radius', () => {
    const ctx = ctx2d();
    pathCircle(ctx, 50, 60, 10);
    expect(vi.mocked(ctx.arc).mock.calls).toEqual([[50, 60, 10, 0, Math.PI * 2]]);
    pathCircle(ctx, 50, 60, 0);
    pathCircle(ctx, 50, 60, Number.NaN);
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(1);
    expect(vi.mocked(ctx.beginPath).mock.calls.length).toBe(3);
  });
});

describe('drawImageFit', () => {
  it('PAINT3 cover crops a centred source rectangle with the 9-argument form', () => {
    const ctx = ctx2d();
    const img = createMockImage(200, 100);
    expect(drawImageFit(ctx, img, 200, 100, 10, 10, 50, 50, 'cover')).toBe(true);
    expect(vi.mocked(ctx.drawImage).mock.calls[0]).toEqual([img, 50, 0, 100, 100, 10, 10, 50, 50]);
    drawImageFit(ctx, img, 100, 300, 0, 0, 100, 100, 'cover');
    expect(vi.mocked(ctx.drawImage).mock.calls[1]).toEqual([img, 0, 100, 100, 100, 0, 0, 100, 100]);
  });

  it('PAINT4 contain letterboxes the whole image centred with the 5-argument form', () => {
    const ctx = ctx2d();
    const img = createMockImage(200, 100);
    drawImageFit(ctx, img, 200, 100, 0, 0, 100, 100, 'contain');
    expect(vi.mocked(ctx.drawImage).mock.calls[0]).toEqual([img, 0, 25, 100, 50]);
    drawImageFit(ctx, img, 200, 100, 0, 0, 100, 100, 'fill');
    expect(vi.mocked(ctx.drawImage).mock.calls[1]).toEqual([img, 0, 0, 100, 100]);
  });

  it('PAINT5 zero, negative or NaN sizes and a missing image draw nothing', () => {
    const ctx = ctx2d();
    const img = createMockImage(10, 10);
    const bad: Array<[number, number, number, number]> = [
      [0, 10, 10, 10],
      [10, Number.NaN, 10, 10],
      [10, 10, -1, 10],
      [10, 10, 10, 0],
    ];
    for (const [iw, ih, w, h] of bad) expect(drawImageFit(ctx, img, iw, ih, 0, 0, w, h, 'cover')).toBe(false);
    expect(drawImageFit(ctx, undefined, 10, 10, 0, 0, 10, 10, 'contain')).toBe(false);
    expect(vi.mocked(ctx.drawImage).mock.calls.length).toBe(0);
  });
});

describe('fontString', () => {
  it('PAINT6 builds canvas font syntax and quotes family names with spaces', () => {
    expect(fontString({ size: 16, family: 'Arial' })).toBe('16px Arial');
    expect(fontString({ style: 'italic', weight: 'bold', size: 14, family: 'PingFang SC' })).toBe(
      'italic bold 14px "PingFang SC"',
    );
    expect(fontString({ weight: 600, size: 12.5, family: '"PingFang SC", sans-serif' })).toBe(
      '600 12.5px "PingFang SC", sans-serif',
    );
    expect(fontString({ weight: 400, size: 10, family: 'sans-serif' })).toBe('10px sans-serif');
  });

  it('PAINT6 rejects a non-positive size, a bad weight or an empty family', () => {
    expect(() => fontString({ size: 0, family: 'Arial' })).toThrow(RangeError);
    expect(() => fontString({ size: Number.NaN, family: 'Arial' })).toThrow(/size/);
    expect(() => fontString({ size: 10, weight: 1200, family: 'Arial' })).toThrow(/weight/);
    expect(() => fontString({ size: 10, family: '  ' })).toThrow(/family/);
  });
});

describe('lineHeightFor', () => {
  it('PAINT7 uses the given px line height, else 1.2 × the font size', () => {
    expect(lineHeightFor(20)).toBe(24);
    expect(lineHeightFor(20, 30)).toBe(30);
    expect(lineHeightFor(20, Number.NaN)).toBe(24);
    expect(lineHeightFor(-1)).toBe(0);
  });
});
