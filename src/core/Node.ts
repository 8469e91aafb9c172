import type { Canvas2D } from '../host/types.js';
import { checkStyle } from '../layout/index.js';
import type { LayoutNode, MeasureFunction, Style } from '../layout/index.js';
import { DIRTY_LAYOUT, DIRTY_PAINT } from './constants.js';
import { NodeLayout } from './NodeLayout.js';
import { contentOrigin } from './paintWalk.js';
import { patchStyle } from './patchStyle.js';
import type { Rect } from './Rect.js';
import type { StageContext } from './StageContext.js';
import type { PointerEvents, TapEvent } from './TapEvent.js';

/**
 * The retained widget base: a style, children, a computed box and dirty bits. Subclasses draw in
 * `paintSelf` at their own origin in logical px; the stage applies translation, scroll offsets,
 * opacity and clips (`paintWalk.ts`). A node owns one layout node while it is attached to a stage and
 * frees it when it leaves, so removed subtrees hold no yoga memory (`NodeLayout.ts`).
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
  /** The layout node (while attached), the measure function and the layout-root size. */
  private readonly _lay = new NodeLayout();
  private _flags = DIRTY_LAYOUT | DIRTY_PAINT;
  private _x = 0;
  private _y = 0;
  private _w = 0;
  private _h = 0;
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
    return this._lay.rootSize !== undefined;
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
    const patched = patchStyle(prev, patch);
    if (patched === undefined) return this;
    const next = patched.next;
    this._style = next;
    const ln = this._lay.node;
    if (patched.layoutChanged && ln !== undefined) {
      ln.applyStyle(next, prev);
      this._invalidateLayout();
    }
    this.onStyleChange(prev, next);
    if (patched.paintChanged) this.markPaintDirty();
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
      if (!child.isLayoutRoot) this._invalidateLayout();
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
      if (!child.isLayoutRoot) this._invalidateLayout();
    }
    this._children.splice(i, 1);
    const ln = this._lay.node;
    const childLn = child._lay.node;
    if (childLn !== undefined && ln !== undefined && !child.isLayoutRoot) ln.removeChild(childLn);
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
    if (this._parent !== undefined && !this.isLayoutRoot) {
      throw new Error('friendcanvas: setLayoutRoot must be called before the node is added to a parent');
    }
    if (!this._lay.setRootSize(width, height)) return;
    this._flags |= DIRTY_LAYOUT;
    if (this._stage !== undefined) this._stage.invalidateLayout();
  }

  /** The size a layout root is calculated with. */
  public get layoutRootSize(): { width: number | undefined; height: number | undefined } | undefined {
    return this._lay.rootSize;
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
    if (!this._lay.isMeasured || this._lay.measureAnswersHold()) return;
    this._forceMeasureDirty();
  }

  /** @internal Invalidates the measured size even when the answers hold (a new pixel scale rounds differently). */
  public _forceMeasureDirty(): void {
    if (this._lay.markMeasureDirty()) this._invalidateLayout();
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
    this._lay.setMeasure(fn);
  }

  /** @internal Called by the stage when this node becomes a stage root. */
  public _attachAsRoot(stage: StageContext): void {
    this._attach(stage);
  }

  /** @internal The node's layout node (stage use only). */
  public get _layout(): LayoutNode | undefined {
    return this._lay.node;
  }

  /** @internal Reads a new layout box from the layout node; returns whether it changed. */
  public _readLayout(): boolean {
    // A node (re)joining the tree has never been painted there, even if its box equals an old one.
    const fresh = !this._lay.laidOut;
    const box = this._lay.read();
    if (box === undefined) return false;
    const root = this.isLayoutRoot;
    const changed =
      box.width !== this._w || box.height !== this._h || (!root && (box.left !== this._x || box.top !== this._y));
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
    this._lay.attach(stage.layout, this._style);
    if (this.isLayoutRoot) stage.registerLayoutRoot(this, true);
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
    if (this.isLayoutRoot) stage.registerLayoutRoot(this, false);
    // Free this node before its children: yoga detaches the children in one pass, which avoids
    // the quadratic cost of removing them one by one from a wide parent.
    this._lay.free();
    this._stage = undefined;
    for (const child of this._children) child._detach();
  }

  private _linkLayoutChild(child: Node): void {
    const ln = this._lay.node;
    const childLn = child._lay.node;
    if (child.isLayoutRoot || childLn === undefined || ln === undefined) return;
    let index = 0;
    for (const c of this._children) {
      if (c === child) break;
      if (!c.isLayoutRoot) index++;
    }
    ln.insertChild(childLn, index);
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
