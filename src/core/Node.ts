import type { Canvas2D } from '../host/types.js';
import { LAYOUT_KEYS, checkStyle } from '../layout/index.js';
import type { LayoutNode, MeasureFunction, MeasureMode, Style } from '../layout/index.js';
import { DIRTY_LAYOUT, DIRTY_PAINT, MAX_MEASURE_LOG } from './constants.js';
import { contentOrigin } from './paintWalk.js';
import type { Rect } from './Rect.js';
import type { StageContext } from './StageContext.js';

/** A tap delivered to `onTap` handlers. Coordinates in stage logical px. */
export interface TapEvent {
  /** The deepest tap target under the finger. */
  readonly target: Node;
  /** The node whose handler is running. */
  readonly currentTarget: Node;
  readonly x: number;
  readonly y: number;
  /** Stops the event from reaching ancestors' handlers. */
  stopPropagation(): void;
}

/** One question the layout asked a measure function, and its answer (logical px). */
interface MeasureQuestion {
  readonly width: number;
  readonly widthMode: MeasureMode;
  readonly height: number;
  readonly heightMode: MeasureMode;
  readonly answerWidth: number;
  readonly answerHeight: number;
}

/** How a node takes part in hit testing. `'box-none'`: its children can be hit, it cannot. */
export type PointerEvents = 'auto' | 'none' | 'box-none';

/**
 * The retained widget base: a style, children, a computed box and dirty bits. Subclasses draw in
 * `paintSelf` at their own origin in logical px; the stage applies translation, scroll offsets,
 * opacity and clips. A node owns one layout node while it is attached to a stage and frees it when
 * it leaves, so removed subtrees hold no yoga memory.
 */
export class Node {
  /** Optional name, shown in debugging and used by `findByName`. */
  public name: string | undefined;
  /** Hit-testing participation. */
  public pointerEvents: PointerEvents = 'auto';
  /** Extra touchable margin around the box in logical px (small buttons). */
  public hitSlop = 0;
  /**
   * Promise that nothing in this subtree paints outside this node's box (a list row, a card). The paint
   * walk then skips the whole subtree when the box misses the area being drawn, as it does for a
   * clipping node, without paying for a clip when it is drawn. Default false: children may overflow.
   */
  public containsPaint = false;
  /**
   * Tap handler. A node with one is a tap target; the event bubbles from the deepest target to the
   * root until a handler calls `stopPropagation`. Runs synchronously inside the touch-end handling,
   * so it may call `shareToUser` (platforms require a share to be user initiated).
   */
  public onTap: ((event: TapEvent) => void) | undefined;

  private _style: Style;
  private readonly _children: Node[] = [];
  private _parent: Node | undefined;
  private _stage: StageContext | undefined;
  private _layoutNode: LayoutNode | undefined;
  private _flags = DIRTY_LAYOUT | DIRTY_PAINT;
  private _x = 0;
  private _y = 0;
  private _w = 0;
  private _h = 0;
  private _layoutRoot: { width: number | undefined; height: number | undefined } | undefined;
  /** False from attach until the first layout read: that read counts as a change (it must be painted). */
  private _laidOut = false;

  private _epoch = 0;

  /** Horizontal content offset applied to children (scroll containers), logical px. */
  protected _scrollX = 0;
  /** Vertical content offset applied to children (scroll containers), logical px. */
  protected _scrollY = 0;

  public constructor(style?: Style) {
    // Copy: a caller's style object is never mutated or retained. Checked first: bad input throws
    // a clear TypeError instead of failing later inside yoga.
    if (style !== undefined) checkStyle(style as Record<string, unknown>);
    this._style = style === undefined ? {} : { ...style };
  }

  /** The current style (read-only view; change it with `setStyle`). */
  public get style(): Readonly<Style> {
    return this._style;
  }

  /** Box position relative to the parent's content origin, logical px. */
  public get x(): number {
    return this._x;
  }
  public get y(): number {
    return this._y;
  }
  public get width(): number {
    return this._w;
  }
  public get height(): number {
    return this._h;
  }
  public get parent(): Node | undefined {
    return this._parent;
  }
  public get children(): readonly Node[] {
    return this._children;
  }
  /** The stage this node is attached to, if any. */
  public get stage(): StageContext | undefined {
    return this._stage;
  }
  /** The content offset this node applies to its children (non-zero for scroll containers). */
  public get contentOffsetX(): number {
    return this._scrollX;
  }
  public get contentOffsetY(): number {
    return this._scrollY;
  }
  /** True when this node lays out independently and its parent positions it (list rows). */
  public get isLayoutRoot(): boolean {
    return this._layoutRoot !== undefined;
  }
  /** Whether layout or paint work is pending for this node. */
  public get dirtyFlags(): number {
    return this._flags;
  }

  /**
   * Merges style keys; a key set to `undefined` returns to its default. Layout keys relayout,
   * paint keys repaint only this node's box. Unknown keys or bad values throw a TypeError naming
   * the key, and nothing changes.
   */
  public setStyle(patch: Partial<Style>): this {
    checkStyle(patch as Record<string, unknown>);
    const prev = this._style;
    const next: Style = { ...prev };
    let layoutChanged = false;
    let paintChanged = false;
    for (const key of Object.keys(patch) as Array<keyof Style>) {
      const value = patch[key];
      if (value === prev[key]) continue;
      if (value === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = value;
      if (LAYOUT_KEYS.has(key)) layoutChanged = true;
      else paintChanged = true;
    }
    if (!layoutChanged && !paintChanged) return this;
    this._style = next;
    if (layoutChanged && this._layoutNode !== undefined) {
      this._layoutNode.applyStyle(next, prev);
      this._invalidateLayout();
    }
    this.onStyleChange(prev, next);
    if (paintChanged) this.markPaintDirty();
    return this;
  }

  /** Appends a child (moving it from any previous parent). */
  public appendChild<T extends Node>(child: T): T {
    return this.insertChild(child, this._children.length);
  }

  /** Inserts a child at `index` (clamped), moving it from any previous parent. */
  public insertChild<T extends Node>(child: T, index: number): T {
    if (child === (this as Node)) throw new Error('friendcanvas: a node cannot be its own child');
    for (let p: Node | undefined = this; p !== undefined; p = p._parent) {
      if (p === child) throw new Error('friendcanvas: cannot insert an ancestor as a child');
    }
    if (child._parent !== undefined) child._parent.removeChild(child);
    const at = Math.max(0, Math.min(index, this._children.length));
    this._children.splice(at, 0, child);
    child._parent = this;
    if (this._stage !== undefined) {
      child._attach(this._stage);
      this._linkLayoutChild(child);
      // A layout root is not part of its parent's layout: only its own subtree needs laying out.
      if (child._layoutRoot === undefined) this._invalidateLayout();
      else this._stage.invalidateLayout();
    }
    return child;
  }

  /** Removes a child; its subtree leaves the stage and frees its layout nodes. */
  public removeChild(child: Node): void {
    const i = this._children.indexOf(child);
    if (i < 0) return;
    if (this._stage !== undefined) {
      // Its pixels must go even when no remaining box moves (the last child, an absolute child).
      this._stage.invalidateNode(child);
      if (child._layoutRoot === undefined) this._invalidateLayout();
    }
    this._children.splice(i, 1);
    if (child._layoutNode !== undefined && this._layoutNode !== undefined && child._layoutRoot === undefined) {
      this._layoutNode.removeChild(child._layoutNode);
    }
    child._parent = undefined;
    child._detach();
  }

  /** Removes every child. */
  public removeAllChildren(): void {
    while (this._children.length > 0) this.removeChild(this._children[this._children.length - 1]!);
  }

  /** Removes this node from its parent (or detaches it when it is a stage root). */
  public destroy(): void {
    if (this._parent !== undefined) this._parent.removeChild(this);
    else this._detach();
  }

  /** First descendant (depth first, self included) with this name. */
  public findByName(name: string): Node | undefined {
    if (this.name === name) return this;
    for (const c of this._children) {
      const found = c.findByName(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Makes this node lay out on its own with the given size (undefined = fit content) instead of
   * inside its parent's flex layout; the parent then places it with `setFrameOrigin`. Used by
   * virtualized lists so that scrolling and recycling never relayout the list.
   */
  public setLayoutRoot(width: number | undefined, height: number | undefined): void {
    const was = this._layoutRoot;
    if (was !== undefined && was.width === width && was.height === height) return;
    if (this._parent !== undefined && was === undefined) {
      throw new Error('friendcanvas: setLayoutRoot must be called before the node is added to a parent');
    }
    this._layoutRoot = { width, height };
    this._flags |= DIRTY_LAYOUT;
    if (this._stage !== undefined) this._stage.invalidateLayout();
  }

  /** The size a layout root is calculated with. */
  public get layoutRootSize(): { width: number | undefined; height: number | undefined } | undefined {
    return this._layoutRoot;
  }

  /** Positions a layout-root node inside its parent's content box (logical px). Paint-only. */
  public setFrameOrigin(x: number, y: number): void {
    if (x === this._x && y === this._y) return;
    this.markPaintDirty();
    this._x = x;
    this._y = y;
    this.markPaintDirty();
  }

  /** Requests a repaint of this node's box. */
  public markPaintDirty(): void {
    this._flags |= DIRTY_PAINT;
    if (this._stage !== undefined) this._stage.invalidateNode(this);
  }

  /**
   * Invalidates this node's measured size (its content changed). When the layout already asked this
   * node for its size and every one of those answers is the same with the new content (a one-line
   * label whose box the layout fixes, a text in a fixed box), the layout cannot change and nothing is
   * invalidated: rebinding a recycled list row with new strings runs no layout.
   */
  public markMeasureDirty(): void {
    if (this._layoutNode === undefined || this._measureFn === undefined) return;
    if (this._measureAnswersHold()) return;
    this._forceMeasureDirty();
  }

  /** @internal Invalidates the measured size even when the answers hold (a new pixel scale rounds differently). */
  public _forceMeasureDirty(): void {
    // Yoga only accepts markDirty on measured leaves; other nodes relayout through style changes.
    if (this._layoutNode === undefined || this._measureFn === undefined) return;
    this._measureLog.length = 0;
    this._measureLogFull = false;
    this._layoutNode.markDirty();
    this._invalidateLayout();
  }

  /**
   * True when the measure function, asked again every question the layout asked since this node was
   * last invalidated, gives every answer it gave then. Yoga answers only from measurements made since
   * then (a dirty node's cache is dropped), so with equal answers its result cannot change.
   */
  private _measureAnswersHold(): boolean {
    const fn = this._measureFn;
    const ln = this._layoutNode;
    if (fn === undefined || ln === undefined || !this._laidOut || this._measureLogFull || ln.isDirty()) return false;
    const log = this._measureLog;
    for (let i = 0; i < log.length; i++) {
      const q = log[i]!;
      let answer: { width: number; height: number };
      try {
        answer = fn(q.width, q.widthMode, q.height, q.heightMode);
      } catch {
        return false;
      }
      if (!(answer.width === q.answerWidth && answer.height === q.answerHeight)) return false;
    }
    return true;
  }

  /**
   * This node's box in stage coordinates (logical px), following the paint walk's rules (`paintWalk.ts`):
   * each ancestor's position and content (scroll) offset. Clips and opacity are ignored (see `stageRectOf`).
   */
  public absoluteRect(): Rect {
    let x = this._x;
    let y = this._y;
    for (let p = this._parent; p !== undefined; p = p._parent) {
      x += contentOrigin(p._x, p._scrollX);
      y += contentOrigin(p._y, p._scrollY);
    }
    return { x, y, width: this._w, height: this._h };
  }

  /**
   * Advances whenever this node is attached or rebound to other content (`invalidateInteraction`).
   * The input layer records it at press time and drops the tap when it changed before release, so a
   * recycled or rebound list row never receives a tap meant for the friend it showed before.
   */
  public get interactionEpoch(): number {
    return this._epoch;
  }

  /** Marks this node as showing different content now (a recycled row rebound to another item). */
  public invalidateInteraction(): void {
    this._epoch++;
  }

  /** Pressed feedback hook: the input layer calls it when a press on this tap target starts or ends. */
  public setPressed(_pressed: boolean): void {}

  /** Draws this node's own pixels at its origin; children are drawn after by the stage. */
  public paintSelf(_ctx: Canvas2D): void {}

  /** Draws on top of the children (scrollbars, overlays). */
  public paintAfterChildren(_ctx: Canvas2D): void {}

  /** Called when the node joins a stage (after its layout node exists). */
  protected onAttach(): void {}

  /** Called when the node leaves its stage (before its layout node is freed). */
  protected onDetach(): void {}

  /** Called after the style changed (subclasses re-measure when font keys change). */
  protected onStyleChange(_prev: Style, _next: Style): void {}

  /** Called when layout gave this node a new box. */
  protected onLayout(): void {}

  /** Installs or removes this node's measure function (leaf content such as text). */
  protected setMeasure(fn: MeasureFunction | undefined): void {
    this._measureFn = fn;
    this._measureLog.length = 0;
    this._measureLogFull = false;
    this._layoutNode?.setMeasure(this._recordingMeasure(fn));
  }
  private _measureFn: MeasureFunction | undefined;
  /** The questions the layout asked the measure function since it was last invalidated, with the answers. */
  private readonly _measureLog: MeasureQuestion[] = [];
  /** More distinct questions than {@link MAX_MEASURE_LOG} were asked: answers can no longer be checked. */
  private _measureLogFull = false;

  /** Wraps a measure function so every question and answer is logged (see `markMeasureDirty`). */
  private _recordingMeasure(fn: MeasureFunction | undefined): MeasureFunction | undefined {
    if (fn === undefined) return undefined;
    return (width, widthMode, height, heightMode) => {
      const answer = fn(width, widthMode, height, heightMode);
      const log = this._measureLog;
      if (log.length < MAX_MEASURE_LOG) {
        log.push({ width, widthMode, height, heightMode, answerWidth: answer.width, answerHeight: answer.height });
      } else {
        this._measureLogFull = true;
      }
      return answer;
    };
  }

  /** @internal Called by the stage when this node becomes a stage root. */
  public _attachAsRoot(stage: StageContext): void {
    this._attach(stage);
  }

  /** @internal The node's layout node (stage use only). */
  public get _layout(): LayoutNode | undefined {
    return this._layoutNode;
  }

  /** @internal Reads a new layout box from the layout node; returns whether it changed. */
  public _readLayout(): boolean {
    const ln = this._layoutNode;
    if (ln === undefined) return false;
    const box = ln.computed();
    ln.markLayoutSeen();
    const root = this._layoutRoot !== undefined;
    const changed =
      box.width !== this._w || box.height !== this._h || (!root && (box.left !== this._x || box.top !== this._y));
    // A node (re)joining the tree has never been painted there, even if its box equals an old one.
    const fresh = !this._laidOut;
    this._laidOut = true;
    if (!root) {
      this._x = box.left;
      this._y = box.top;
    }
    this._w = box.width;
    this._h = box.height;
    this._flags &= ~DIRTY_LAYOUT;
    if (changed) this._safe(() => this.onLayout());
    return changed || fresh;
  }

  /** @internal Clears the paint bit after the stage painted. */
  public _clearPaint(): void {
    this._flags &= ~DIRTY_PAINT;
  }

  private _attach(stage: StageContext): void {
    if (this._stage === stage) return;
    this._stage = stage;
    this._epoch++;
    this._laidOut = false;
    const ln = stage.layout.createNode();
    this._layoutNode = ln;
    ln.applyStyle(this._style, {});
    if (this._measureFn !== undefined) {
      this._measureLog.length = 0;
      this._measureLogFull = false;
      ln.setMeasure(this._recordingMeasure(this._measureFn));
    }
    if (this._layoutRoot !== undefined) stage.registerLayoutRoot(this, true);
    for (const child of this._children) {
      child._attach(stage);
      this._linkLayoutChild(child);
    }
    this._flags |= DIRTY_LAYOUT | DIRTY_PAINT;
    this._safe(() => this.onAttach());
  }

  private _detach(): void {
    const stage = this._stage;
    if (stage === undefined) return;
    this._safe(() => this.onDetach());
    if (this._layoutRoot !== undefined) stage.registerLayoutRoot(this, false);
    // Free this node before its children: yoga detaches the children in one pass, which avoids
    // the quadratic cost of removing them one by one from a wide parent.
    const ln = this._layoutNode;
    this._layoutNode = undefined;
    ln?.free();
    this._stage = undefined;
    for (const child of this._children) child._detach();
  }

  private _linkLayoutChild(child: Node): void {
    if (child._layoutRoot !== undefined || child._layoutNode === undefined || this._layoutNode === undefined) return;
    let index = 0;
    for (const c of this._children) {
      if (c === child) break;
      if (c._layoutRoot === undefined) index++;
    }
    this._layoutNode.insertChild(child._layoutNode, index);
  }

  private _invalidateLayout(): void {
    this._flags |= DIRTY_LAYOUT;
    this._stage?.invalidateLayout();
  }

  private _safe(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this._stage?.reportError(err);
    }
  }
}
