import { Text, View } from '../../src/index.js';
import type { Node, ThemeTokens } from '../../src/index.js';
import { captionStyle, dividerStyle, panelStyle, titleBarStyle, titleTextStyle } from './themeStyles.js';

/**
 * The chrome of a list panel: background, a title bar (title + a small caption on the right, used
 * as the refresh indicator), a divider, and a body that fills the rest. Restyled in place.
 */
export class PanelFrame {
  /** The outermost node (mounted on the panel root). */
  public readonly node: View;
  /** Where the list and state views go. */
  public readonly body: View;
  private readonly _bar: View;
  private readonly _title: Text;
  private readonly _caption: Text;
  private readonly _divider: View;

  public constructor(root: Node, theme: ThemeTokens, title: string) {
    this.node = root.appendChild(new View());
    this._bar = this.node.appendChild(new View());
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
    this._caption.setStyle({ display: text === undefined ? 'none' : 'flex' });
    if (text !== undefined) this._caption.setText(text);
  }

  /** Restyles in place. */
  public applyTheme(t: ThemeTokens): void {
    this.node.setStyle(panelStyle(t));
    this._bar.setStyle(titleBarStyle(t));
    this._title.setStyle(titleTextStyle(t));
    this._caption.setStyle(captionStyle(t));
    this._divider.setStyle(dividerStyle(t));
  }

  /** Removes the frame and everything in it. */
  public destroy(): void {
    this.node.destroy();
  }
}
