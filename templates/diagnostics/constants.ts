/** How often the shown report rereads its facts, ms (frames still run every frame, to measure them). */
export const REFRESH_INTERVAL_MS = 500;
/** Width of the line id column (`R1`, `H2`, …), logical px. */
export const LINE_ID_WIDTH = 24;
/** Share of a line's width given to its label; the value takes the rest and wraps. */
export const LINE_LABEL_WIDTH = '38%';
/** Lines a value may wrap to before it is cut with an ellipsis. */
export const LINE_VALUE_MAX_LINES = 4;
/** Horizontal padding of a line inside its section card, logical px (narrow viewports keep room for labels). */
export const LINE_PADDING_X = 9;
/** Vertical padding of a line, logical px. */
export const LINE_PADDING_Y = 3;
/** Most cloud keys the `keys` option may ask for. */
export const MAX_REPORT_KEYS = 8;
