import type { PlatformImage } from '../host/index.js';
import type { ImageHandle, ImageListener } from './ImageEntry.js';

/** What the loader needs from the platform (an `OpenDataHost` satisfies it). */
export interface ImageLoaderDeps {
  createImage(): PlatformImage;
  /**
   * May throw (a host without timers): attempts then cannot time out, retries are skipped and a
   * released load is aborted at once; nothing throws out of the loader.
   */
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Monotonic ms. */
  now(): number;
  /** Sink for contained errors; messages never contain URLs (they identify friends). */
  warn?(message: string): void;
}

/** Options of {@link createImageLoader}. */
export interface ImageLoaderOptions {
  /** Cached entries kept (count), default 100. */
  maxEntries?: number;
  /** Time for one attempt in ms, default 8000. */
  timeoutMs?: number;
  /** Retries after the first failed attempt, default 2. */
  retries?: number;
  /** Delay before the first retry in ms, doubling each retry; default 500. */
  retryBackoffMs?: number;
}

/** Counters for tests and benchmarks. */
export interface ImageLoaderStats {
  /** `createImage` calls so far. */
  requests: number;
  /** Entries currently loaded and cached. */
  cached: number;
  /** Entries currently loading (including those waiting to retry). */
  inFlight: number;
}

/** Loads host images once per URL, caches them and shares them between widgets. */
export interface ImageLoader {
  /**
   * Claims the image at `url`, starting a load if needed. `listener` runs when the entry settles
   * later; an entry that is already settled is not reported again, so check `handle.entry.state`.
   */
  acquire(url: string, listener?: ImageListener): ImageHandle;
  /** Forgets every failure: failed URLs with live handles load again now, the others on next acquire. */
  retryFailed(): void;
  stats(): ImageLoaderStats;
  /** Cancels every timer and drops every listener; later acquires return failed entries. */
  dispose(): void;
}
