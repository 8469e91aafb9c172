import type { Node } from './Node.js';
import { NodeHooks } from './NodeHooks.js';
import { contentOrigin } from './paintWalk.js';
import type { Rect } from './Rect.js';

/**
 * Where a node is: its parent and its box (relative to the parent's content origin, logical px), and from
 * them its box on the stage. The base of {@link Node}, which sets them (tree changes, layout reads,
 * `setFrameOrigin`). `absoluteRect` runs on every paint invalidation (a rebound row's texts, each up to
 * the root): it reads these fields, not getters, since without a JIT (iOS) each getter is a real call.
 */
export abstract class NodeBox extends NodeHooks {
  protected _parent: Node | undefined;
  /** @internal The box, logical px (read directly by the paint walk: without a JIT a getter is a call). */
  public _x = 0;
  /** @internal */
  public _y = 0;
  /** @internal */
  public _w = 0;
  /** @internal */
  public _h = 0;

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
}
