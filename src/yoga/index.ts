/**
 * `friendcanvas/yoga`: yoga-layout 3 without WebAssembly. The same API as `yoga-layout/load`
 * (`loadYoga()` and the enums), plus `loadYogaSync()`. Built from yoga-layout's own wasm binary by
 * binaryen's wasm2js (scripts/buildYogaJs.mjs); yoga is MIT-licensed by Meta Platforms, Inc.
 */
export type { Config, DirtiedFunction, MeasureFunction, Node, Yoga } from './yogaTypes.js';
export { loadYoga, loadYogaSync, YogaLoadError } from './loadYoga.js';
export {
  Align,
  BoxSizing,
  Dimension,
  Direction,
  Display,
  Edge,
  Errata,
  ExperimentalFeature,
  FlexDirection,
  Gutter,
  Justify,
  LogLevel,
  MeasureMode,
  NodeType,
  Overflow,
  PositionType,
  Unit,
  Wrap,
} from './generated/YGEnums.js';
