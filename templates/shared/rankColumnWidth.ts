import { RANK_COLUMN_WIDTH, RANK_TEXT_INSET_PX } from './constants.js';

/** The ten digits a rank is written with. */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The width of the rank column that shows every rank up to `maxRank` whole: the widest digit of the
 * rank font repeated as many times as `maxRank` has digits, plus an inset on each side, never
 * narrower than {@link RANK_COLUMN_WIDTH} (the medal disc and 1-3 digit ranks keep their place).
 * Computed once per data change (never per scroll frame): rows are fixed templates, and a column
 * sized per row would relayout every row on every rebind. `measure` gives a string's width in the
 * rank font, logical px.
 *
 * @example
 * rankColumnWidth(12345, (s) => ctx.measureText(s).width); // 5 widest digits + insets
 */
export function rankColumnWidth(maxRank: number | undefined, measure: (text: string) => number): number {
  if (maxRank === undefined || !Number.isFinite(maxRank) || maxRank < 1) return RANK_COLUMN_WIDTH;
  const digits = String(Math.floor(maxRank)).length;
  let widest: string = DIGITS[0];
  let widestWidth = -1;
  for (const d of DIGITS) {
    const w = measure(d);
    if (w > widestWidth) {
      widestWidth = w;
      widest = d;
    }
  }
  const text = Math.ceil(measure(widest.repeat(digits)));
  return Math.max(RANK_COLUMN_WIDTH, text + 2 * RANK_TEXT_INSET_PX);
}
