import { FULL_REPAINT_AREA_RATIO, MAX_DIRTY_RECTS } from './constants.js';
import { contains, intersection, intersects, union } from './Rect.js';
import type { Rect } from './Rect.js';

/** True when a rectangle clipped to the canvas has the canvas's whole area (it is the canvas). */
function covers(r: Rect, canvasArea: number): boolean {
  return r.width * r.height >= canvasArea * (1 - 1e-9);
}

/**
 * What the next paint must cover: the whole canvas, or a few rectangles (logical px). Overlapping
 * rectangles merge; past {@link MAX_DIRTY_RECTS} they merge into one; when they cover more than
 * {@link FULL_REPAINT_AREA_RATIO} of the canvas they are painted as one rectangle, their union, and
 * only a union that is the whole canvas is a full repaint. A scrolled list covers most of a panel, yet
 * repainting its box alone leaves the title bar and the footer alone (and on @napi-rs/canvas, clearing
 * the whole canvas costs 0.5 ms at 1125×2001 while clearing a region is free).
 */
export class DirtyRegion {
  private _full = true;
  private _rects: Rect[] = [];

  /** True when the whole canvas must be repainted. */
  public get full(): boolean {
    return this._full;
  }

  /** True when nothing needs painting. */
  public get isEmpty(): boolean {
    return !this._full && this._rects.length === 0;
  }

  /** Everything must be repainted. */
  public markAll(): void {
    this._full = true;
    this._rects = [];
  }

  /** Adds a rectangle clipped to `bounds`; returns false when it lies outside (nothing to do). */
  public add(r: Rect, bounds: Rect): boolean {
    if (this._full) return true;
    const clipped = intersection(r, bounds);
    if (clipped === undefined) return false;
    // Already covered (the texts of a row rebound after its background): nothing to merge or allocate.
    for (const existing of this._rects) if (contains(existing, clipped)) return true;
    let merged = clipped;
    const rest: Rect[] = [];
    for (const existing of this._rects) {
      if (intersects(existing, merged)) merged = union(existing, merged);
      else rest.push(existing);
    }
    rest.push(merged);
    if (rest.length > MAX_DIRTY_RECTS) {
      let all = rest[0]!;
      for (const q of rest) all = union(all, q);
      this._rects = [all];
    } else {
      this._rects = rest;
    }
    return true;
  }

  /**
   * Takes the pending work and clears it: `'full'` for a full repaint, else the rectangles (empty
   * when nothing is dirty). `canvasArea` is the logical canvas area, for the full-repaint threshold.
   */
  public take(canvasArea: number): 'full' | Rect[] {
    if (this._full) {
      this._full = false;
      this._rects = [];
      return 'full';
    }
    const rects = this._rects;
    this._rects = [];
    let area = 0;
    for (const r of rects) area += r.width * r.height;
    if (rects.length < 2 || !(area > canvasArea * FULL_REPAINT_AREA_RATIO)) return rects.length === 1 && covers(rects[0]!, canvasArea) ? 'full' : rects;
    let all = rects[0]!;
    for (const q of rects) all = union(all, q);
    return covers(all, canvasArea) ? 'full' : [all];
  }
}
