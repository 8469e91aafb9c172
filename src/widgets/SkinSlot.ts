import type { Canvas2D } from '../host/types.js';
import type { Node } from '../core/index.js';
import type { ImageHandle } from '../images/index.js';
import { drawNineSlice } from '../paint/index.js';
import type { SliceInsets } from '../paint/index.js';

/** An image drawn as a widget's skin: stretched over the box, or as a nine-slice with `slice`. */
export interface SkinImage {
  /** URL, package path or data URL handed to the host's `createImage`. */
  readonly src: string;
  /** Nine-slice insets in source-image px. */
  readonly slice?: SliceInsets;
}

function sameSlice(a: SliceInsets | undefined, b: SliceInsets | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/**
 * One skin image of a widget, loaded through the stage's shared image loader while the widget is
 * attached. `draw` paints it only once loaded and answers whether it did, so the widget paints its
 * colours until then and when the image fails: never a placeholder box. The owner calls `attach` and
 * `detach` from its own `onAttach`/`onDetach`; a load repaints the owner.
 */
export class SkinSlot {
  private _skin: SkinImage | undefined;
  private _handle: ImageHandle | undefined;
  /** The host refused to draw the loaded image: treated like a failed load (colours) until the source changes. */
  private _broken = false;

  public constructor(private readonly _owner: Node) {}

  /** The skin shown when loaded. */
  public get skin(): SkinImage | undefined {
    return this._skin;
  }

  /** True when the image is loaded and `draw` paints it. */
  public get ready(): boolean {
    const entry = this._handle?.entry;
    return entry !== undefined && entry.state === 'loaded' && entry.image !== undefined && !this._broken;
  }

  /** Changes the skin; the same source and insets again do nothing. */
  public set(skin: SkinImage | undefined): void {
    const prev = this._skin;
    if (prev?.src === skin?.src && sameSlice(prev?.slice, skin?.slice)) return;
    this._skin = skin;
    if (prev?.src !== skin?.src) {
      this._broken = false;
      this.detach();
      this.attach();
    }
    this._owner.markPaintDirty();
  }

  /** Starts (or joins) the load, if the owner is on a stage with a loader. */
  public attach(): void {
    const loader = this._owner.stage?.images;
    const src = this._skin?.src;
    if (this._handle !== undefined || loader === undefined || src === undefined || src === '') return;
    this._handle = loader.acquire(src, (entry) => {
      // A failure keeps the colours already on screen: nothing to repaint.
      if (entry.state === 'loaded') this._owner.markPaintDirty();
    });
  }

  /** Releases the image. */
  public detach(): void {
    this._handle?.release();
    this._handle = undefined;
  }

  /** Draws the skin over the box (`x`, `y`, `w`, `h`) if it is loaded; returns whether it drew. */
  public draw(ctx: Canvas2D, w: number, h: number, x = 0, y = 0): boolean {
    const entry = this._handle?.entry;
    if (entry === undefined || entry.state !== 'loaded' || entry.image === undefined || this._broken || !(w > 0 && h > 0)) return false;
    try {
      drawNineSlice(ctx, entry.image, entry.width, entry.height, this._skin?.slice, w, h, x, y);
    } catch {
      // An image the host cannot draw (a decoded but unusable object): the colours, as for a failed load.
      this._broken = true;
      return false;
    }
    return true;
  }
}
