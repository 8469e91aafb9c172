import type { Canvas2D } from '../host/types.js';
import type { Style } from '../layout/index.js';
import { SkinSlot } from './SkinSlot.js';
import type { SkinImage } from './SkinSlot.js';
import { View, paintBox } from './View.js';

/**
 * A box drawn with an image skin (stretched, or nine-sliced at any size without stretching its
 * corners) once the image has loaded, and with its style's colours, gradient, shadow and border
 * until then or if the image fails. The image comes from the stage's shared loader (deduplicated,
 * cached, timed out like avatars).
 *
 * @example
 * const card = new SkinView({ flexGrow: 1, backgroundColor: '#24104f' });
 * card.setSkin({ src: 'skins/panel.png', slice: { top: 24, right: 24, bottom: 24, left: 24 } });
 */
export class SkinView extends View {
  private readonly _slot = new SkinSlot(this);

  public constructor(style?: Style, skin?: SkinImage) {
    super(style);
    this._slot.set(skin);
  }

  /** The skin drawn once loaded (`undefined`: colours only). */
  public get skin(): SkinImage | undefined {
    return this._slot.skin;
  }

  /** True while the skin image is loaded and drawn instead of the colours. */
  public get skinReady(): boolean {
    return this._slot.ready;
  }

  /** Changes the skin; the colours show until the new image has loaded. */
  public setSkin(skin: SkinImage | undefined): this {
    this._slot.set(skin);
    return this;
  }

  public override paintSelf(ctx: Canvas2D): void {
    if (!this._slot.draw(ctx, this.width, this.height)) paintBox(ctx, this.style, this.width, this.height);
  }

  protected override onAttach(): void {
    this._slot.attach();
  }

  protected override onDetach(): void {
    this._slot.detach();
  }
}
