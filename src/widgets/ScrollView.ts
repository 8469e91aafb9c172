import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { ScrollGestureTarget } from '../input/index.js';
import type { Style } from '../layout/index.js';
import { Scroller } from '../scroll/index.js';
import type { ScrollerState } from '../scroll/index.js';
import { paintScrollbar, scrollbarAlpha, scrollbarThumb } from './paintScrollbar.js';
import { ScrollContent } from './ScrollContent.js';
import { SCROLLBAR_COLOR } from './scrollViewConstants.js';
import type { ScrollViewProps } from './ScrollViewProps.js';

export type { ScrollViewProps } from './ScrollViewProps.js';

/**
 * A vertically scrolling, clipping box. Children are laid out normally inside `content` (a column with
 * `flexShrink: 0`, so it may be taller than the viewport); `appendChild` on the scroll view adds to it.
 * Scrolling follows the finger 1:1, flings with time-based deceleration (same path at any frame rate),
 * rubber-bands past the ends and springs back (physics in `scroll/`). Each animation frame changes one
 * content offset and repaints only this box; it never relayouts. The offset is kept when the content
 * size changes (clamped into the new range). Driven by the `InputRouter` through
 * {@link ScrollGestureTarget}.
 *
 * @example
 * const sv = new ScrollView({ flexGrow: 1 }, { contentStyle: { padding: 12, gap: 8 } });
 * for (const f of friends) sv.appendChild(new FriendCard(f));
 * sv.scrollTo(0, true);
 */
export class ScrollView extends Node implements ScrollGestureTarget {
  /** The laid-out container of the scrolled children. */
  public readonly content: Node;

  private readonly _scroller = new Scroller({ contentSize: 0, viewportSize: 0 });
  private readonly _props: ScrollViewProps;
  private _stopTicker: (() => void) | undefined;
  private _lastMotionAt = Number.NEGATIVE_INFINITY;
  private _barAlpha = 0;
  /** A `scrollTo` made before the sizes were known, re-applied by each layout of the frame that follows. */
  private _pending: number | undefined;
  private _pendingExpiry: (() => void) | undefined;

  public constructor(style?: Style, props: ScrollViewProps = {}) {
    super({ flexDirection: 'column', ...style, overflow: 'hidden' });
    this._props = { ...props };
    this.content = new ScrollContent({ flexDirection: 'column', ...props.contentStyle, flexShrink: 0 }, () => this._syncBounds());
    super.insertChild(this.content, 0);
  }

  /** Its content is clipped and its scrollbar lies inside the clip: a scroll frame repaints exactly the clip. */
  public override get paintsInsideClip(): boolean {
    return true;
  }

  /** Current scroll offset in logical px (negative or past `maxScrollOffset` while rubber-banding). */
  public get scrollOffset(): number {
    return this._scroller.offset;
  }

  /** Largest resting offset, logical px. */
  public get maxScrollOffset(): number {
    return this._scroller.maxOffset;
  }

  /** Height of the scrolled content, logical px. */
  public get contentHeight(): number {
    return this._contentExtent();
  }
  /** What the content is doing: `'idle' | 'drag' | 'fling' | 'settle'`. */
  public get scrollState(): ScrollerState {
    return this._scroller.state;
  }

  /** True while a fling, spring-back or animated scroll is running. */
  public get isAnimating(): boolean {
    return this._scroller.isAnimating;
  }

  /** Current scrollbar opacity, 0..1 (0 once it has faded out). */
  public get scrollbarOpacity(): number {
    return this._barAlpha;
  }

  /**
   * Scrolls to `offset` logical px (clamped into range), instantly or with a short ease-out. Before the
   * first layout the request is kept and applied once sizes are known. Ignored while a finger drags.
   *
   * @throws RangeError when `offset` is not a finite number (nothing changes).
   */
  public scrollTo(offset: number, animated = false): void {
    if (typeof offset !== 'number' || !Number.isFinite(offset)) {
      throw new RangeError(`ScrollView.scrollTo: offset must be a finite number, got ${String(offset)}`);
    }
    this._clearPending();
    if (!(this.height > 0)) {
      this._pending = offset;
      return;
    }
    this._scroller.scrollTo(offset, animated, this._now());
    this._apply();
    if (animated) this._ensureTicker();
  }

  /** Scrolls by `delta` logical px from the current resting target. */
  public scrollBy(delta: number, animated = false): void {
    this.scrollTo(this.scrollOffset + delta, animated);
  }

  /** Appends to `content` (the scrolled container). */
  public override appendChild<T extends Node>(child: T): T {
    return this.content.appendChild(child);
  }

  /** Inserts into `content` at `index` (an index among the scrolled children). */
  public override insertChild<T extends Node>(child: T, index: number): T {
    return this.content.insertChild(child, index);
  }

  public override removeChild(child: Node): void {
    if (child !== this.content && child.parent === this.content) this.content.removeChild(child);
    else super.removeChild(child);
  }

  public override removeAllChildren(): void {
    this.content.removeAllChildren();
  }

  public override setStyle(patch: Partial<Style>): this {
    // A scroll view always clips: unclipped scrolled content would paint (and be hit) outside it.
    return super.setStyle({ ...patch, overflow: 'hidden' });
  }

  /** True when the content is taller than the viewport. */
  public canScroll(): boolean {
    return this.maxScrollOffset > 0;
  }

  /** @internal Gesture arena: a finger touched; stops motion, reports whether content was moving. */
  public scrollPointerDown(t: number): boolean {
    this._clearPending();
    const { wasFlinging } = this._scroller.stop(t);
    this._apply();
    if (this._scroller.isAnimating) this._ensureTicker();
    return wasFlinging;
  }

  /** @internal Gesture arena: this view claimed the pointer at stage point (x, y). */
  public scrollDragStart(t: number, _x: number, y: number): void {
    this._scroller.beginDrag(t, y);
    this._apply();
    this._markMotion();
    this._ensureTicker();
  }

  /** @internal Gesture arena: the claimed pointer moved. */
  public scrollDragMove(t: number, _x: number, y: number): void {
    this._scroller.drag(t, y);
    this._apply();
  }

  /** @internal Gesture arena: the claimed pointer lifted. */
  public scrollDragEnd(t: number): void {
    this._scroller.endDrag(t);
    this._apply();
    this._markMotion();
    this._ensureTicker();
  }

  /** @internal Gesture arena: the claimed pointer was cancelled. */
  public scrollDragCancel(t: number): void {
    this._scroller.stop(t);
    this._apply();
    this._markMotion();
    this._ensureTicker();
  }

  /** @internal Wheel input; returns whether the content moved. */
  public scrollWheel(deltaY: number, t: number): boolean {
    const before = this._scroller.offset;
    this._scroller.wheel(deltaY, t);
    this._apply();
    const moved = this._scroller.offset !== before;
    if (moved) {
      this._markMotion();
      this._ensureTicker();
    }
    return moved;
  }

  public override paintAfterChildren(ctx: Canvas2D): void {
    if (this._props.showsScrollbar === false || !(this._barAlpha > 0)) return;
    const inset = this.clipInsetBottom; // The track stops above a pinned footer: same scroll range.
    const thumb = scrollbarThumb(this.width, this.height - inset, this._contentExtent() - inset, this._scroller.offset);
    if (thumb !== undefined) paintScrollbar(ctx, thumb, this._barAlpha, this._props.scrollbarColor ?? SCROLLBAR_COLOR);
  }

  /** The scrolled extent in logical px; List overrides it with its row geometry. */
  protected _contentExtent(): number {
    return this.content.y + this.content.height;
  }

  /** Called after the offset changed (List moves its row window here). */
  protected onScrollOffset(_offset: number): void {}

  /** Re-reads the content and viewport sizes, keeping the offset; subclasses call it when their extent changes. */
  protected _syncBounds(): void {
    this._scroller.setBounds(Math.max(0, this._contentExtent()), Math.max(0, this.height));
    const pending = this._pending;
    if (pending !== undefined && this.height > 0) {
      // The viewport and the content are read in separate steps of one layout pass: keep the request
      // until that pass is over (the next frame's tickers run after it), so it is clamped to the final range.
      this._scroller.scrollTo(pending, false, this._now());
      if (this._pendingExpiry === undefined && this.stage !== undefined) {
        this._pendingExpiry = this.stage.addTicker(() => {
          this._pending = undefined;
          this._pendingExpiry = undefined;
          return false;
        });
      }
    }
    this._apply();
    if (this._scroller.isAnimating) this._ensureTicker();
  }

  protected override onLayout(): void {
    this._syncBounds();
  }

  protected override onAttach(): void {
    if (this._scroller.isAnimating) this._ensureTicker();
  }

  protected override onDetach(): void {
    this._clearPending();
    this._stopTicker?.();
    this._stopTicker = undefined;
  }

  private _apply(): void {
    const offset = this._scroller.offset;
    if (offset === this._scrollY) return;
    this._scrollY = offset;
    this._markMotion();
    // Only this box repaints: moving the content never changes layout.
    this.markPaintDirty();
    this.onScrollOffset(offset);
    const cb = this._props.onScroll;
    if (cb !== undefined) {
      try {
        cb(offset);
      } catch (err) {
        this.stage?.reportError(err);
      }
    }
  }

  private _clearPending(): void {
    this._pending = undefined;
    this._pendingExpiry?.();
    this._pendingExpiry = undefined;
  }

  private _markMotion(): void {
    this._lastMotionAt = this._now();
    if (this._barAlpha !== 1 && this._scroller.maxOffset > 0) {
      this._barAlpha = 1;
      this.markPaintDirty();
    }
  }

  private _ensureTicker(): void {
    const stage = this.stage;
    if (this._stopTicker !== undefined || stage === undefined) return;
    this._stopTicker = stage.addTicker((now) => this._tick(now));
  }

  private _tick(now: number): boolean {
    const s = this._scroller;
    if (s.isAnimating) {
      s.step(now);
      this._apply();
    }
    const moving = s.isAnimating || s.state === 'drag';
    if (moving) this._lastMotionAt = now;
    const alpha = s.maxOffset > 0 ? scrollbarAlpha(now - this._lastMotionAt) : 0;
    if (alpha !== this._barAlpha) {
      this._barAlpha = alpha;
      this.markPaintDirty();
    }
    const more = moving || alpha > 0;
    if (!more) this._stopTicker = undefined;
    return more;
  }

  private _now(): number {
    return this.stage?.now() ?? 0;
  }
}
