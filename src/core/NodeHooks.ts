import type { Canvas2D } from '../host/types.js';
import type { Style } from '../layout/index.js';
import { alphaFactor, clipsChildren, paintOutset } from './paintWalk.js';
import type { PointerEvents, TapEvent } from './TapEvent.js';

/**
 * What a widget tells the engine and what the engine tells it, apart from the tree and the layout that
 * `Node` manages: the per-node settings hit testing and the paint walk read (`pointerEvents`, `hitSlop`,
 * `containsPaint`, `onTap`, the interaction epoch, the content offset), and the hooks a widget overrides to draw (`paintSelf`,
 * `paintAfterChildren`), show a press (`setPressed`) and follow its lifecycle (`onAttach`, `onDetach`,
 * `onStyleChange`, `onLayout`). The base of {@link Node}; widgets extend `Node`, never this.
 */
export abstract class NodeHooks {
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
   * Promise that this node's children never overlap one another (a list's rows). In children that also
   * `containsPaint`, the paint walk then draws plain texts grouped by font and colour after the last
   * child instead of row by row (fewer canvas state changes per frame); see `core/TextBatch.ts`.
   */
  public childrenApart = false;
  /**
   * @internal The font and colour this node draws plain text with, when its paint is nothing else and
   * may be put off and grouped with texts of the same key (`Text` keeps it); undefined otherwise.
   */
  public _textKey: string | undefined = undefined;
  /**
   * @internal Where a node with a `_textKey` draws its glyphs across its box, logical px from the box's
   * left edge, as {@link NodeHooks._measureInk} last found: the batch tests overlaps with these, so a
   * right-aligned score spanning a row's width does not count as covering the name at its left.
   */
  public _inkX0 = 0;
  public _inkX1 = 0;
  /**
   * @internal Set when this node's paint code threw: it is drawn empty (its children still paint)
   * until it changes again (`markPaintDirty`), so one broken widget never breaks the others.
   */
  public _paintBroken = false;
  /**
   * Tap handler. A node with one is a tap target; the event bubbles from the deepest target to the
   * root until a handler calls `stopPropagation`. Runs synchronously inside the touch-end handling,
   * so it may call `shareToUser` (platforms require a share to be user initiated).
   */
  public onTap: ((event: TapEvent) => void) | undefined;

  /**
   * @internal The factor this node multiplies its parent's opacity by when painted, 0 when its subtree
   * is skipped: `alphaFactor` (`paintWalk.ts`) of its style, stored by `Node` whenever the style changes.
   */
  public _alphaFactor = 1;
  /** @internal Whether it clips its subtree to its box: `clipsChildren` (`paintWalk.ts`) of its style, stored likewise. */
  public _clips = false;
  /** @internal How far past its box it may draw: `paintOutset` (`paintWalk.ts`) of its style, stored likewise. */
  public _paintOutset = 0;

  /**
   * @internal Called after this node's interaction epoch advances: the input layer watches the path of a
   * held press here, so a row rebound to another friend under a finger drops its highlight at once.
   */
  public _interactionWatchers: Array<() => void> | undefined = undefined;

  private _epoch = 0;

  /** @internal Refreshes `_inkX0`/`_inkX1` for a box `width` wide before its text paint is put off: the whole box unless the widget knows better. */
  public _measureInk(width: number): void {
    this._inkX0 = 0;
    this._inkX1 = width;
  }

  /** @internal Horizontal content offset applied to children (scroll containers), logical px. */
  public _scrollX = 0;
  /** @internal Vertical content offset applied to children (scroll containers), logical px. */
  public _scrollY = 0;

  /** The content offset this node applies to its children (non-zero for scroll containers). */
  public get contentOffsetX(): number {
    return this._scrollX;
  }
  public get contentOffsetY(): number {
    return this._scrollY;
  }

  /**
   * How much of the bottom of its box a clipping node (`overflow: 'hidden'`) leaves out of its clip,
   * logical px: a list's pinned footer covers its last rows, which are then neither painted nor hit
   * under it. Paint-only (no layout); a subclass that changes it repaints the area itself.
   */
  public get clipInsetBottom(): number {
    return 0;
  }

  /**
   * Promise that, while it clips (`overflow: 'hidden'`), this node draws nothing outside its clip (its
   * box less {@link NodeHooks.clipInsetBottom}), its own paint included: a scroll view, whose content is
   * clipped and whose scrollbar lies inside. Its repaint is then exactly that area, with no margin for
   * anti-aliasing (regions are snapped outwards to whole pixels, and a neighbour sharing an edge pixel
   * overlaps the area and is repainted with it), so a scroll frame leaves a pinned footer alone.
   */
  public get paintsInsideClip(): boolean {
    return false;
  }

  /**
   * Whether this node's own paint (`paintSelf`) covers its whole box with opaque pixels (a plain box
   * with an opaque colour and square corners): a repaint inside that box then starts at this node and
   * skips what lies under it. Default false; `View` answers for its plain boxes.
   */
  public coversBox(): boolean {
    return false;
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
    const watchers = this._interactionWatchers;
    if (watchers !== undefined) for (const w of watchers.slice()) w();
  }

  /** Stores what the paint walk derives from a new style (`_alphaFactor`, `_clips`); `Node` calls it on every style change. */
  protected _derivePaintRules(style: Readonly<Style>): void {
    this._alphaFactor = alphaFactor(style);
    this._clips = clipsChildren(style);
    this._paintOutset = paintOutset(style);
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
}
