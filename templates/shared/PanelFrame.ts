import { SkinView, Text, View } from '../../src/index.js';
import type { Node, ThemeTokens } from '../../src/index.js';
import { PanelCard } from './PanelCard.js';
import { displayTextEffects, surfaceFill } from './skinStyles.js';
import { captionStyle, dividerStyle, titleBarStyle, titleTextStyle } from './themeStyles.js';

/**
 * The chrome of a list panel: the card (background, corners, shadow, border, panel image), a title
 * bar (title + a small caption on the right, used as the refresh indicator; header image), a divider,
 * and a body that fills the rest. Restyled in place.
 */
export class PanelFrame {
  /** The panel's node: the inside of the card. */
  public readonly node: View;
  /** Where the list and state views go. */
  public readonly body: View;
  private readonly _card: PanelCard;
  private readonly _bar: SkinView;
  private readonly _title: Text;
  private readonly _caption: Text;
  /** The caption last set (`_captionSet` once `setCaption` ran), to skip setting it again. */
  private _captionText: string | undefined;
  private _captionSet = false;
  private readonly _divider: View;

  public constructor(root: Node, theme: ThemeTokens, title: string) {
    this._card = new PanelCard(root, theme);
    this.node = this._card.content;
    this._bar = this.node.appendChild(new SkinView());
    this._bar.name = 'titleBar';
    this._title = this._bar.appendChild(new Text(title));
    this._title.name = 'title';
    this._caption = this._bar.appendChild(new Text(''));
    this._caption.name = 'caption';
    this._divider = this.node.appendChild(new View());
    this.body = this.node.appendChild(new View({ flexGrow: 1, flexShrink: 1, flexDirection: 'column' }));
    this.body.name = 'body';
    this.applyTheme(theme);
    this.setCaption(undefined);
  }

  /** Replaces the title text. */
  public setTitle(title: string): void {
    this._title.setText(title);
  }

  /** Shows a caption on the right of the title bar, or hides it. */
  public setCaption(text: string | undefined): void {
    // Called on every data change (a fresh score too): the same caption again restyles nothing.
    if (this._captionSet && text === this._captionText) return;
    this._captionSet = true;
    this._captionText = text;
    this._caption.setStyle({ display: text === undefined ? 'none' : 'flex' });
    if (text !== undefined) this._caption.setText(text);
  }

  /** Restyles in place. */
  public applyTheme(t: ThemeTokens): void {
    this._card.applyTheme(t);
    this._bar.setStyle({ ...titleBarStyle(t), ...surfaceFill(t) });
    this._bar.setSkin(t.images.header);
    this._title.setStyle({ ...titleTextStyle(t), ...displayTextEffects(t) });
    this._caption.setStyle(captionStyle(t));
    this._divider.setStyle(dividerStyle(t));
  }

  /** Removes the frame and everything in it. */
  public destroy(): void {
    this._card.destroy();
  }
}
