import type { PlatformImage } from '../host/index.js';
import { Entry, Handle } from './ImageEntry.js';
import type { ImageHandle, ImageListener } from './ImageEntry.js';
import type { ImageLoader, ImageLoaderDeps, ImageLoaderStats } from './ImageLoader.js';
import { createSlot, detach, positiveSize } from './ImageSlot.js';
import type { Slot } from './ImageSlot.js';
import { FAILED_IMAGE_COOLDOWN_MS } from './constants.js';

/**
 * The loader behind {@link createImageLoader}: a recency-ordered map of slots (one per URL), each with
 * its handles and at most one attempt in flight (timeout, retries with doubling backoff).
 */
export class CachingImageLoader implements ImageLoader {
  // Map order is recency: acquire re-inserts, eviction walks from the oldest.
  private readonly _slots = new Map<string, Slot>();
  private _requests = 0;
  private _disposed = false;

  public constructor(
    private readonly _deps: ImageLoaderDeps,
    private readonly _maxEntries: number,
    private readonly _timeoutMs: number,
    private readonly _retries: number,
    private readonly _backoffMs: number,
  ) {}

  public acquire(url: string, listener?: ImageListener): ImageHandle {
    if (this._disposed || typeof url !== 'string' || url.trim() === '') {
      const entry = new Entry(typeof url === 'string' ? url : '');
      entry.state = 'failed';
      return new Handle(entry, undefined, () => undefined);
    }
    let slot = this._slots.get(url);
    if (slot === undefined) {
      slot = createSlot(url);
      this._slots.set(url, slot);
      this._start(slot);
    } else {
      // Re-acquired before a deferred abort ran (a recycled row now shows this URL): keep the live load.
      this._cancelAbort(slot);
      this._slots.delete(url);
      this._slots.set(url, slot);
      if (slot.entry.state === 'failed' && this._deps.now() - slot.failedAt >= FAILED_IMAGE_COOLDOWN_MS) {
        this._start(slot);
      }
    }
    const owner = slot;
    const handle = new Handle(slot.entry, listener, (h) => this._release(url, owner, h));
    slot.handles.add(handle);
    this._evict();
    return handle;
  }

  public retryFailed(): void {
    for (const [url, slot] of [...this._slots]) {
      if (slot.entry.state !== 'failed') continue;
      if (slot.handles.size > 0) this._start(slot);
      else this._slots.delete(url);
    }
  }

  public stats(): ImageLoaderStats {
    let cached = 0;
    let inFlight = 0;
    for (const slot of this._slots.values()) {
      if (slot.entry.state === 'loaded') cached++;
      else if (slot.entry.state === 'loading') inFlight++;
    }
    return { requests: this._requests, cached, inFlight };
  }

  public dispose(): void {
    this._disposed = true;
    for (const slot of this._slots.values()) {
      this._clearTimers(slot);
      slot.token++;
      detach(slot.image);
      slot.image = undefined;
      for (const h of slot.handles) h.listener = undefined;
    }
    this._slots.clear();
  }

  private _release(url: string, slot: Slot, handle: Handle): void {
    if (!slot.handles.delete(handle)) return;
    // Nobody wants a row that scrolled past: abort its load instead of letting it run its
    // timeout and retries, so in-flight requests stay bounded by the rows on screen. Deferred one
    // tick: rows rebinding in place release a URL and re-acquire it in the same tick, and must keep
    // the load already running instead of restarting it.
    if (slot.handles.size === 0 && slot.entry.state === 'loading') {
      if (slot.abortTimer === undefined) {
        slot.abortTimer = this._later(() => {
          slot.abortTimer = undefined;
          if (!this._disposed && slot.handles.size === 0 && slot.entry.state === 'loading') this._abort(url, slot);
        }, 0);
        // No timers on this host: abort now (a row rebinding in place simply requests the URL again).
        if (slot.abortTimer === undefined) this._abort(url, slot);
      }
    } else {
      this._evict();
    }
  }

  private _cancelAbort(slot: Slot): void {
    if (slot.abortTimer !== undefined) this._deps.clearTimeout(slot.abortTimer);
    slot.abortTimer = undefined;
  }

  /** Stops a load nobody holds: late events are ignored and the next acquire starts afresh. */
  private _abort(url: string, slot: Slot): void {
    this._clearTimers(slot);
    slot.token++;
    detach(slot.image);
    slot.image = undefined;
    // After dispose, or once a newer slot took the URL, the map no longer points here.
    if (this._slots.get(url) === slot) this._slots.delete(url);
  }

  private _start(slot: Slot): void {
    slot.entry.state = 'loading';
    slot.tries = 0;
    this._attempt(slot);
  }

  private _attempt(slot: Slot): void {
    const token = ++slot.token;
    slot.tries++;
    this._requests++;
    let image: PlatformImage;
    try {
      image = this._deps.createImage();
    } catch {
      this._fail(slot);
      return;
    }
    slot.image = image;
    let settled = false;
    // Hosts may fire both the property handler and the event listener, or neither: settle once.
    const settle = (ok: boolean): void => {
      if (settled || slot.token !== token) return;
      settled = true;
      try {
        if (ok) this._succeed(slot, image);
        else this._fail(slot);
      } catch {
        this._warn('friendcanvas/images: settling an image failed; ignored');
      }
    };
    const onLoad = (): void => settle(true);
    const onError = (): void => settle(false);
    image.onload = onLoad;
    image.onerror = onError;
    if (typeof image.addEventListener === 'function') {
      try {
        image.addEventListener('load', onLoad);
        image.addEventListener('error', onError);
      } catch {
        // The property handlers above still work.
      }
    }
    // The timer is armed before src is set: a cached image may fire load synchronously. Without
    // timers the attempt cannot time out: an image the host never answers keeps its placeholder.
    slot.timer = this._later(() => {
      slot.timer = undefined;
      settle(false);
    }, this._timeoutMs);
    try {
      image.src = slot.entry.url;
    } catch {
      settle(false);
    }
  }

  private _succeed(slot: Slot, image: PlatformImage): void {
    this._clearTimers(slot);
    detach(image);
    slot.image = undefined;
    const entry = slot.entry;
    entry.image = image;
    entry.width = positiveSize(image.naturalWidth, image.width);
    entry.height = positiveSize(image.naturalHeight, image.height);
    entry.state = 'loaded';
    this._notify(slot);
    this._evict();
  }

  private _fail(slot: Slot): void {
    this._clearTimers(slot);
    detach(slot.image);
    slot.image = undefined;
    if (slot.tries <= this._retries) {
      const delay = this._backoffMs * 2 ** (slot.tries - 1);
      const token = slot.token;
      slot.retryTimer = this._later(() => {
        slot.retryTimer = undefined;
        // A host without clearTimeout still runs cancelled timers: only the current attempt retries.
        if (this._disposed || slot.token !== token) return;
        try {
          this._attempt(slot);
        } catch {
          this._warn('friendcanvas/images: retrying an image failed; ignored');
        }
      }, delay);
      // Without timers there is no backoff: the retries are skipped and the entry fails now.
      if (slot.retryTimer !== undefined) return;
    }
    slot.entry.state = 'failed';
    slot.failedAt = this._deps.now();
    this._notify(slot);
    this._evict();
  }

  private _notify(slot: Slot): void {
    for (const handle of [...slot.handles]) {
      const listener = handle.listener;
      if (handle.released || listener === undefined) continue;
      try {
        listener(slot.entry);
      } catch {
        // A widget's bug must not escape into the host's load callback or stop other listeners.
        this._warn('friendcanvas/images: an image listener threw; ignored');
      }
    }
  }

  private _evict(): void {
    if (this._slots.size <= this._maxEntries) return;
    // Iterating the live map is safe: deleting the visited key does not disturb a Map iterator,
    // and nothing here calls out to code that could insert keys.
    for (const [url, slot] of this._slots) {
      if (this._slots.size <= this._maxEntries) return;
      if (slot.handles.size > 0 || slot.entry.state === 'loading') continue;
      this._slots.delete(url);
      slot.entry.image = undefined;
    }
  }

  private _clearTimers(slot: Slot): void {
    this._cancelAbort(slot);
    if (slot.timer !== undefined) this._deps.clearTimeout(slot.timer);
    if (slot.retryTimer !== undefined) this._deps.clearTimeout(slot.retryTimer);
    slot.timer = undefined;
    slot.retryTimer = undefined;
  }

  /** Schedules `cb` on the host's timer; `undefined` when the host has no working `setTimeout`. */
  private _later(cb: () => void, ms: number): number | undefined {
    try {
      return this._deps.setTimeout(cb, ms);
    } catch {
      return undefined;
    }
  }

  private _warn(message: string): void {
    try {
      this._deps.warn?.(message);
    } catch {
      // A failing sink must not turn a contained error into an escaping one.
    }
  }
}
