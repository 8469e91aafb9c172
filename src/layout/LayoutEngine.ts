import type { LayoutStyle } from './Style.js';

/** Computed box of a layout node, relative to its parent, in logical px. */
export interface ComputedBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** `'exactly' | 'at-most' | 'undefined'`: the constraint mode a measure function receives (CSS intrinsic sizing). */
export type MeasureMode = 'exactly' | 'at-most' | 'undefined';

/** Measures a leaf (text) given the available size; returns its size in logical px. */
export type MeasureFunction = (
  width: number,
  widthMode: MeasureMode,
  height: number,
  heightMode: MeasureMode,
) => { width: number; height: number };

/**
 * One node in a layout engine. Owned by exactly one widget, or by a row template
 * (`core/LayoutTemplates.ts`); freed when that widget leaves its stage (or the template is dropped).
 */
export interface LayoutNode {
  /** Applies the keys whose value changed between `prev` and `next` (undefined resets to default). */
  applyStyle(next: LayoutStyle, prev: LayoutStyle): void;
  insertChild(child: LayoutNode, index: number): void;
  removeChild(child: LayoutNode): void;
  setMeasure(fn: MeasureFunction | undefined): void;
  /** Invalidates a measured leaf (its content changed). */
  markDirty(): void;
  isDirty(): boolean;
  /** Lays this node out as a root with the given size (`undefined` = size to content). */
  calculate(width: number | undefined, height: number | undefined): void;
  /** True when the last calculation changed this node's box; cleared by `markLayoutSeen`. */
  hasNewLayout(): boolean;
  markLayoutSeen(): void;
  computed(): ComputedBox;
  free(): void;
}

/** The layout port: yoga today, a pure-JS backend could plug in for hosts without WebAssembly. */
export interface LayoutEngine {
  createNode(): LayoutNode;
  /** Number of nodes created and not yet freed (tests assert it returns to 0 after teardown). */
  readonly liveNodes: number;
  /** Rounds layout to physical pixels for this scale (crisp edges on 3x screens). */
  setPointScale(scale: number): void;
}
