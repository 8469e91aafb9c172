import { Text } from '../../src/index.js';
import type { Style } from '../../src/index.js';

/**
 * A row's nickname: its box runs to the row's content edge whatever the trailing text, and it leaves
 * room for that text (its natural width plus `gap`) only when painted. A score of another width then
 * changes what is drawn, never the layout, so a recycled row rebinds without running layout, and the
 * name is fitted (ellipsized) exactly as if the score's box had been laid out beside it.
 */
export class RowNameText extends Text {
  private _trailing: Text | undefined;
  private _gap = 0;

  public constructor(text: string, style?: Style) {
    super(text, style);
  }

  /** The text drawn at the end of the name's box (the score), and the gap kept before it, logical px. */
  public setTrailing(trailing: Text | undefined, gap: number): void {
    if (trailing === this._trailing && gap === this._gap) return;
    this._trailing = trailing;
    this._gap = gap;
    this.markPaintDirty();
  }

  protected override fitWidth(): number {
    const t = this._trailing;
    if (t === undefined || t.style.display === 'none') return this.width;
    return Math.max(0, this.width - this._gap - t.naturalWidth);
  }
}
