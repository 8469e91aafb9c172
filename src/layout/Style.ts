/**
 * Style vocabulary for widgets. Layout keys follow CSS flexbox names and semantics (yoga with web
 * defaults: `flexDirection: 'row'`, `flexShrink: 1`, `alignContent: 'stretch'`; boxes are
 * border-box). Paint keys are drawn by the widgets; text keys are read by `Text`.
 */

import type { LinearGradient } from '../paint/linearGradient.js';
import type { Shadow } from '../paint/applyShadow.js';

/** An outline of text: colour and width in logical px (drawn outside the glyphs, under their fill). */
export interface TextStroke {
  readonly color: string;
  readonly width: number;
}

/** A length in logical px, a percentage of the parent, or `'auto'`. */
export type Dimension = number | `${number}%` | 'auto';

/** Flexbox alignment values accepted by `alignItems`, `alignSelf` and `alignContent`. */
export type Align =
  | 'auto'
  | 'flex-start'
  | 'center'
  | 'flex-end'
  | 'stretch'
  | 'baseline'
  | 'space-between'
  | 'space-around'
  | 'space-evenly';

/** Style keys that affect layout (mapped to yoga by the style table). */
export interface LayoutStyle {
  width?: Dimension;
  height?: Dimension;
  minWidth?: number | `${number}%`;
  minHeight?: number | `${number}%`;
  maxWidth?: number | `${number}%`;
  maxHeight?: number | `${number}%`;
  flexDirection?: 'row' | 'column' | 'row-reverse' | 'column-reverse';
  flexGrow?: number;
  flexShrink?: number;
  flexBasis?: Dimension;
  flexWrap?: 'nowrap' | 'wrap' | 'wrap-reverse';
  justifyContent?: 'flex-start' | 'center' | 'flex-end' | 'space-between' | 'space-around' | 'space-evenly';
  alignItems?: Align;
  alignSelf?: Align;
  alignContent?: Align;
  padding?: number | `${number}%`;
  paddingHorizontal?: number | `${number}%`;
  paddingVertical?: number | `${number}%`;
  paddingTop?: number | `${number}%`;
  paddingRight?: number | `${number}%`;
  paddingBottom?: number | `${number}%`;
  paddingLeft?: number | `${number}%`;
  margin?: number | `${number}%` | 'auto';
  marginHorizontal?: number | `${number}%` | 'auto';
  marginVertical?: number | `${number}%` | 'auto';
  marginTop?: number | `${number}%` | 'auto';
  marginRight?: number | `${number}%` | 'auto';
  marginBottom?: number | `${number}%` | 'auto';
  marginLeft?: number | `${number}%` | 'auto';
  /** Border width on all sides, logical px (drawn with `borderColor`). */
  borderWidth?: number;
  position?: 'relative' | 'absolute';
  top?: number | `${number}%`;
  right?: number | `${number}%`;
  bottom?: number | `${number}%`;
  left?: number | `${number}%`;
  gap?: number;
  rowGap?: number;
  columnGap?: number;
  aspectRatio?: number;
  display?: 'flex' | 'none';
}

/** Corner radii in logical px: one for all corners or `[topLeft, topRight, bottomRight, bottomLeft]`. */
export type Radii = number | readonly [number, number, number, number];

/** Style keys that only affect painting. */
export interface PaintStyle {
  backgroundColor?: string;
  borderColor?: string;
  borderRadius?: Radii;
  /** 0..1, multiplies with ancestors. */
  opacity?: number;
  /** `'hidden'` clips children to the (rounded) box, for painting and hit testing alike. */
  overflow?: 'visible' | 'hidden';
  /** Painted instead of `backgroundColor` where the host can (`backgroundColor` stays the fallback). */
  backgroundGradient?: LinearGradient;
  /**
   * A shadow cast by the background, logical px. It falls outside the box: leave room for it (the
   * parent's padding), and it repaints only when the box or its parent does.
   */
  boxShadow?: Shadow;
}

/** Style keys read by `Text` (font keys also affect its measured size). */
export interface TextStyle {
  color?: string;
  fontSize?: number;
  fontWeight?: number | 'normal' | 'bold';
  fontFamily?: string;
  fontStyle?: 'normal' | 'italic';
  /** Line height in logical px; default 1.2 × fontSize. */
  lineHeight?: number;
  textAlign?: 'left' | 'center' | 'right';
  /** 0 or undefined: unlimited. The last line is ellipsized by measured width. */
  maxLines?: number;
  /** Outline around the glyphs, under the fill (hosts without `strokeText` draw none). */
  textStroke?: TextStroke;
  /** Shadow (or glow, with no offset) of the text. */
  textShadow?: Shadow;
}

/** Every style key a widget accepts. */
export interface Style extends LayoutStyle, PaintStyle, TextStyle {}
