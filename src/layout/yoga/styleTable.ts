import { Align, Display, Edge, FlexDirection, Gutter, Justify, PositionType, Wrap } from '../../yoga/index.js';
import type { Node as YogaNode } from '../../yoga/yogaTypes.js';
import type { Align as AlignValue, LayoutStyle } from '../Style.js';

/** Applies one style key to a yoga node; `undefined` restores the default. */
type Setter<K extends keyof LayoutStyle> = (node: YogaNode, value: LayoutStyle[K]) => void;

const ALIGN: Record<AlignValue, Align> = {
  auto: Align.Auto,
  'flex-start': Align.FlexStart,
  center: Align.Center,
  'flex-end': Align.FlexEnd,
  stretch: Align.Stretch,
  baseline: Align.Baseline,
  'space-between': Align.SpaceBetween,
  'space-around': Align.SpaceAround,
  'space-evenly': Align.SpaceEvenly,
};

const DIRECTION: Record<NonNullable<LayoutStyle['flexDirection']>, FlexDirection> = {
  row: FlexDirection.Row,
  column: FlexDirection.Column,
  'row-reverse': FlexDirection.RowReverse,
  'column-reverse': FlexDirection.ColumnReverse,
};

const JUSTIFY: Record<NonNullable<LayoutStyle['justifyContent']>, Justify> = {
  'flex-start': Justify.FlexStart,
  center: Justify.Center,
  'flex-end': Justify.FlexEnd,
  'space-between': Justify.SpaceBetween,
  'space-around': Justify.SpaceAround,
  'space-evenly': Justify.SpaceEvenly,
};

const WRAP: Record<NonNullable<LayoutStyle['flexWrap']>, Wrap> = {
  nowrap: Wrap.NoWrap,
  wrap: Wrap.Wrap,
  'wrap-reverse': Wrap.WrapReverse,
};

const edge = (e: Edge) => ({
  padding: (n: YogaNode, v: number | `${number}%` | undefined) => n.setPadding(e, v),
  margin: (n: YogaNode, v: number | `${number}%` | 'auto' | undefined) => n.setMargin(e, v),
  position: (n: YogaNode, v: number | `${number}%` | undefined) => n.setPosition(e, v),
});
const ALL = edge(Edge.All);
const H = edge(Edge.Horizontal);
const V = edge(Edge.Vertical);
const T = edge(Edge.Top);
const R = edge(Edge.Right);
const B = edge(Edge.Bottom);
const L = edge(Edge.Left);

/**
 * Style key → yoga setter. Typed as a `Record` over every layout key so adding a key to
 * `LayoutStyle` without a mapping is a compile error. Defaults are yoga's web defaults (the
 * engine's Config enables them), so resetting uses the same values CSS would.
 */
export const LAYOUT_SETTERS: { [K in keyof Required<LayoutStyle>]: Setter<K> } = {
  width: (n, v) => n.setWidth(v ?? 'auto'),
  height: (n, v) => n.setHeight(v ?? 'auto'),
  minWidth: (n, v) => n.setMinWidth(v),
  minHeight: (n, v) => n.setMinHeight(v),
  maxWidth: (n, v) => n.setMaxWidth(v),
  maxHeight: (n, v) => n.setMaxHeight(v),
  flexDirection: (n, v) => n.setFlexDirection(DIRECTION[v ?? 'row']),
  flexGrow: (n, v) => n.setFlexGrow(v ?? 0),
  flexShrink: (n, v) => n.setFlexShrink(v ?? 1),
  flexBasis: (n, v) => n.setFlexBasis(v ?? 'auto'),
  flexWrap: (n, v) => n.setFlexWrap(WRAP[v ?? 'nowrap']),
  justifyContent: (n, v) => n.setJustifyContent(JUSTIFY[v ?? 'flex-start']),
  alignItems: (n, v) => n.setAlignItems(ALIGN[v ?? 'stretch']),
  alignSelf: (n, v) => n.setAlignSelf(ALIGN[v ?? 'auto']),
  alignContent: (n, v) => n.setAlignContent(ALIGN[v ?? 'stretch']),
  padding: ALL.padding,
  paddingHorizontal: H.padding,
  paddingVertical: V.padding,
  paddingTop: T.padding,
  paddingRight: R.padding,
  paddingBottom: B.padding,
  paddingLeft: L.padding,
  margin: ALL.margin,
  marginHorizontal: H.margin,
  marginVertical: V.margin,
  marginTop: T.margin,
  marginRight: R.margin,
  marginBottom: B.margin,
  marginLeft: L.margin,
  borderWidth: (n, v) => n.setBorder(Edge.All, v),
  position: (n, v) => n.setPositionType(v === 'absolute' ? PositionType.Absolute : PositionType.Relative),
  top: T.position,
  right: R.position,
  bottom: B.position,
  left: L.position,
  gap: (n, v) => n.setGap(Gutter.All, v),
  rowGap: (n, v) => n.setGap(Gutter.Row, v),
  columnGap: (n, v) => n.setGap(Gutter.Column, v),
  aspectRatio: (n, v) => n.setAspectRatio(v),
  display: (n, v) => n.setDisplay(v === 'none' ? Display.None : Display.Flex),
};

/** The set of style keys that affect layout. */
export const LAYOUT_KEYS: ReadonlySet<string> = new Set(Object.keys(LAYOUT_SETTERS));
