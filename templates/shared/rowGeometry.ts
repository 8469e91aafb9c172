import type { Style, ThemeTokens } from '../../src/index.js';
import { RANK_COLUMN_WIDTH } from './constants.js';

/**
 * The data-dependent boxes of a leaderboard row, the same for every row of a list (rows are fixed
 * templates): set once per data or size change, never per rebind, so scrolling runs no layout.
 */
export interface RowGeometry {
  /** Width of the rank column, logical px (see `rankColumnWidth`). */
  readonly rankWidth: number;
  /** Widths of the extra score columns shown, left to right, logical px; empty: none shown. */
  readonly columnWidths: readonly number[];
  /** Width of the score's box when extra columns are shown (they line up under their captions), logical px. */
  readonly scoreWidth: number;
}

/** A row with the classic layout: 36 px rank column, no extra columns. */
export const DEFAULT_ROW_GEOMETRY: RowGeometry = Object.freeze({ rankWidth: RANK_COLUMN_WIDTH, columnWidths: Object.freeze([]), scoreWidth: 0 });

/** Whether two geometries lay rows out alike (so a refit that changes nothing restyles nothing). */
export function sameGeometry(a: RowGeometry, b: RowGeometry): boolean {
  return (
    a.rankWidth === b.rankWidth &&
    a.scoreWidth === b.scoreWidth &&
    a.columnWidths.length === b.columnWidths.length &&
    a.columnWidths.every((w, i) => w === b.columnWidths[i])
  );
}

/**
 * Where each trailing cell sits, as its `right` offset from the row's edge, logical px: index 0 is
 * the score, then the extra columns from the last to the first. Also how much the name leaves free.
 */
export function trailingCells(t: ThemeTokens, g: RowGeometry): { readonly scoreRight: number; readonly columnRights: readonly number[]; readonly nameReserve: number } {
  const gap = t.metrics.gap;
  let right = t.metrics.padding + g.scoreWidth + gap;
  const rights: number[] = new Array<number>(g.columnWidths.length).fill(0);
  for (let i = g.columnWidths.length - 1; i >= 0; i--) {
    rights[i] = right;
    right += g.columnWidths[i]! + gap;
  }
  return { scoreRight: t.metrics.padding, columnRights: rights, nameReserve: right - t.metrics.padding };
}

/** The box of a fixed-width trailing cell (an extra column, or the score beside extra columns). */
export function trailingCellStyle(right: number, width: number): Style {
  return { position: 'absolute', left: undefined, right, width, textAlign: 'right', maxLines: 1 };
}

/** The text of an extra score column: the score's font, quieter (not bold, secondary colour). */
export function columnTextStyle(t: ThemeTokens): Style {
  return { color: t.colors.textSecondary, fontFamily: t.font.family, fontSize: t.font.sizeBody, fontWeight: t.font.weightNormal };
}
