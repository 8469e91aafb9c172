import type { Canvas2D, PlatformCanvas } from '../host/index.js';
import type { CachedContext } from './CachedContext.js';
import { drawImageFit } from './drawImageFit.js';
import type { ImageFit } from './drawImageFit.js';
import { pathCircle } from './pathCircle.js';
import { pathRoundRect } from './pathRoundRect.js';
import type { CornerRadii } from './pathRoundRect.js';

/** The largest bitmap kept, in device px (a 512 px square): a bigger picture is drawn directly. */
export const MAX_PICTURE_BITMAP_PIXELS = 512 * 512;

/**
 * One picture's offscreen bitmap and what it holds, owned by the widget that shows the picture (a
 * recycled row's avatar keeps its canvas and redraws it when the row shows someone else).
 */
export class PictureBitmap {
  private _canvas: PlatformCanvas | undefined;
  /** What the bitmap was drawn from; `undefined`: nothing valid. */
  private _image: unknown;
  private _key: readonly [number, number, number, number, number, PictureClip, ImageFit] | undefined;

  /** The offscreen canvas, once one was created. */
  public get canvas(): PlatformCanvas | undefined {
    return this._canvas;
  }

  /** Whether the bitmap holds `image` drawn at this size, scale, clip and fit. */
  public holds(image: unknown, iw: number, ih: number, w: number, h: number, scale: number, clip: PictureClip, fit: ImageFit): boolean {
    const k = this._key;
    return this._image === image && k !== undefined && k[0] === iw && k[1] === ih && k[2] === w && k[3] === h && k[4] === scale && k[5] === clip && k[6] === fit;
  }

  /**
   * Draws `image` into the bitmap (`bw`×`bh` device px at `scale`), creating the canvas with `create`
   * the first time. Throws when the host's canvas does not work (the caller turns bitmaps off).
   */
  public render(create: () => PlatformCanvas, image: unknown, iw: number, ih: number, w: number, h: number, scale: number, bw: number, bh: number, clip: PictureClip, fit: ImageFit): void {
    this.forget();
    let canvas = this._canvas;
    if (canvas === undefined) {
      canvas = create();
      if (canvas === null || typeof canvas !== 'object' || typeof canvas.getContext !== 'function') throw new TypeError('createCanvas gave no canvas');
      this._canvas = canvas;
    }
    // Resizing clears the pixels; a canvas already at the size is cleared by hand.
    if (canvas.width !== bw) canvas.width = bw;
    if (canvas.height !== bh) canvas.height = bh;
    if (canvas.width !== bw || canvas.height !== bh) throw new Error('the offscreen canvas kept another size');
    const g = canvas.getContext('2d');
    if (g === null || typeof g !== 'object') throw new TypeError('the offscreen canvas has no 2d context');
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.globalAlpha = 1;
    g.clearRect(0, 0, bw, bh);
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.save();
    if (clip === 'circle') pathCircle(g, w / 2, h / 2, Math.min(w, h) / 2);
    else pathRoundRect(g, 0, 0, w, h, clip);
    g.clip();
    drawImageFit(g, image, iw, ih, 0, 0, w, h, fit);
    g.restore();
    this._image = image;
    this._key = [iw, ih, w, h, scale, clip, fit];
  }

  /** Forgets the picture (it is drawn again before its next use) but keeps the canvas for the next one. */
  public forget(): void {
    this._image = undefined;
    this._key = undefined;
  }

  /** Forgets the picture and frees the canvas's pixels. */
  public release(): void {
    const canvas = this._canvas;
    this.forget();
    this._canvas = undefined;
    if (canvas === undefined) return;
    try {
      // A zero-sized canvas holds no pixels on hosts that keep the object alive a while.
      canvas.width = 0;
      canvas.height = 0;
    } catch {
      // Nothing to free on a host that refuses it.
    }
  }
}

/** How a picture is clipped: to the circle inscribed in its box, or to its box with rounded corners. */
export type PictureClip = 'circle' | number | CornerRadii;

/** Counters for tests and benchmarks. */
export interface PictureBitmapStats {
  /** Offscreen canvases created. */
  canvases: number;
  /** Pictures drawn into a bitmap (once per picture, size and scale). */
  renders: number;
  /** Bitmaps copied onto the stage's canvas. */
  draws: number;
  /** Failures that turned bitmaps off for this stage (a host's offscreen canvas that does not work). */
  failures: number;
}

/**
 * Clipped pictures (avatars) drawn from bitmaps: the first time a picture shows at a size and scale it
 * is drawn, inside its circle or rounded-rectangle clip, on an offscreen canvas of the host's
 * (`createCanvas`) at device pixels; every later paint copies that bitmap with one `drawImage`, in place
 * of `save`, a clip path, `clip`, `drawImage` and `restore` (about 9 of 16 µs per avatar on
 * @napi-rs/canvas, and a clip per avatar is what GPU canvases pay most for). The bitmap is copied 1:1
 * onto whole device pixels (a box at a fractional position moves less than half a device pixel rather
 * than being resampled), so it differs from the clip path's pixels only in the rounding of edge
 * anti-aliasing. Used only while the stage's transform scales both axes alike (never rotated or stretched)
 * and for bitmaps up to {@link MAX_PICTURE_BITMAP_PIXELS}; any failure of the host's offscreen canvas
 * turns bitmaps off for the stage, and the picture is drawn directly, as without `createCanvas`.
 */
export class PictureBitmaps {
  public readonly stats: PictureBitmapStats = { canvases: 0, renders: 0, draws: 0, failures: 0 };
  private _enabled = true;

  public constructor(
    private readonly _create: () => PlatformCanvas,
    private readonly _ctx: CachedContext,
  ) {}

  /** False once a host's offscreen canvas failed: pictures are then drawn directly. */
  public get enabled(): boolean {
    return this._enabled;
  }

  /**
   * Draws `image` (natural size `iw`×`ih`) fitted into the box (0, 0, `w`, `h`) and clipped to `clip`
   * (compared by value, or by identity for per-corner radii), at `alpha` times the current alpha, from
   * `slot`'s bitmap. Returns false, having drawn nothing, when it cannot (painting on another context
   * than the stage's, a transform it cannot copy 1:1, a bitmap too large, bitmaps turned off): the caller
   * then draws the picture directly.
   */
  public draw(slot: PictureBitmap, ctx: Canvas2D, image: unknown, iw: number, ih: number, w: number, h: number, clip: PictureClip, fit: ImageFit, alpha: number): boolean {
    if (!this._enabled || ctx !== this._ctx) return false;
    const scale = this._ctx.uniformScale();
    const bw = Math.ceil(w * scale - 1e-6);
    const bh = Math.ceil(h * scale - 1e-6);
    if (!(bw > 0 && bh > 0) || bw * bh > MAX_PICTURE_BITMAP_PIXELS) return false;
    const fresh = slot.canvas === undefined;
    try {
      if (!slot.holds(image, iw, ih, w, h, scale, clip, fit)) {
        slot.render(this._create, image, iw, ih, w, h, scale, bw, bh, clip, fit);
        if (fresh) this.stats.canvases++;
        this.stats.renders++;
      }
      const before = ctx.globalAlpha;
      if (alpha < 1) ctx.globalAlpha = before * alpha;
      // On whole device pixels: copied 1:1, never resampled (a box at a fractional position moves < ½ px).
      const ox = this._ctx.originX();
      const oy = this._ctx.originY();
      ctx.drawImage(slot.canvas, 0, 0, bw, bh, (Math.round(ox) - ox) / scale, (Math.round(oy) - oy) / scale, bw / scale, bh / scale);
      if (alpha < 1) ctx.globalAlpha = before;
      this.stats.draws++;
      return true;
    } catch {
      if (fresh && slot.canvas !== undefined) this.stats.canvases++;
      this._enabled = false;
      this.stats.failures++;
      slot.release();
      return false;
    }
  }
}
