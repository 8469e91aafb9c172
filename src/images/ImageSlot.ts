import type { PlatformImage } from '../host/index.js';
import { Entry } from './ImageEntry.js';
import type { Handle } from './ImageEntry.js';

/** One URL in the loader's cache: its shared entry, who holds it, and the attempt in progress. */
export interface Slot {
  entry: Entry;
  handles: Set<Handle>;
  tries: number;
  /** Bumped per attempt so events from an abandoned image are ignored. */
  token: number;
  timer: number | undefined;
  retryTimer: number | undefined;
  /** A pending abort of a load nobody holds (deferred one tick, see `_release`). */
  abortTimer: number | undefined;
  image: PlatformImage | undefined;
  failedAt: number;
}

/** The first finite size > 0 among `values`, else 0 (hosts report natural or element sizes). */
export function positiveSize(...values: Array<number | undefined>): number {
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  return 0;
}

/** Unhooks an abandoned image's handlers, so its late events reach nobody. */
export function detach(image: PlatformImage | undefined): void {
  if (image === undefined) return;
  image.onload = null;
  image.onerror = null;
}

/** A fresh slot for `url`, not loading yet. */
export function createSlot(url: string): Slot {
  return { entry: new Entry(url), handles: new Set(), tries: 0, token: 0, timer: undefined,
    retryTimer: undefined, abortTimer: undefined, image: undefined, failedAt: 0 };
}
