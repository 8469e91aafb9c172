import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { Style } from '../layout/index.js';
import { drawPlaceholderAvatar } from '../images/index.js';
import type { ImageEntry, ImageHandle, PlaceholderAvatar, PlaceholderFontMemo } from '../images/index.js';
import { drawImageFit, pathCircle, pathRoundRect } from '../paint/index.js';
import type { ImageFit } from '../paint/index.js';
import { SkinSlot } from './SkinSlot.js';
import type { SkinImage } from './SkinSlot.js';
import { DEFAULT_FONT_FAMILY, IMAGE_FADE_MS, IMAGE_PLACEHOLDER_COLOR } from './constants.js';

/** Options of an {@link Image}. */
export interface ImageProps {
  /** URL (or data/base64 URL) handed to the host's `createImage`. */
  src?: string | undefined;
  /** How the picture fills the box. Default `'cover'`. */
  fit?: ImageFit;
  /** Clip shape. `'circle'` ignores `borderRadius`. Default `'rect'` (uses `borderRadius`). */
  shape?: 'rect' | 'circle';
  /** Shown until the picture loads and when it fails: a colour, or a generated avatar. */
  placeholder?: string | PlaceholderAvatar;
  /** Fade-in duration once loaded, ms; 0 disables. */
  fadeInMs?: number;
  /** Font family of the placeholder initials. */
  fontFamily?: string;
  /** A frame image drawn over the picture (and its placeholder) once loaded, stretched or nine-sliced over the box. */
  frame?: SkinImage | undefined;
}

/**
 * A picture loaded through the host's `createImage` via the stage's shared loader: placeholder until
 * loaded (and if loading fails), circle or rounded clip, optional fade-in. When the picture
 * arrives only this node's box repaints.
 *
 * @example
 * new Image({ src: friend.avatarUrl, shape: 'circle', placeholder: placeholderAvatar(id, name) }, { width: 40, height: 40 });
 */
export class Image extends Node {
  private _props: ImageProps;
  private _handle: ImageHandle | undefined;
  private _fade = 1;
  private readonly _fontMemo: PlaceholderFontMemo = {};
  private _stopFade: (() => void) | undefined;
  private readonly _frame = new SkinSlot(this);

  public constructor(props: ImageProps = {}, style?: Style) {
    super(style);
    this._props = { ...props };
    this._frame.set(props.frame);
  }

  /** The loading state of the current source. */
  public get state(): 'none' | ImageEntry['state'] {
    return this._handle === undefined ? 'none' : this._handle.entry.state;
  }

  /** The current source URL. */
  public get src(): string | undefined {
    return this._props.src;
  }

  /** Changes props; a new `src` releases the old picture and loads the new one. */
  public setProps(patch: Partial<ImageProps>): this {
    const prev = this._props;
    this._props = { ...prev, ...patch };
    if (patch.src !== undefined || ('src' in patch && prev.src !== undefined)) {
      if (patch.src !== prev.src) this._load();
    }
    if ('frame' in patch) this._frame.set(patch.frame);
    this.markPaintDirty();
    return this;
  }

  public override paintSelf(ctx: Canvas2D): void {
    const w = this.width;
    const h = this.height;
    if (!(w > 0 && h > 0)) return;
    const p = this._props;
    const entry = this._handle?.entry;
    const loaded = entry !== undefined && entry.state === 'loaded' && entry.image !== undefined;
    const circle = p.shape === 'circle';
    const radius = this.style.borderRadius ?? 0;
    if (!loaded || this._fade < 1) this._paintPlaceholder(ctx, w, h, circle);
    if (!loaded) return;
    const fit = p.fit ?? 'cover';
    const fade = this._fade;
    if (this.stage?.pictures?.draw(ctx, entry.image, entry.width, entry.height, w, h, circle ? 'circle' : radius, fit, fade) === true) return;
    ctx.save();
    if (circle) pathCircle(ctx, w / 2, h / 2, Math.min(w, h) / 2);
    else pathRoundRect(ctx, 0, 0, w, h, radius);
    ctx.clip();
    if (fade < 1) ctx.globalAlpha = ctx.globalAlpha * fade;
    drawImageFit(ctx, entry.image, entry.width, entry.height, 0, 0, w, h, fit);
    ctx.restore();
  }

  /** The frame goes over the picture (children of an image, if any, are drawn under it). */
  public override paintAfterChildren(ctx: Canvas2D): void {
    this._frame.draw(ctx, this.width, this.height);
  }

  protected override onAttach(): void {
    this._load();
    this._frame.attach();
  }

  protected override onDetach(): void {
    this._release();
    this._frame.detach();
  }

  private _paintPlaceholder(ctx: Canvas2D, w: number, h: number, circle: boolean): void {
    const ph = this._props.placeholder ?? IMAGE_PLACEHOLDER_COLOR;
    if (typeof ph !== 'string') {
      const size = Math.min(w, h);
      const shape = circle ? 'circle' : (this.style.borderRadius ?? 0) === 0 ? 'square' : 'rounded';
      drawPlaceholderAvatar(ctx, (w - size) / 2, (h - size) / 2, size, shape, ph, this._props.fontFamily ?? DEFAULT_FONT_FAMILY, this._fontMemo);
      return;
    }
    ctx.fillStyle = ph;
    if (circle) pathCircle(ctx, w / 2, h / 2, Math.min(w, h) / 2);
    else pathRoundRect(ctx, 0, 0, w, h, this.style.borderRadius ?? 0);
    ctx.fill();
  }

  private _load(): void {
    this._release();
    const stage = this.stage;
    const src = this._props.src;
    if (stage === undefined || stage.images === undefined || src === undefined || src === '') return;
    const handle = stage.images.acquire(src, (entry) => this._onSettled(entry));
    this._handle = handle;
    // Already cached: no fade, it is simply there on the first paint.
    this._fade = 1;
  }

  private _onSettled(entry: ImageEntry): void {
    const stage = this.stage;
    // A failed load keeps the placeholder that is already on screen: nothing to repaint.
    if (stage === undefined || entry.state !== 'loaded') return;
    const fadeMs = this._props.fadeInMs ?? IMAGE_FADE_MS;
    if (fadeMs > 0) {
      const start = stage.now();
      this._fade = 0;
      this._stopFade?.();
      this._stopFade = stage.addTicker((now) => {
        this._fade = Math.min(1, (now - start) / fadeMs);
        this.markPaintDirty();
        return this._fade < 1;
      });
    }
    this.markPaintDirty();
  }

  private _release(): void {
    this._stopFade?.();
    this._stopFade = undefined;
    this._fade = 1;
    this._handle?.release();
    this._handle = undefined;
  }
}
