import type { Node } from '../core/index.js';
import { ScrollContent } from './ScrollContent.js';

/**
 * The slot pinned over the bottom of a `List` (e.g. the player's own rank). It covers the last rows, so
 * while a footer is shown its height extends the list's scroll range: the last rows can always be
 * scrolled clear of it. `syncExtent` is called whenever that height may have changed. Internal to List.
 */
export class ListFooterSlot extends ScrollContent {
  private readonly _syncExtent: () => void;

  public constructor(syncExtent: () => void) {
    super({ position: 'absolute', left: 0, right: 0, bottom: 0, flexDirection: 'column', display: 'none' }, syncExtent);
    this._syncExtent = syncExtent;
    this.pointerEvents = 'box-none';
  }

  /** The node in the slot, if any. */
  public get footer(): Node | undefined {
    return this.children[0];
  }

  /** True when a footer is set and shown. */
  public get shown(): boolean {
    return this.style.display !== 'none' && this.style.opacity !== 0 && this.children.length > 0;
  }

  /** How much the footer adds to the scroll range, logical px: its height while shown. */
  public get inset(): number {
    return this.shown ? this.height : 0;
  }

  /** Puts `node` in the slot (shown), or empties it. */
  public setFooter(node: Node | undefined): void {
    for (const child of this.children.slice()) if (child !== node) this.removeChild(child);
    if (node !== undefined && node.parent !== this) this.appendChild(node);
    this.setStyle({ display: node === undefined ? 'none' : 'flex', opacity: undefined });
    this._syncExtent();
  }

  /** Shows or hides the footer without removing it: a paint-only change (opacity), so no layout runs. */
  public setShown(visible: boolean): void {
    if ((this.style.opacity !== 0) === visible) return;
    this.setStyle({ opacity: visible ? undefined : 0 });
    this._syncExtent();
  }
}
