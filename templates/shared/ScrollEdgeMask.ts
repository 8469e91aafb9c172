import { View } from '../../src/index.js';
import type { Canvas2D, List } from '../../src/index.js';
import { DIVIDER_PX } from './constants.js';

/**
 * A hairline-high strip over the top edge of a list, painted in the list's surface colour only while
 * the list is scrolled: a row's own divider passing right under the header's hairline is covered, so
 * the header never shows a doubled line. At rest (offset 0) it paints nothing, so the first row (the
 * player's tinted row, say) keeps its full box.
 */
export class ScrollEdgeMask extends View {
  public constructor(private readonly _list: List) {
    super({ position: 'absolute', left: 0, right: 0, top: 0, height: DIVIDER_PX });
    this.pointerEvents = 'none';
    this.name = 'scrollEdgeMask';
  }

  public override paintSelf(ctx: Canvas2D): void {
    const color = this._list.style.backgroundColor;
    if (this._list.scrollOffset <= 0 || color === undefined || this._list.style.display === 'none') return;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, this.width, this.height);
  }
}
