export type { ComputedBox, LayoutEngine, LayoutNode, MeasureFunction, MeasureMode } from './LayoutEngine.js';
export type { Align, Dimension, LayoutStyle, PaintStyle, Radii, Style, TextStroke, TextStyle } from './Style.js';
export { createYogaLayoutEngine } from './yoga/createYogaLayoutEngine.js';
export { LAYOUT_KEYS } from './yoga/styleTable.js';
export { checkStyle } from './checkStyle.js';
