import { Text, View } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import { COLUMN_HEADER_HEIGHT, DIVIDER_PX } from './constants.js';
import { trailingCellStyle, trailingCells } from './rowGeometry.js';
import type { RowGeometry } from './rowGeometry.js';
import { surfaceFill } from './skinStyles.js';

/**
 * The caption row over a leaderboard with extra columns: each column's label, and the score's,
 * right-aligned over its cell with the rows' own geometry (so captions and values line up at any
 * width). Hidden while no extra column is shown (a plain leaderboard needs no captions).
 */
export class ColumnHeader {
  /** The caption row. */
  public readonly node: View;
  private readonly _captions: Text[] = [];
  private readonly _score: Text;
  private readonly _rule: View;
  private _labels: readonly string[] = [];
  private _geometry: RowGeometry | undefined;
  private _theme: ThemeTokens;

  public constructor(theme: ThemeTokens) {
    this._theme = theme;
    this.node = new View();
    this.node.name = 'columnHeader';
    this.node.pointerEvents = 'none';
    this._score = this.node.appendChild(new Text(''));
    this._rule = this.node.appendChild(new View());
    this._apply();
  }

  /** Shows the captions of the columns in `g` (labels left to right) and the score's caption. */
  public set(labels: readonly string[], scoreLabel: string, g: RowGeometry | undefined): void {
    this._labels = labels;
    this._geometry = g;
    this._score.setText(scoreLabel);
    while (this._captions.length < labels.length) this._captions.push(this.node.insertChild(new Text(''), 0));
    this._captions.forEach((c, i) => c.setText(labels[i] ?? ''));
    this._apply();
  }

  /** Restyles in place. */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    this._apply();
  }

  private _apply(): void {
    const t = this._theme;
    const g = this._geometry;
    const shown = g !== undefined ? g.columnWidths.length : 0;
    this.node.setStyle({ display: shown > 0 ? 'flex' : 'none', height: COLUMN_HEADER_HEIGHT, flexShrink: 0, ...surfaceFill(t) });
    if (g === undefined || shown === 0) return;
    const cells = trailingCells(t, g);
    const caption = { color: t.colors.textSecondary, fontFamily: t.font.family, fontSize: t.font.sizeSmall, fontWeight: t.font.weightBold, top: 0, bottom: 0 };
    this._captions.forEach((c, i) =>
      c.setStyle(i < shown && i < this._labels.length ? { ...caption, ...trailingCellStyle(cells.columnRights[i]!, g.columnWidths[i]!), display: 'flex' } : { display: 'none' }),
    );
    this._score.setStyle({ ...caption, ...trailingCellStyle(cells.scoreRight, g.scoreWidth) });
    this._rule.setStyle({ position: 'absolute', left: 0, right: 0, bottom: 0, height: DIVIDER_PX, backgroundColor: t.colors.divider });
  }
}
