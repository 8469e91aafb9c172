import { MAX_FLING_VELOCITY_PX_PER_MS, MIN_FLING_VELOCITY_PX_PER_MS } from './constants.js';
import { assertFinite, assertNonNegative } from './assertFinite.js';
import { rubberBand, rubberBandInverse } from './rubberBand.js';
import { VelocityTracker } from './VelocityTracker.js';
import {
  nextMotion,
  planEase,
  planFling,
  planSpring,
  sampleMotion,
  type ScrollMotion,
} from './scrollMotion.js';

/** What a scroller is doing: at rest, following a finger, decelerating after release, or springing/easing home. */
export type ScrollerState = 'idle' | 'drag' | 'fling' | 'settle';

/** Sizes a {@link Scroller} scrolls over, in px; the scrollable range is [0, max(0, contentSize - viewportSize)]. */
export interface ScrollerOptions {
  contentSize: number;
  viewportSize: number;
}

/** Result of {@link Scroller.stop}. */
export interface StopResult {
  /** True when the touch caught moving content, so the gesture layer must not treat it as a tap on a row. */
  wasFlinging: boolean;
}

/**
 * One-axis scroll state machine with iOS-like physics, driven entirely by times passed in (ms) and pointer
 * positions (px): 1:1 drag inside the range, rubber band past it, frame-rate independent fling, bounce and spring
 * back. The offset is always finite and within [-viewportSize, maxOffset + viewportSize].
 *
 * @example
 * const s = new Scroller({ contentSize: 5000, viewportSize: 600 });
 * s.beginDrag(0, 300); s.drag(16, 280); s.drag(32, 250); s.endDrag(32);
 * while (s.step(now())) draw(s.offset);
 */
export class Scroller {
  private _contentSize = 0;
  private _viewportSize = 0;
  private _offset = 0;
  private _velocity = 0;
  private _state: ScrollerState = 'idle';
  private _time = 0; // last time any method saw, in ms
  private _motion: ScrollMotion | null = null;
  private readonly _tracker = new VelocityTracker();
  private _dragStartPos = 0;
  private _dragStartRaw = 0; // unbanded offset at drag start
  private _dragRaw = 0; // unbanded offset the finger asks for

  /** Creates an idle scroller at offset 0. */
  public constructor(options: ScrollerOptions) {
    this.setBounds(options.contentSize, options.viewportSize);
  }

  /** Current scroll offset, in px (negative or beyond `maxOffset` while overscrolled). */
  public get offset(): number {
    return this._offset;
  }

  /** Current content velocity, in px/ms (positive when the offset grows). */
  public get velocity(): number {
    return this._velocity;
  }

  /** Current state. */
  public get state(): ScrollerState {
    return this._state;
  }

  /** True while a fling, bounce, spring back or animated scrollTo needs more `step` calls. */
  public get isAnimating(): boolean {
    return this._motion !== null;
  }

  /** Largest in-range offset, in px. */
  public get maxOffset(): number {
    return Math.max(0, this._contentSize - this._viewportSize);
  }

  /** Largest distance the offset may go past either end of the range, in px (the rubber band's asymptote). */
  public get maxOverscroll(): number {
    return this._viewportSize;
  }

  /**
   * Changes the content and viewport sizes, in px, keeping the offset. While dragging the rubber band is
   * recomputed; an animation continues inside the new range (springing back if now beyond it); at rest an
   * out-of-range offset is clamped.
   */
  public setBounds(contentSize: number, viewportSize: number): void {
    assertNonNegative('contentSize', contentSize);
    assertNonNegative('viewportSize', viewportSize);
    this._contentSize = contentSize;
    this._viewportSize = viewportSize;
    const max = this.maxOffset;
    if (this._state === 'drag') {
      this._offset = this._band(this._dragRaw);
      return;
    }
    const over = this._overshoot(this._offset);
    if (this._motion === null) {
      this._offset = this._clamp(this._offset);
      return;
    }
    const t = this._time;
    const motion = this._motion;
    if (over !== 0) {
      if (Math.abs(over) > this.maxOverscroll) this._rest(this._clamp(this._offset));
      else this._start('settle', planSpring(t, this._offset, this._clamp(this._offset), 0));
    } else if (motion.kind === 'fling') {
      this._start('fling', planFling(t, this._offset, this._velocity, 0, max));
    } else if (motion.kind === 'ease' && this._clamp(motion.to) !== motion.to) {
      this._start('settle', planEase(t, this._offset, this._clamp(motion.to)));
    } else if (motion.kind === 'spring' && motion.to !== 0 && motion.to !== max) {
      // A spring home to an edge that is no longer an edge: the content already rests in range.
      this._rest(this._offset);
    }
  }

  /** A finger touches at `pointerPos` px at time `t` ms; a running animation stops where it is and the drag begins. */
  public beginDrag(t: number, pointerPos: number): void {
    assertFinite('t', t);
    assertFinite('pointerPos', pointerPos);
    this._advance(t);
    this._motion = null;
    this._velocity = 0;
    this._state = 'drag';
    const over = this._overshoot(this._offset);
    const bound = this._offset - over;
    // Map a mid-bounce offset back to the finger distance that produces it, so the content does not jump.
    this._dragStartRaw = over === 0 ? this._offset : bound + rubberBandInverse(over, this._viewportSize);
    this._dragRaw = this._dragStartRaw;
    this._dragStartPos = pointerPos;
    this._tracker.reset();
    this._tracker.addSample(t, pointerPos);
  }

  /** The finger moved to `pointerPos` px at time `t` ms; content follows 1:1 in range, rubber-banded past it. */
  public drag(t: number, pointerPos: number): void {
    assertFinite('t', t);
    assertFinite('pointerPos', pointerPos);
    if (this._state !== 'drag') return;
    this._time = Math.max(this._time, t);
    this._tracker.addSample(t, pointerPos);
    this._dragRaw = this._dragStartRaw - (pointerPos - this._dragStartPos);
    this._offset = this._band(this._dragRaw);
    this._velocity = -this._tracker.velocity(this._time);
  }

  /**
   * The finger lifted at time `t` ms: overscrolled content springs back; otherwise a release faster than the
   * minimum fling velocity starts a fling (bouncing at an edge it reaches), else the scroller rests.
   */
  public endDrag(t: number): void {
    assertFinite('t', t);
    if (this._state !== 'drag') return;
    this._time = Math.max(this._time, t);
    const over = this._overshoot(this._offset);
    if (over !== 0) {
      this._start('settle', planSpring(this._time, this._offset, this._offset - over, 0));
      return;
    }
    const raw = -this._tracker.velocity(t);
    const v = Math.max(-MAX_FLING_VELOCITY_PX_PER_MS, Math.min(MAX_FLING_VELOCITY_PX_PER_MS, raw));
    if (Math.abs(v) < MIN_FLING_VELOCITY_PX_PER_MS) {
      this._rest(this._offset);
      return;
    }
    // Released at an edge moving outward, the fling meets the edge at once and bounces (iOS does too).
    this._start('fling', planFling(this._time, this._offset, v, 0, this.maxOffset));
  }

  /** Advances an animation to absolute time `t` ms; returns true while more steps are needed. */
  public step(t: number): boolean {
    assertFinite('t', t);
    this._advance(t);
    return this._motion !== null;
  }

  /**
   * Scrolls to `offset` px (clamped into range) at time `t` ms: instantly, stopping any motion, or with a
   * fixed-duration ease-out when `animated`. Ignored while a finger drags.
   */
  public scrollTo(offset: number, animated: boolean, t: number): void {
    assertFinite('offset', offset);
    assertFinite('t', t);
    if (this._state === 'drag') return;
    this._advance(t);
    const target = this._clamp(offset);
    if (!animated || target === this._offset) this._rest(target);
    else this._start('settle', planEase(this._time, this._offset, target));
  }

  /** Scrolls by a wheel `deltaY` px at time `t` ms, clamped to the range (no rubber band); ignored while dragging. */
  public wheel(deltaY: number, t: number): void {
    assertFinite('deltaY', deltaY);
    assertFinite('t', t);
    if (this._state === 'drag') return;
    this._advance(t);
    this._rest(this._clamp(this._offset + deltaY));
  }

  /**
   * A touch catches the content at time `t` ms: a fling or scrollTo animation stops where it is (an overscrolled
   * one keeps springing home), a drag ends without a fling. Reports whether content was moving.
   */
  public stop(t: number): StopResult {
    assertFinite('t', t);
    this._advance(t);
    const wasFlinging = this._state === 'fling' || this._state === 'settle';
    const over = this._overshoot(this._offset);
    if (over === 0) this._rest(this._offset);
    else if (this._state === 'drag' || this._motion?.kind !== 'spring' || this._motion.to !== this._offset - over) {
      this._start('settle', planSpring(this._time, this._offset, this._offset - over, 0));
    }
    return { wasFlinging };
  }

  private _advance(t: number): void {
    this._time = Math.max(this._time, t);
    let motion = this._motion;
    if (motion === null) return;
    while (motion !== null && this._time >= motion.t0 + motion.duration) {
      const next = nextMotion(motion, this._viewportSize);
      if (next === null) {
        this._rest(this._clamp(sampleMotion(motion, this._time).offset));
        return;
      }
      motion = next;
      this._state = 'settle';
    }
    this._motion = motion;
    if (motion === null) return;
    const sample = sampleMotion(motion, this._time);
    this._offset = this._limit(sample.offset);
    this._velocity = sample.velocity;
  }

  private _start(state: ScrollerState, motion: ScrollMotion): void {
    this._state = state;
    this._motion = motion;
    const sample = sampleMotion(motion, this._time);
    this._offset = this._limit(sample.offset);
    this._velocity = sample.velocity;
    // A plan may already be over at its start time (zero-length spring): settle it now.
    this._advance(this._time);
  }

  private _rest(offset: number): void {
    this._state = 'idle';
    this._motion = null;
    this._offset = offset;
    this._velocity = 0;
  }

  private _clamp(offset: number): number {
    return Math.min(Math.max(offset, 0), this.maxOffset);
  }

  // Defensive: keeps rounding from ever pushing the offset past the overscroll limit.
  private _limit(offset: number): number {
    const limit = this.maxOverscroll;
    return Math.min(Math.max(offset, -limit), this.maxOffset + limit);
  }

  private _overshoot(offset: number): number {
    if (offset < 0) return offset;
    const max = this.maxOffset;
    return offset > max ? offset - max : 0;
  }

  private _band(raw: number): number {
    const over = this._overshoot(raw);
    if (over === 0) return raw;
    return raw - over + rubberBand(over, this._viewportSize);
  }
}
