import { checkStyle } from '../layout/index.js';
import type { ComputedBox, LayoutNode, MeasureFunction, Style } from '../layout/index.js';
import { DIRTY_LAYOUT, DIRTY_PAINT } from './constants.js';
import { NodeBox } from './NodeBox.js';
import type { MeasureLog } from './MeasureLog.js';
import { NodeLayout, layoutIndexOf } from './NodeLayout.js';
import { paintOutset } from './paintWalk.js';
import { patchStyle } from './patchStyle.js';
import type { StageContext } from './StageContext.js';

/**
 * The retained widget base: a style, children, a computed box and dirty bits. Subclasses draw in
 * `paintSelf` at their own origin in logical px; the stage applies translation, scroll offsets,
 * opacity and clips (`paintWalk.ts`). Attached to a stage a node owns one layout node (none inside a
 * layout root: `LayoutTemplates.ts`), freed when it leaves: removed subtrees hold no yoga memory.
 */
export class Node extends NodeBox {
  private _style: Style;
  /** @internal The children, read directly by the paint walk. */
  public readonly _children: Node[] = [];
  private _stage: StageContext | undefined;
  /** The layout root this node lays out with (itself, or the nearest one above), while attached. */
  private _sharedRoot: Node | undefined;
  /** The layout node (while attached), the measure function and the layout-root size. */
  private readonly _lay = new NodeLayout();
  private _flags = DIRTY_LAYOUT | DIRTY_PAINT;

  public constructor(style?: Style) {
    super();
    // Copy: a caller's style object is never mutated or retained. Checked first: bad input throws
    // a clear TypeError instead of failing later inside yoga.
    if (style !== undefined) checkStyle(style as Record<string, unknown>);
    this._style = style === undefined ? {} : { ...style };
    this._derivePaintRules(this._style);
  }

  /** The current style (read-only view; change it with `setStyle`). */
  public get style(): Readonly<Style> {
    return this._style;
  }
  public get children(): readonly Node[] {
    return this._children;
  }
  /** The stage this node is attached to, if any. */
  public get stage(): StageContext | undefined {
    return this._stage;
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
    const prev = this._style;
    checkStyle(patch as Record<string, unknown>, prev as Record<string, unknown>);
    const patched = patchStyle(prev, patch);
    if (patched === undefined) return this;
    const next = patched.next;
    if (patched.paintChanged && paintOutset(next) < this._paintOutset) this.markPaintDirty(); // clear the old reach (FX4)
    this._style = next;
    this._derivePaintRules(next);
    if (patched.layoutChanged) {
      this._lay.styleChanged();
      const ln = this._lay.node;
      ln?.applyStyle(next, prev);
      if (ln !== undefined || this._lay.shared) this._invalidateLayout();
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
      child._attach(this._stage, this._sharedRoot);
      if (this._lay.node !== undefined) this._lay.insertChild(child._lay, layoutIndexOf(this._children, child));
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
    this._lay.removeChild(child._lay);
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
   * Makes this node lay out on its own with the given size (undefined = fit content) instead of inside its
   * parent's flex layout; the parent places it with `setFrameOrigin` (virtualized lists: no relayout on scroll).
   */
  public setLayoutRoot(width: number | undefined, height: number | undefined): void {
    if (this._parent !== undefined && !this.isLayoutRoot) {
      throw new Error('friendcanvas: setLayoutRoot must be called before the node is added to a parent');
    }
    if (this._lay.setRootSize(width, height)) this._invalidateLayout();
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
    this._paintBroken = false;
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

  /** Installs or removes this node's measure function (leaf content such as text). */
  protected setMeasure(fn: MeasureFunction | undefined): void {
    this._lay.setMeasure(fn);
    if (this._lay.shared) this._invalidateLayout();
  }

  /** @internal Called by the stage when this node becomes a stage root. */
  public _attachAsRoot(stage: StageContext): void {
    this._attach(stage, undefined);
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
    return box !== undefined && this._applyBox(box, fresh);
  }

  /** @internal This node's part of its layout root's shape signature (`LayoutTemplates.ts`). */
  public _shape(): string {
    return this._lay.shape(this._style);
  }
  /** @internal The measure function and its log (a template asks it on this node's behalf). */
  public get _measureLog(): MeasureLog | undefined {
    return this._lay.measureLog;
  }
  /** @internal Takes a template's measure log, before any box of its row is applied. */
  public _adoptTemplate(log: MeasureLog | undefined): void {
    this._lay.adoptTemplate(log);
  }
  /** @internal Takes a box a template computed for `root`'s row (not once it left that row). */
  public _applyTemplateBox(box: ComputedBox, root: Node): void {
    // Whether it is fresh only matters to the main tree's read (the stage repaints a relaid row whole).
    if (this._sharedRoot === root) this._applyBox(box, false);
  }

  private _applyBox(box: ComputedBox, fresh: boolean): boolean {
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
    if (changed) this._safe(this.onLayout);
    return changed || fresh;
  }

  /** @internal Clears the paint bit after the stage painted. */
  public _clearPaint(): void {
    this._flags &= ~DIRTY_PAINT;
  }

  private _attach(stage: StageContext, parentRoot: Node | undefined): void {
    if (this._stage === stage) return;
    this._stage = stage;
    // New on this stage: a press recorded before cannot be meant for it.
    this.invalidateInteraction();
    // A layout root's subtree owns no layout nodes: a template of its shape lays it out.
    const shared = this.isLayoutRoot ? this : parentRoot;
    this._sharedRoot = shared;
    if (shared === undefined) this._lay.attach(stage.layout, this._style);
    else this._lay.attachShared();
    if (this.isLayoutRoot) stage.registerLayoutRoot(this, true);
    let index = 0; // among the children taking part in this node's layout (`layoutIndexOf`)
    for (const child of this._children) {
      child._attach(stage, shared);
      if (!child.isLayoutRoot) this._lay.insertChild(child._lay, index++);
    }
    this._flags |= DIRTY_LAYOUT | DIRTY_PAINT;
    this._safe(this.onAttach);
  }

  private _detach(): void {
    const stage = this._stage;
    if (stage === undefined) return;
    this._safe(this.onDetach);
    if (this.isLayoutRoot) stage.registerLayoutRoot(this, false);
    // Free this node before its children: yoga detaches the children in one pass, which avoids
    // the quadratic cost of removing them one by one from a wide parent.
    this._lay.free();
    this._stage = undefined;
    this._sharedRoot = undefined;
    for (const child of this._children) child._detach();
  }

  private _invalidateLayout(): void {
    this._flags |= DIRTY_LAYOUT;
    // Inside a layout root the root is what the layout step looks at.
    if (this._sharedRoot !== undefined) this._sharedRoot._flags |= DIRTY_LAYOUT;
    this._stage?.invalidateLayout();
  }

  // A method reference, not a closure: no allocation per hook call.
  private _safe(hook: (this: Node) => void): void {
    try {
      hook.call(this);
    } catch (err) {
      this._stage?.reportError(err);
    }
  }
}
