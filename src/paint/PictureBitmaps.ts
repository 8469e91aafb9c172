import type { Canvas2D, PlatformCanvas } from '../host/index.js';
import type { CachedContext } from './CachedContext.js';
import { drawImageFit } from './drawImageFit.js';
import type { ImageFit } from './drawImageFit.js';
import { pathCircle } from './pathCircle.js';
import { pathRoundRect } from './pathRoundRect.js';
import type { CornerRadii } from './pathRoundRect.js';

/** The largest bitmap kept, in device px (a 512 px square): a bigger picture is drawn directly. */
export const MAX_PICTURE_BITMAP_PIXELS = 512 * 512;

/** Pictures tracked at most (least recently drawn dropped first), with or without a bitmap yet. */
export const MAX_PICTURE_BITMAPS = 48;

/**
 * Device px held in bitmaps at most, all together (4 MB of RGBA): 72 avatars of 40 px at @3x
 * (120×120), 4 of the largest bitmap. Beyond it the least recently drawn bitmaps go first.
 */
export const MAX_PICTURE_BITMAP_TOTAL_PIXELS = 1024 * 1024;

/** Paints of the same picture drawn directly before it gets a bitmap (a row flung past never does). */
export const PICTURE_BITMAP_AFTER_PAINTS = 2;

/** How a picture is clipped: to the circle inscribed in its box, or to its box with rounded corners. */
export type PictureClip = 'circle' | number | CornerRadii;

/** Counters for tests and benchmarks. */
export interface PictureBitmapStats {
  /** Offscreen canvases created (a dropped bitmap's canvas is reused for the next one). */
  canvases: number;
  /** Pictures drawn into a bitmap. */
  renders: number;
  /** Bitmaps copied onto the stage's canvas. */
  draws: number;
  /** Failures that turned bitmaps off for this stage (a host's offscreen canvas that does not work). */
  failures: number;
}

/** One picture at one size, scale, clip and fit: its paints so far and, once it earned one, its bitmap. */
interface Entry {
  readonly image: unknown;
  readonly iw: number;
  readonly ih: number;
  readonly w: number;
  readonly h: number;
  readonly scale: number;
  readonly clip: PictureClip;
  readonly fit: ImageFit;
  paints: number;
  /** Its bitmap, once drawn (set only when the drawing is done). */
  canvas: PlatformCanvas | undefined;
  /** The stage frame it was last drawn in. */
  frame: number;
  /** Device px of its bitmap (0 without one). */
  px: number;
}

/**
 * Clipped pictures (avatars) drawn from bitmaps where the host has offscreen canvases (`createCanvas`).
 * A picture painted directly {@link PICTURE_BITMAP_AFTER_PAINTS} times at the same size and scale is
 * then drawn once, inside its circle or rounded-rectangle clip, on an offscreen canvas at device pixels,
 * and every later paint copies that bitmap with one `drawImage`, in place of `save`, a clip path,
 * `clip`, `drawImage` and `restore` (a clip per avatar is what GPU canvases pay most for). Bitmaps are
 * kept per picture, not per widget: a recycled row that shows a friend seen before (a `score` moving
 * rows by one, scrolling back) copies that friend's bitmap. At most {@link MAX_PICTURE_BITMAPS} pictures
 * and {@link MAX_PICTURE_BITMAP_TOTAL_PIXELS} device px of bitmaps are kept, the least recently drawn
 * dropped first but never one drawn in the current frame (with more on screen than that, the extra
 * pictures are drawn directly rather than evict each other). A copy lands 1:1 on whole device pixels (a
 * box at a fractional position moves less than half a device pixel rather than being resampled), so it
 * differs from the clip path only in the rounding of edge anti-aliasing. Used only for circle and
 * rounded clips (a plain rectangle has no anti-aliased clip to save), while the stage's transform scales
 * both axes alike, and for bitmaps up to {@link MAX_PICTURE_BITMAP_PIXELS}; any failure of the host's
 * offscreen canvas (or a `createCanvas` that hands out the shared canvas) turns bitmaps off for the
 * stage, and pictures are drawn directly, as without `createCanvas`.
 */
export class PictureBitmaps {
  public readonly stats: PictureBitmapStats = { canvases: 0, renders: 0, draws: 0, failures: 0 };
  private _enabled = true;
  /** Pictures by image (one entry per size, scale, clip and fit it is drawn at). */
  private readonly _byImage = new Map<unknown, Entry[]>();
  /** Every entry, least recently drawn first (a `Set` keeps insertion order). */
  private readonly _recent = new Set<Entry>();
  /** The canvas of the last entry dropped, for the next bitmap (the others are freed). */
  private _spare: PlatformCanvas | undefined;
  /** The spare canvas's device px. */
  private _sparePx = 0;
  /** Device px held: every entry's bitmap and the spare canvas. */
  private _pixels = 0;

  /**
   * @param _create the host's `createCanvas`
   * @param _ctx the stage's context (pictures painted elsewhere are drawn directly)
   * @param _frame the stage's frame counter: a picture drawn in the current frame is never dropped for
   *   another (more pictures on screen than the bound: the extra ones are drawn directly, no churn)
   */
  public constructor(
    private readonly _create: () => PlatformCanvas,
    private readonly _ctx: CachedContext,
    private readonly _frame: () => number,
  ) {}

  /** False once a host's offscreen canvas failed: pictures are then drawn directly. */
  public get enabled(): boolean {
    return this._enabled;
  }

  /** Pictures tracked (with or without a bitmap yet). */
  public get size(): number {
    return this._recent.size;
  }

  /**
   * Draws `image` (natural size `iw`×`ih`) fitted into the box (0, 0, `w`, `h`) and clipped to `clip`
   * (compared by value, or by identity for per-corner radii), at `alpha` times the current alpha, from
   * its bitmap. Returns false, having drawn nothing, when it does not (the picture has not been painted
   * often enough yet, painting on another context than the stage's, a transform it cannot copy 1:1, a
   * bitmap too large, bitmaps turned off): the caller then draws the picture directly.
   */
  public draw(ctx: Canvas2D, image: unknown, iw: number, ih: number, w: number, h: number, clip: PictureClip, fit: ImageFit, alpha: number): boolean {
    // A plain rectangle: no anti-aliased clip path to save.
    if (!this._enabled || ctx !== this._ctx || clip === 0) return false;
    const scale = this._ctx.uniformScale();
    const bw = Math.ceil(w * scale - 1e-6);
    const bh = Math.ceil(h * scale - 1e-6);
    if (!(bw > 0 && bh > 0) || bw * bh > MAX_PICTURE_BITMAP_PIXELS) return false;
    const frame = this._frame();
    const sizes = this._byImage.get(image);
    // A loop, not `find`: no closure per avatar per frame.
    let entry: Entry | undefined;
    for (let i = 0; sizes !== undefined && i < sizes.length && entry === undefined; i++) {
      const e = sizes[i]!;
      if (e.iw === iw && e.ih === ih && e.w === w && e.h === h && e.scale === scale && e.clip === clip && e.fit === fit) entry = e;
    }
    if (entry === undefined) {
      // Full of pictures drawn this very frame: this one is drawn directly rather than evict one.
      if (this._recent.size >= MAX_PICTURE_BITMAPS && this._recent.values().next().value!.frame === frame) return false;
      entry = { image, iw, ih, w, h, scale, clip, fit, paints: 0, canvas: undefined, frame, px: 0 };
      if (sizes === undefined) this._byImage.set(image, [entry]);
      else sizes.push(entry);
    }
    // Most recently drawn last.
    entry.frame = frame;
    this._recent.delete(entry);
    this._recent.add(entry);
    while (this._recent.size > MAX_PICTURE_BITMAPS) this._drop(this._recent.values().next().value!);
    if (entry.paints < PICTURE_BITMAP_AFTER_PAINTS) {
      entry.paints++;
      return false;
    }
    try {
      if (entry.canvas === undefined) {
        // No room without dropping a bitmap drawn this frame: drawn directly for now.
        if (!this._room(bw * bh, frame)) return false;
        this._render(entry, bw, bh);
      }
      const before = ctx.globalAlpha;
      if (alpha < 1) ctx.globalAlpha = before * alpha;
      try {
        // On whole device pixels: copied 1:1, never resampled (a box at a fractional position moves < ½ px).
        const ox = this._ctx.originX();
        const oy = this._ctx.originY();
        ctx.drawImage(entry.canvas, 0, 0, bw, bh, (Math.round(ox) - ox) / scale, (Math.round(oy) - oy) / scale, bw / scale, bh / scale);
      } finally {
        if (alpha < 1) ctx.globalAlpha = before;
      }
      this.stats.draws++;
      return true;
    } catch {
      this._enabled = false;
      this.stats.failures++;
      this.clear();
      return false;
    }
  }

  /** Drops every bitmap and frees the canvases' pixels. */
  public clear(): void {
    for (const entry of this._recent) free(entry.canvas);
    this._recent.clear();
    this._byImage.clear();
    free(this._spare);
    this._spare = undefined;
    this._sparePx = 0;
    this._pixels = 0;
  }

  /** Draws the entry's picture into its bitmap (a canvas taken from a dropped entry, or a new one). */
  private _render(entry: Entry, bw: number, bh: number): void {
    let canvas = this._spare;
    this._spare = undefined;
    if (canvas !== undefined) this._pixels -= this._sparePx;
    else {
      canvas = this._create();
      if (canvas === null || typeof canvas !== 'object' || typeof canvas.getContext !== 'function') throw new TypeError('createCanvas gave no canvas');
      // A host handing out the shared canvas itself: drawing there would wipe the panel.
      if (canvas === this._ctx.canvas) throw new Error('createCanvas gave the shared canvas');
      this.stats.canvases++;
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
    g.setTransform(entry.scale, 0, 0, entry.scale, 0, 0);
    g.save();
    if (entry.clip === 'circle') pathCircle(g, entry.w / 2, entry.h / 2, Math.min(entry.w, entry.h) / 2);
    else pathRoundRect(g, 0, 0, entry.w, entry.h, entry.clip);
    g.clip();
    drawImageFit(g, entry.image, entry.iw, entry.ih, 0, 0, entry.w, entry.h, entry.fit);
    g.restore();
    entry.canvas = canvas;
    entry.px = bw * bh;
    this._pixels += entry.px;
    this.stats.renders++;
  }

  /** Forgets `entry`; its canvas becomes the spare (or is freed when there is one already). */
  private _drop(entry: Entry): void {
    this._recent.delete(entry);
    const sizes = this._byImage.get(entry.image)!;
    sizes.splice(sizes.indexOf(entry), 1);
    if (sizes.length === 0) this._byImage.delete(entry.image);
    const canvas = entry.canvas;
    if (canvas === undefined) return;
    entry.canvas = undefined;
    if (this._spare === undefined) {
      // Its pixels stay counted, as the spare's.
      this._spare = canvas;
      this._sparePx = entry.px;
      return;
    }
    this._pixels -= entry.px;
    free(canvas);
  }

  private _freeSpare(): void {
    if (this._spare === undefined) return;
    this._pixels -= this._sparePx;
    free(this._spare);
    this._spare = undefined;
  }

  /**
   * Makes room for a bitmap of `need` px within {@link MAX_PICTURE_BITMAP_TOTAL_PIXELS}: the spare goes
   * first, then the least recently drawn bitmaps, never one drawn in `frame`. False when that is not enough.
   */
  private _room(need: number, frame: number): boolean {
    if (this._pixels + need > MAX_PICTURE_BITMAP_TOTAL_PIXELS) this._freeSpare();
    for (const entry of this._recent) {
      if (this._pixels + need <= MAX_PICTURE_BITMAP_TOTAL_PIXELS) return true;
      // Entries are in drawing order: this one and all after it were drawn in this frame.
      if (entry.frame === frame) return false;
      if (entry.canvas !== undefined) {
        this._drop(entry);
        this._freeSpare();
      }
    }
    return this._pixels + need <= MAX_PICTURE_BITMAP_TOTAL_PIXELS;
  }
}

/** Frees a canvas's pixels on hosts that keep the object alive a while; a host that refuses it keeps them. */
function free(canvas: PlatformCanvas | undefined): void {
  if (canvas === undefined) return;
  try {
    canvas.width = 0;
    canvas.height = 0;
  } catch {
    // Nothing to free.
  }
}
