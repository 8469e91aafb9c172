import { SkinSlot, View, applyShadow, paintBox } from '../../src/index.js';
import type { Canvas2D, Node, Radii, Style, ThemeTokens } from '../../src/index.js';
import { cardInset, gradientOf } from './skinStyles.js';

/**
 * Draws a card's `cardBorder` (if any) over a `w`×`h` card whose corner is at (`inset`, `inset`), with
 * `radius` corners: the list panels' card and the surpass banner share it.
 */
export function paintCardBorder(ctx: Canvas2D, border: ThemeTokens['effects']['cardBorder'], radius: Radii | undefined, inset: number, w: number, h: number): void {
  if (border === undefined || !(border.width > 0)) return;
  ctx.save();
  ctx.translate(inset, inset);
  paintBox(ctx, { borderWidth: border.width, borderColor: border.color, borderRadius: radius }, w, h);
  ctx.restore();
}

/**
 * The card a list panel is drawn on: the theme's `background` colour or gradient (or the `panel`
 * image once it has loaded) with `metrics.radius` corners, the `cardShadow` and the `cardBorder`.
 * It fills the canvas, inset by the shadow's reach so the shadow is drawn inside the canvas;
 * `content` sits `metrics.cardPadding` inside the card's edge (room for a panel image's rim), is
 * clipped to rounded corners and holds the panel.
 */
export class PanelCard extends View {
  /** Where the panel's nodes go: the card's inside, clipped to its corners. */
  public readonly content: View;
  private readonly _image = new SkinSlot(this);
  private _theme: ThemeTokens;

  public constructor(root: Node, theme: ThemeTokens) {
    super();
    this._theme = theme;
    root.appendChild(this);
    this.content = this.appendChild(new View());
    this.applyTheme(theme);
  }

  /** Restyles in place; a new panel image shows once it has loaded (the colours until then). */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    const inset = cardInset(t);
    const pad = t.metrics.cardPadding;
    this.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', padding: inset + pad });
    // The content's corners follow the card's, inside its padding.
    this.content.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', borderRadius: Math.max(0, t.metrics.radius - pad), overflow: 'hidden' });
    this._image.set(t.images.panel);
    this.markPaintDirty();
  }

  public override paintSelf(ctx: Canvas2D): void {
    const t = this._theme;
    const i = cardInset(t);
    const w = this.width - 2 * i;
    const h = this.height - 2 * i;
    if (!(w > 0 && h > 0)) return;
    const shadow = t.effects.cardShadow;
    ctx.save();
    if (this._image.ready) {
      if (shadow !== undefined) applyShadow(ctx, shadow);
      this._image.draw(ctx, w, h, i, i);
    } else {
      ctx.translate(i, i);
      const card: Style = { backgroundColor: t.colors.background, backgroundGradient: gradientOf(t, 'background'), boxShadow: shadow, borderRadius: t.metrics.radius };
      paintBox(ctx, card, w, h);
    }
    ctx.restore();
  }

  /** The border goes over the panel's edges (rows scroll under it). */
  public override paintAfterChildren(ctx: Canvas2D): void {
    const t = this._theme;
    const i = cardInset(t);
    paintCardBorder(ctx, t.effects.cardBorder, t.metrics.radius, i, this.width - 2 * i, this.height - 2 * i);
  }

  protected override onAttach(): void {
    this._image.attach();
  }

  protected override onDetach(): void {
    this._image.detach();
  }
}
