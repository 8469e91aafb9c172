import { Text } from '../../src/index.js';
import type { Node, ThemeTokens } from '../../src/index.js';
import { columnTextStyle, trailingCellStyle, trailingCells } from './rowGeometry.js';
import type { RowGeometry } from './rowGeometry.js';

/**
 * The extra score columns of one leaderboard row: fixed-width, right-aligned cells between the name
 * and the score. Cells are made when a geometry first asks for them and hidden (never removed) when
 * it asks for fewer, so a rebind only swaps strings.
 */
export class RowColumns {
  private readonly _cells: Text[] = [];
  private _shown = 0;

  /** `before`: the row child the cells are inserted in front of (they paint under the divider). */
  public constructor(
    private readonly _row: Node,
    private readonly _before: Node,
  ) {}

  /** Places (and makes, the first time) the cells `g` asks for; restyles them for `t`. */
  public applyGeometry(t: ThemeTokens, g: RowGeometry): void {
    const { columnRights } = trailingCells(t, g);
    while (this._cells.length < g.columnWidths.length) {
      const cell = new Text('');
      cell.pointerEvents = 'none';
      cell.name = `column${this._cells.length}`;
      this._row.insertChild(cell, this._row.children.indexOf(this._before));
      this._cells.push(cell);
    }
    this._shown = g.columnWidths.length;
    this._cells.forEach((cell, i) => {
      const shown = i < this._shown;
      cell.setStyle(shown ? { ...columnTextStyle(t), ...trailingCellStyle(columnRights[i]!, g.columnWidths[i]!), display: 'flex' } : { display: 'none' });
    });
  }

  /** Shows `texts[i]` in cell i (missing strings show empty). */
  public setTexts(texts: readonly string[] | undefined): void {
    for (let i = 0; i < this._shown; i++) this._cells[i]!.setText(texts?.[i] ?? '');
  }
}
