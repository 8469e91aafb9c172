import type { Node } from '../core/index.js';
import { MAX_RECENT_STREAMS, MIRROR_TOUCH_RADIUS_PX, MIRROR_TOUCH_WINDOW_MS } from './constants.js';
import type { PointerSource, PointerTrack } from './PointerTrack.js';
import type { StagePoint } from './ViewportRect.js';

/** A stream that ended recently, kept to recognise its late copy from the other path. */
interface RecentStream {
  readonly source: PointerSource;
  readonly x: number;
  readonly y: number;
  readonly endedAt: number;
}

/**
 * Tells a finger's copy from a new finger when a game forwards touches the host also delivers natively:
 * a stream starting on one path where the other path has a finger down, or had one up to
 * {@link MIRROR_TOUCH_WINDOW_MS} ago, within {@link MIRROR_TOUCH_RADIUS_PX}, is a copy. Internal to
 * `InputRouter`, which owns the tracks this reads and, when the native copy wins, rewrites.
 */
export class MirrorFilter {
  private readonly _recent: RecentStream[] = [];

  /**
   * Whether a stream starting at `p` on `source` is a copy of a finger the other path reported: one
   * still down there, or one that went up within the window, started at the same point (`mirror`). A
   * forwarded press that has not become a tap or a drag yields to its native copy instead, which then
   * starts as that press did (`caught` when the press stopped moving content); else `new`.
   *
   * @param tracks - the router's tracks by path; a yielding forwarded press is turned into a mirror in place.
   * @param unpress - clears the pressed state of the yielding press's node.
   */
  public copyOf(
    source: PointerSource,
    p: StagePoint,
    now: number,
    tracks: Readonly<Record<PointerSource, Map<number, PointerTrack>>>,
    unpress: (node: Node) => void,
  ): 'mirror' | 'caught' | 'new' {
    const other: PointerSource = source === 'native' ? 'forwarded' : 'native';
    const near = (x: number, y: number): boolean => Math.hypot(x - p.x, y - p.y) <= MIRROR_TOUCH_RADIUS_PX;
    const otherTracks = tracks[other];
    for (const [otherId, track] of otherTracks) {
      if (track.mode === 'mirror' || !near(track.startX, track.startY)) continue;
      if (source === 'native' && track.mode === 'press') {
        if (track.pressed !== undefined) unpress(track.pressed);
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

  /** Remembers a finger that went up at `now`, so its late copy from the other path is recognised. */
  public remember(track: PointerTrack, now: number): void {
    if (track.mode === 'mirror') return;
    this._recent.push({ source: track.source, x: track.startX, y: track.startY, endedAt: now });
    if (this._recent.length > MAX_RECENT_STREAMS) this._recent.shift();
  }
}
