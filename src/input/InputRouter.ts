import type { Node } from '../core/index.js';
import type { PointerPhase, TouchListener } from '../host/index.js';
import { TOUCH_SLOP_PX } from '../scroll/index.js';
import { MAX_RECENT_STREAMS, MIRROR_TOUCH_RADIUS_PX, MIRROR_TOUCH_WINDOW_MS } from './constants.js';
import { dispatchTap, nearestTapTarget } from './dispatchTap.js';
import { hitTest } from './hitTest.js';
import { isScrollGestureTarget, nearestScrollable } from './ScrollGestureTarget.js';
import type { ScrollGestureTarget } from './ScrollGestureTarget.js';
import { checkViewportRect, screenToStage } from './ViewportRect.js';
import type { StagePoint, ViewportRect } from './ViewportRect.js';

/** What the router needs from a stage (implemented by `Stage`). */
export interface InputStage {
  readonly root: Node;
  /** Logical width in px. */
  readonly width: number;
  /** Logical height in px. */
  readonly height: number;
  /** The stage clock in ms (the clock animations step with). */
  now(): number;
  reportError(error: unknown): void;
}

/** Options of an {@link InputRouter}. */
export interface InputRouterOptions {
  /** Clock in ms used for gesture timing; default the stage's. Must be the clock the stage animates with. */
  now?: () => number;
}

/**
 * Which path a pointer event came by: the host's own touch listeners (`native`, where a share counts as
 * user initiated) or a `pointer` message the game forwarded (`forwarded`). Ids are separate per path.
 */
export type PointerSource = 'native' | 'forwarded';

type Scrollable = Node & ScrollGestureTarget;

/**
 * `press`: still a tap candidate; `drag`: claimed by a scroller; `moved`: past the slop, nothing to scroll;
 * `ignored`: another finger owns its scroller; `mirror`: the other path's copy of a finger already
 * handled (every event of it is dropped).
 */
type TrackMode = 'press' | 'drag' | 'moved' | 'ignored' | 'mirror';

/** A stream that ended recently, kept to recognise its late copy from the other path. */
interface RecentStream {
  readonly source: PointerSource;
  readonly x: number;
  readonly y: number;
  readonly endedAt: number;
}

interface PointerTrack {
  readonly source: PointerSource;
  readonly startX: number;
  readonly startY: number;
  x: number;
  y: number;
  mode: TrackMode;
  readonly pressed: Node | undefined;
  /** Interaction epochs of the pressed node and its ancestors at press time (see `Node.interactionEpoch`). */
  readonly pressedPath?: ReadonlyArray<readonly [Node, number]>;
  readonly scroller: Scrollable | undefined;
  /** The press caught moving content: it stops the motion and is never a tap. */
  readonly caughtMotion: boolean;
  /** Stage clock minus the caller's clock, fixed at the start of the gesture. */
  readonly clockOffset: number;
  lastT: number;
}

const PHASES: ReadonlySet<string> = new Set<PointerPhase>(['start', 'move', 'end', 'cancel']);

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
  private readonly _recent: RecentStream[] = [];
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
   * point (within {@link MIRROR_TOUCH_RADIUS_PX}) where the other path has a finger down, or had one
   * up to {@link MIRROR_TOUCH_WINDOW_MS} ago, is that finger's copy and is dropped whole, so one tap is
   * one tap. The native path wins when its copy arrives while the forwarded press has not become a
   * tap or a drag yet: the forwarded press is dropped instead, so the tap runs inside the host's own
   * touch-end callback (where gesture-gated APIs such as `shareToUser` are allowed).
   *
   * @param source - `'native'` (default) for the host's own touch listeners, `'forwarded'` for `pointer` messages.
   */
  public pointer(phase: PointerPhase, id: number, screenX: number, screenY: number, t?: number, source: PointerSource = 'native'): void {
    if (this._disposed || this._suspended) return;
    try {
      if (!PHASES.has(phase)) throw new RangeError(`friendcanvas input: unknown pointer phase ${String(phase)}`);
      if (typeof id !== 'number' || !Number.isFinite(id)) throw new RangeError('friendcanvas input: pointer id must be a finite number');
      if (!isFiniteNumber(screenX) || !isFiniteNumber(screenY)) {
        throw new RangeError('friendcanvas input: pointer x and y must be finite numbers');
      }
      if (t !== undefined && !isFiniteNumber(t)) throw new RangeError('friendcanvas input: pointer t must be a finite number');
      if (source !== 'native' && source !== 'forwarded') throw new RangeError(`friendcanvas input: unknown pointer source ${String(source)}`);
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
        if (n.scrollWheel(deltaY, now)) return;
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
    const copyOf = this._copyOf(source, p, now);
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
    tracks.set(id, { ...base, mode: 'press', pressed, pressedPath: pathOf(pressed), scroller, caughtMotion });
    if (pressed !== undefined) this._setPressed(pressed, true);
  }

  /**
   * Whether a stream starting at `p` on `source` is a copy of a finger the other path reported: one
   * still down there, or one that went up within the window, started at the same point (`mirror`). A
   * forwarded press that has not become a tap or a drag yields to its native copy instead, which then
   * starts as that press did (`caught` when the press stopped moving content); else `new`.
   */
  private _copyOf(source: PointerSource, p: StagePoint, now: number): 'mirror' | 'caught' | 'new' {
    const other: PointerSource = source === 'native' ? 'forwarded' : 'native';
    const near = (x: number, y: number): boolean => Math.hypot(x - p.x, y - p.y) <= MIRROR_TOUCH_RADIUS_PX;
    const otherTracks = this._tracks[other];
    for (const [otherId, track] of otherTracks) {
      if (track.mode === 'mirror' || !near(track.startX, track.startY)) continue;
      if (source === 'native' && track.mode === 'press') {
        if (track.pressed !== undefined) this._setPressed(track.pressed, false);
        // Dropped in place (not deleted), so the rest of the forwarded stream is swallowed too.
        otherTracks.set(otherId, { ...track, mode: 'mirror', pressed: undefined, scroller: undefined });
        return track.caughtMotion ? 'caught' : 'new';
      }
      return 'mirror';
    }
    const recent = this._recent;
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (now - r.endedAt > MIRROR_TOUCH_WINDOW_MS) {
        recent.splice(0, i + 1); // older entries are older still
        break;
      }
      if (r.source === other && near(r.x, r.y)) return 'mirror';
    }
    return 'new';
  }

  /** Remembers a finger that went up, so its late copy from the other path is recognised. */
  private _remember(track: PointerTrack): void {
    if (track.mode === 'mirror') return;
    this._recent.push({ source: track.source, x: track.startX, y: track.startY, endedAt: this._now() });
    if (this._recent.length > MAX_RECENT_STREAMS) this._recent.shift();
  }

  private _move(tracks: Map<number, PointerTrack>, id: number, p: StagePoint, t: number | undefined): void {
    const track = tracks.get(id);
    if (track === undefined || track.mode === 'ignored' || track.mode === 'mirror') return;
    const time = this._time(track, t);
    track.x = p.x;
    track.y = p.y;
    if (track.mode === 'drag') {
      track.scroller?.scrollDragMove(time, p.x, p.y);
      return;
    }
    if (track.mode !== 'press') return;
    if (Math.hypot(p.x - track.startX, p.y - track.startY) < TOUCH_SLOP_PX) return;
    if (track.pressed !== undefined) this._setPressed(track.pressed, false);
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
    const time = this._time(track, t);
    tracks.delete(id);
    this._remember(track);
    if (track.mode === 'drag') {
      track.scroller?.scrollDragEnd(time);
      return;
    }
    const pressed = track.pressed;
    if (pressed === undefined || track.mode !== 'press') return;
    this._setPressed(pressed, false);
    // The row may have been removed, recycled or rebound to another friend while pressed (scrolling by
    // wheel or another finger, a data update): no tap on what the finger did not press.
    if (pressed.stage === undefined || track.caughtMotion || !samePath(track.pressedPath)) return;
    dispatchTap(pressed, p.x, p.y, (err) => this._stage.reportError(err));
  }

  private _cancel(tracks: Map<number, PointerTrack>, id: number, t: number | undefined): void {
    const track = tracks.get(id);
    if (track === undefined) return;
    const time = this._time(track, t);
    tracks.delete(id);
    this._remember(track);
    if (track.pressed !== undefined) this._setPressed(track.pressed, false);
    if (track.mode === 'drag') track.scroller?.scrollDragCancel(time);
  }

  /** Converts a caller time to the stage clock: monotonic within the gesture and never in the future. */
  private _time(track: PointerTrack, t: number | undefined): number {
    const now = this._now();
    const mapped = t === undefined ? now : Math.min(now, t + track.clockOffset);
    const time = Math.max(track.lastT, mapped);
    track.lastT = time;
    return time;
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

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function pathOf(node: Node | undefined): Array<readonly [Node, number]> | undefined {
  if (node === undefined) return undefined;
  const path: Array<readonly [Node, number]> = [];
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) path.push([n, n.interactionEpoch]);
  return path;
}

/** True when every node of the recorded path is still attached under the same parent with the same epoch. */
function samePath(path: ReadonlyArray<readonly [Node, number]> | undefined): boolean {
  if (path === undefined) return true;
  for (let i = 0; i < path.length; i++) {
    const [node, epoch] = path[i]!;
    if (node.interactionEpoch !== epoch) return false;
    const parent = path[i + 1]?.[0];
    if (node.parent !== parent) return false;
  }
  return true;
}
