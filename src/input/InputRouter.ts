import type { Node } from '../core/index.js';
import type { PointerPhase, TouchListener } from '../host/index.js';
import { TOUCH_SLOP_PX } from '../scroll/index.js';
import { checkPointerEvent, isFiniteNumber } from './checkPointerEvent.js';
import { dispatchTap, nearestTapTarget } from './dispatchTap.js';
import { hitTest } from './hitTest.js';
import { MirrorFilter } from './MirrorFilter.js';
import { pathOf, samePath, stillOn, trackTime, watchPath } from './PointerTrack.js';
import type { PointerSource, PointerTrack } from './PointerTrack.js';
import type { InputRouterOptions, InputStage } from './InputStage.js';
import { isScrollGestureTarget, nearestScrollable } from './ScrollGestureTarget.js';
import { checkViewportRect, screenToStage } from './ViewportRect.js';
import type { StagePoint, ViewportRect } from './ViewportRect.js';

export type { PointerSource } from './PointerTrack.js';

export type { InputRouterOptions, InputStage } from './InputStage.js';

/**
 * Routes touches from both input paths (native ODC touch listeners and `pointer` messages forwarded by
 * the main domain) into one stage: maps screen logical px into stage px through the viewport rectangle,
 * hit-tests along the paint path, and runs the gesture arena. A press highlights the nearest tap target;
 * a press that stays within {@link TOUCH_SLOP_PX} and did not catch moving content becomes a tap, delivered
 * synchronously inside the `end` call; once it moves past the slop the nearest scroll container claims it
 * and drags from that point on, 1:1. Each pointer is captured by what it pressed, so moves and the end
 * arrive even outside that box.
 *
 * Multi-touch: pointers are tracked by id and are independent, except that a scroll container follows only
 * the first finger that claimed it; another finger landing on it while it is dragged is ignored until lifted.
 *
 * Nothing throws out of this class: bad input and throwing handlers are reported through `stage.reportError`.
 *
 * @example
 * const input = new InputRouter(stage);
 * input.setViewport({ x: 40, y: 120, width: 300, height: 450 });
 * host.onTouch?.((phase, id, x, y, t) => input.pointer(phase, id, x, y, t));
 * // or, for a forwarded message: input.pointer(msg.phase, msg.id, msg.x, msg.y, msg.t, 'forwarded');
 */
export class InputRouter {
  private readonly _stage: InputStage;
  private readonly _now: () => number;
  private readonly _tracks: Record<PointerSource, Map<number, PointerTrack>> = { native: new Map(), forwarded: new Map() };
  private readonly _mirrors = new MirrorFilter();
  private _viewport: ViewportRect | undefined;
  private _suspended = false;
  private _disposed = false;

  public constructor(stage: InputStage, options: InputRouterOptions = {}) {
    this._stage = stage;
    const now = options.now;
    this._now = now !== undefined ? now : () => stage.now();
  }

  /** The on-screen rectangle in use; before `setViewport` the canvas is assumed at (0, 0) at stage size. */
  public get viewport(): ViewportRect {
    const vp = this._viewport;
    if (vp !== undefined) return { ...vp };
    return { x: 0, y: 0, width: this._stage.width, height: this._stage.height };
  }

  /** Number of fingers currently down (a finger reported by both paths counts once). */
  public get activePointers(): number {
    let n = 0;
    for (const tracks of [this._tracks.native, this._tracks.forwarded]) {
      for (const track of tracks.values()) if (track.mode !== 'mirror') n++;
    }
    return n;
  }

  /**
   * Sets where the shared canvas is shown on screen (logical px). A bad rectangle is reported and
   * ignored, keeping the previous one; returns whether it was accepted.
   */
  public setViewport(rect: ViewportRect): boolean {
    const problem = checkViewportRect(rect);
    if (problem !== undefined) {
      this._stage.reportError(new RangeError(`friendcanvas input: ${problem}`));
      return false;
    }
    this._viewport = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    this._suspended = false;
    return true;
  }

  /**
   * The canvas is not on screen (an engine reported a rectangle of zero or negative size): presses
   * in progress are cancelled (never a tap) and no pointer or wheel input is mapped until the next
   * accepted {@link setViewport}.
   */
  public suspend(): void {
    if (this._suspended) return;
    this._suspended = true;
    this.cancelAll();
  }

  /** Whether input is suspended (see {@link suspend}). */
  public get suspended(): boolean {
    return this._suspended;
  }

  /** Maps a screen point (logical px) to stage logical px through the current viewport. */
  public toStage(screenX: number, screenY: number): StagePoint {
    return screenToStage(this.viewport, this._stage.width, this._stage.height, screenX, screenY);
  }

  /**
   * One touch event from either input path, in screen logical px; `t` is the event time in ms on any
   * monotonic clock (only differences within a gesture are used), default now.
   *
   * A game may forward touches the host also delivers natively: a stream starting on one path at the
   * point (within `MIRROR_TOUCH_RADIUS_PX`) where the other path has a finger down, or had one
   * up to `MIRROR_TOUCH_WINDOW_MS` ago, is that finger's copy and is dropped whole, so one tap is
   * one tap. The native path wins when its copy arrives while the forwarded press has not become a
   * tap or a drag yet: the forwarded press is dropped instead, so the tap runs inside the host's own
   * touch-end callback (where gesture-gated APIs such as `shareToUser` are allowed).
   *
   * @param source - `'native'` (default) for the host's own touch listeners, `'forwarded'` for `pointer` messages.
   */
  public pointer(phase: PointerPhase, id: number, screenX: number, screenY: number, t?: number, source: PointerSource = 'native'): void {
    if (this._disposed || this._suspended) return;
    try {
      checkPointerEvent(phase, id, screenX, screenY, t, source);
      const p = this.toStage(screenX, screenY);
      const tracks = this._tracks[source];
      if (phase === 'start') this._start(source, tracks, id, p, t);
      else if (phase === 'move') this._move(tracks, id, p, t);
      else if (phase === 'end') this._end(tracks, id, p, t);
      else this._cancel(tracks, id, t);
    } catch (err) {
      this._stage.reportError(err);
    }
  }

  /** A wheel turn at a screen point: scrolls the nearest container under it that can move (inner first). */
  public wheel(screenX: number, screenY: number, deltaY: number): void {
    if (this._disposed || this._suspended) return;
    try {
      if (!isFiniteNumber(screenX) || !isFiniteNumber(screenY) || !isFiniteNumber(deltaY)) {
        throw new RangeError('friendcanvas input: wheel x, y and deltaY must be finite numbers');
      }
      const p = this.toStage(screenX, screenY);
      const now = this._now();
      for (let n = hitTest(this._stage.root, p.x, p.y); n !== undefined; n = n.parent) {
        if (!isScrollGestureTarget(n) || this._draggedByAnyone(n)) continue;
        if (!n.scrollWheel(deltaY, now)) continue;
        // The content moved under any finger held on it: those presses are no longer on what they pressed.
        for (const tracks of [this._tracks.native, this._tracks.forwarded]) {
          for (const track of tracks.values()) if (track.pressedPath?.some(([node]) => node === n)) this._drop(track);
        }
        return;
      }
    } catch (err) {
      this._stage.reportError(err);
    }
  }

  /**
   * Subscribes to a native touch source (`host.onTouch`); returns the unsubscribe. A missing source
   * (hosts without ODC touch listeners) is fine: the returned function does nothing.
   */
  public listen(source: ((listener: TouchListener) => () => void) | undefined): () => void {
    if (source === undefined) return () => {};
    try {
      return source((phase, id, x, y, t) => this.pointer(phase, id, x, y, t));
    } catch (err) {
      this._stage.reportError(err);
      return () => {};
    }
  }

  /** Cancels every pointer: pressed states clear, drags end without a fling (e.g. when the panel hides). */
  public cancelAll(): void {
    for (const tracks of [this._tracks.native, this._tracks.forwarded]) {
      for (const id of Array.from(tracks.keys())) {
        try {
          this._cancel(tracks, id, undefined);
        } catch (err) {
          this._stage.reportError(err);
        }
      }
    }
  }

  /** Cancels every pointer and ignores all further input. */
  public dispose(): void {
    this.cancelAll();
    this._disposed = true;
  }

  private _start(source: PointerSource, tracks: Map<number, PointerTrack>, id: number, p: StagePoint, t: number | undefined): void {
    if (tracks.has(id)) this._cancel(tracks, id, t); // a lost end: never leave a stale press behind
    const now = this._now();
    const clockOffset = t === undefined ? 0 : now - t;
    const base = { source, startX: p.x, startY: p.y, x: p.x, y: p.y, clockOffset, lastT: now };
    const copyOf = this._mirrors.copyOf(source, p, now, this._tracks, (node) => this._setPressed(node, false));
    if (copyOf === 'mirror') {
      tracks.set(id, { ...base, mode: 'mirror', pressed: undefined, scroller: undefined, caughtMotion: false });
      return;
    }
    const hit = hitTest(this._stage.root, p.x, p.y);
    if (hit === undefined) return;
    const scroller = nearestScrollable(hit);
    if (scroller !== undefined && this._draggedByAnyone(scroller)) {
      tracks.set(id, { ...base, mode: 'ignored', pressed: undefined, scroller: undefined, caughtMotion: false });
      return;
    }
    // A forwarded press this native copy replaced may have stopped a fling: still a stop, not a tap.
    let caughtMotion = copyOf === 'caught';
    for (let n: Node | undefined = scroller; n !== undefined; n = n.parent) {
      if (isScrollGestureTarget(n) && !this._draggedByAnyone(n) && n.scrollPointerDown(now)) caughtMotion = true;
    }
    // A press that catches a fling shows no highlight: it is a "stop" gesture, not a tap.
    const pressed = caughtMotion ? undefined : nearestTapTarget(hit);
    const track: PointerTrack = { ...base, mode: 'press', pressed, pressedPath: pathOf(pressed), scroller, caughtMotion };
    tracks.set(id, track);
    if (pressed === undefined) return;
    this._setPressed(pressed, true);
    // The row under the finger shows someone else now: no highlight (and no tap) for what was not pressed.
    track.unwatch = watchPath(track.pressedPath, () => this._drop(track));
  }

  /** Ends a press without a tap, keeping the finger's track (it may still drag). */
  private _drop(track: PointerTrack): void {
    track.unwatch?.();
    track.unwatch = undefined;
    const pressed = track.pressed;
    track.pressed = undefined;
    if (pressed !== undefined) this._setPressed(pressed, false);
  }

  private _move(tracks: Map<number, PointerTrack>, id: number, p: StagePoint, t: number | undefined): void {
    const track = tracks.get(id);
    if (track === undefined || track.mode === 'ignored' || track.mode === 'mirror') return;
    const time = trackTime(track, t, this._now());
    track.x = p.x;
    track.y = p.y;
    if (track.mode === 'drag') {
      track.scroller?.scrollDragMove(time, p.x, p.y);
      return;
    }
    if (track.mode !== 'press') return;
    if (Math.hypot(p.x - track.startX, p.y - track.startY) < TOUCH_SLOP_PX) return;
    this._drop(track);
    const scroller = track.scroller;
    if (scroller !== undefined && !this._draggedByAnyone(scroller) && scroller.stage !== undefined) {
      track.mode = 'drag';
      // The drag starts where the slop was crossed, so the content does not jump by the slop distance.
      scroller.scrollDragStart(time, p.x, p.y);
    } else {
      track.mode = 'moved';
    }
  }

  private _end(tracks: Map<number, PointerTrack>, id: number, p: StagePoint, t: number | undefined): void {
    const track = tracks.get(id);
    if (track === undefined) return;
    const time = trackTime(track, t, this._now());
    tracks.delete(id);
    this._mirrors.remember(track, this._now());
    if (track.mode === 'drag') {
      track.scroller?.scrollDragEnd(time);
      return;
    }
    const pressed = track.pressed;
    this._drop(track);
    if (pressed === undefined || track.mode !== 'press') return;
    // The row may have been removed, recycled or rebound to another friend while pressed (scrolling by
    // wheel or another finger, a data update), or moved away from under the finger: no tap on what the
    // finger did not press.
    if (pressed.stage === undefined || track.caughtMotion || !samePath(track.pressedPath)) return;
    if (!stillOn(pressed, p.x, p.y, pressed.hitSlop + TOUCH_SLOP_PX)) return;
    dispatchTap(pressed, p.x, p.y, (err) => this._stage.reportError(err));
  }

  private _cancel(tracks: Map<number, PointerTrack>, id: number, t: number | undefined): void {
    const track = tracks.get(id);
    if (track === undefined) return;
    const time = trackTime(track, t, this._now());
    tracks.delete(id);
    this._mirrors.remember(track, this._now());
    this._drop(track);
    if (track.mode === 'drag') track.scroller?.scrollDragCancel(time);
  }

  private _draggedByAnyone(scroller: Node): boolean {
    for (const track of this._tracks.native.values()) if (track.mode === 'drag' && track.scroller === scroller) return true;
    for (const track of this._tracks.forwarded.values()) if (track.mode === 'drag' && track.scroller === scroller) return true;
    return false;
  }

  private _setPressed(node: Node, pressed: boolean): void {
    try {
      node.setPressed(pressed);
    } catch (err) {
      this._stage.reportError(err);
    }
  }
}
