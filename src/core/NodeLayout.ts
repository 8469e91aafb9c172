import type { ComputedBox, LayoutEngine, LayoutNode, MeasureFunction, Style } from '../layout/index.js';
import { LAYOUT_KEYS } from '../layout/index.js';
import { MeasureLog } from './MeasureLog.js';
import type { Node } from './Node.js';

/** Layout style keys in one fixed order (a shape signature must not depend on the order keys were set). */
const LAYOUT_KEY_ORDER: readonly string[] = [...LAYOUT_KEYS];

/** The size a layout root is calculated with (undefined: fit content), logical px. */
export interface LayoutRootSize {
  width: number | undefined;
  height: number | undefined;
}

/**
 * One node's link to the layout engine: the layout node it owns while attached to a stage (created on
 * attach, freed on detach, so removed subtrees hold no yoga memory), its measure function with the
 * questions the layout asked it, and, for a node that lays out on its own (a list row), the size it is
 * calculated with. `Node` keeps the tree and the boxes; this keeps what the layout engine needs.
 *
 * A layout root and its subtree own no layout nodes: they are "shared" (attached without one) and
 * take their boxes from a template laid out for rows of the same shape (`LayoutTemplates.ts`).
 */
export class NodeLayout {
  private _node: LayoutNode | undefined;
  private _rootSize: LayoutRootSize | undefined;
  private _measure: MeasureLog | undefined;
  /** False from attach until the first read: that read counts as a change (the node must be painted). */
  private _laidOut = false;
  /** Attached to a stage without a layout node (inside a layout root). */
  private _shared = false;
  /** Shared and measured: the content changed and no template has checked the new answers yet. */
  private _measurePending = false;
  /** This node's part of its row's shape signature (layout style keys, measured or not), cached. */
  private _shape: string | undefined;

  /** The layout node while attached to a stage. */
  public get node(): LayoutNode | undefined {
    return this._node;
  }

  /** The size this node is calculated with when it lays out on its own, else undefined. */
  public get rootSize(): LayoutRootSize | undefined {
    return this._rootSize;
  }

  /** True once a box was read since the node was (re)attached. */
  public get laidOut(): boolean {
    return this._laidOut;
  }

  /** Makes the node a layout root of the given size; returns false when it already was one of that size. */
  public setRootSize(width: number | undefined, height: number | undefined): boolean {
    const was = this._rootSize;
    if (was !== undefined && was.width === width && was.height === height) return false;
    this._rootSize = { width, height };
    return true;
  }

  /**
   * Links `child`'s layout node at `index` among this one's layout children (see {@link layoutIndexOf}),
   * when both are attached; a layout root lays out on its own and is never linked.
   */
  public insertChild(child: NodeLayout, index: number): void {
    if (this._node === undefined || child._node === undefined || child._rootSize !== undefined) return;
    this._node.insertChild(child._node, index);
  }

  /** Unlinks `child`'s layout node from this one (what {@link insertChild} linked). */
  public removeChild(child: NodeLayout): void {
    if (this._node === undefined || child._node === undefined || child._rootSize !== undefined) return;
    this._node.removeChild(child._node);
  }

  /** True while attached to a stage inside a layout root (no layout node of its own). */
  public get shared(): boolean {
    return this._shared;
  }

  /** The measure function, if any (a template asks it on this node's behalf). */
  public get measureLog(): MeasureLog | undefined {
    return this._measure;
  }

  /** This node's shape: its layout style in a fixed key order and whether it is measured (cached). */
  public shape(style: Readonly<Style>): string {
    if (this._shape === undefined) {
      let s = this._measure === undefined ? '' : 'm;';
      const values = style as Record<string, unknown>;
      for (const key of LAYOUT_KEY_ORDER) {
        const v = values[key];
        if (v !== undefined) s += `${key}:${String(v)};`;
      }
      this._shape = s;
    }
    return this._shape;
  }

  /** A layout key of the style changed: the shape must be computed again. */
  public styleChanged(): void {
    this._shape = undefined;
  }

  /** Joins a stage inside a layout root: no layout node; boxes come from a template. */
  public attachShared(): void {
    this._laidOut = false;
    this._shared = true;
    this._measurePending = false;
    this._measure?.clear();
  }

  /**
   * A template laid this node out: its measure questions and answers (checked against this node's
   * function, or asked of it) become this node's own, and the box counts as read.
   */
  public adoptTemplate(log: MeasureLog | undefined): void {
    if (log !== undefined) this._measure?.copyFrom(log);
    this._measurePending = false;
    this._laidOut = true;
  }

  /** Creates the layout node (the node joined a stage) with `style` and the measure function, if any. */
  public attach(engine: LayoutEngine, style: Readonly<Style>): LayoutNode {
    this._laidOut = false;
    this._shared = false;
    const ln = engine.createNode();
    this._node = ln;
    ln.applyStyle(style, {});
    if (this._measure !== undefined) {
      this._measure.clear();
      ln.setMeasure(this._measure.recording());
    }
    return ln;
  }

  /** Frees the layout node (the node left its stage). */
  public free(): void {
    const ln = this._node;
    this._node = undefined;
    this._shared = false;
    ln?.free();
  }

  /** Installs or removes the measure function (leaf content such as text). */
  public setMeasure(fn: MeasureFunction | undefined): void {
    this._measure = fn === undefined ? undefined : new MeasureLog(fn);
    this._shape = undefined;
    this._node?.setMeasure(this._measure?.recording());
  }

  /** True when this is a measured leaf attached to a stage. */
  public get isMeasured(): boolean {
    return (this._node !== undefined || this._shared) && this._measure !== undefined;
  }

  /**
   * True when the measure function, asked again every question the layout asked since the node was last
   * invalidated, gives every answer it gave then. Yoga answers only from measurements made since then (a
   * dirty node's cache is dropped), so with equal answers its result cannot change.
   */
  public measureAnswersHold(): boolean {
    const ln = this._node;
    const measure = this._measure;
    if (measure === undefined || !this._laidOut) return false;
    if (this._shared ? this._measurePending : ln === undefined || ln.isDirty()) return false;
    return measure.answersHold();
  }

  /** Drops the measured size; false (and nothing done) unless this is a measured leaf on a stage. */
  public markMeasureDirty(): boolean {
    // Yoga only accepts markDirty on measured leaves; other nodes relayout through style changes.
    if (this._measure === undefined) return false;
    if (this._shared) {
      this._measure.clear();
      this._measurePending = true;
      return true;
    }
    if (this._node === undefined) return false;
    this._measure.clear();
    this._node.markDirty();
    return true;
  }

  /** Reads the computed box and marks it seen; undefined when not attached. */
  public read(): ComputedBox | undefined {
    const ln = this._node;
    if (ln === undefined) return undefined;
    const box = ln.computed();
    ln.markLayoutSeen();
    this._laidOut = true;
    return box;
  }
}

/** The index of `child` among the `children` that take part in their parent's layout (layout roots do not). */
export function layoutIndexOf(children: readonly Node[], child: Node): number {
  let index = 0;
  for (const c of children) {
    if (c === child) break;
    if (!c.isLayoutRoot) index++;
  }
  return index;
}
