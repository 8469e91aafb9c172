import type { Style } from '../layout/index.js';
import { ScrollView } from './ScrollView.js';
import type { ScrollViewProps } from './ScrollView.js';

/** What a `List` tells its viewport and hears back from it. */
export interface ListViewportHooks {
  /** Total height of all rows, logical px. */
  extent(): number;
  /** The offset changed: move the row window. */
  onOffset(offset: number): void;
  /** The viewport got a new size: re-size rows and move the window. */
  onResize(): void;
  /** Height of the pinned footer while shown (0 otherwise): rows are clipped above it. */
  footerInset(): number;
}

/**
 * The scrolling part of a `List`: a ScrollView whose scroll range comes from the list's row geometry
 * instead of laid-out children (rows lay out on their own). Internal to List.
 */
export class ListViewport extends ScrollView {
  private readonly _hooks: ListViewportHooks;

  public constructor(style: Style, props: ScrollViewProps, hooks: ListViewportHooks) {
    super(style, props);
    this._hooks = hooks;
  }

  /** Re-reads the row extent (after the row count or heights changed), keeping the offset. */
  public syncExtent(): void {
    this._syncBounds();
  }

  /** Rows are clipped above a shown pinned footer: its transparent parts show the panel, not rows. */
  public override get clipInsetBottom(): number {
    return this._hooks.footerInset();
  }

  protected override _contentExtent(): number {
    return this._hooks.extent();
  }

  protected override onScrollOffset(offset: number): void {
    this._hooks.onOffset(offset);
  }

  protected override onLayout(): void {
    super.onLayout();
    this._hooks.onResize();
  }
}
