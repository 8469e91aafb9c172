import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { createImageLoader, FAILED_IMAGE_COOLDOWN_MS } from '../../src/images/index.js';
import type { ImageEntry } from '../../src/images/index.js';
import { createFakeImageHost } from './fakeImageHost.js';

const A = 'https://cdn.example/a.png';
const B = 'https://cdn.example/b.png';
const C = 'https://cdn.example/c.png';

describe('createImageLoader', () => {
  it('IMG1 a URL is requested once while in flight and every listener hears the settle once', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    const heard: string[] = [];
    const h1 = loader.acquire(A, (e) => heard.push(`1:${e.state}`));
    const h2 = loader.acquire(A, (e) => heard.push(`2:${e.state}`));
    loader.acquire(A);
    expect(host.deps.createImage).toHaveBeenCalledTimes(1);
    expect(loader.stats()).toEqual({ requests: 1, cached: 0, inFlight: 1 });
    expect(h1.entry).toBe(h2.entry);
    expect(h1.entry.state).toBe('loading');
    host.last().fireLoad(40, 30); // fires both onload and the event listener
    expect(heard).toEqual(['1:loaded', '2:loaded']);
    expect(h1.entry.width).toBe(40);
    expect(h1.entry.height).toBe(30);
    expect(h1.entry.image).toBe(host.last());
    expect(loader.stats()).toEqual({ requests: 1, cached: 1, inFlight: 0 });
    const h3 = loader.acquire(A, () => heard.push('3'));
    expect(h3.entry.state).toBe('loaded');
    expect(heard.length).toBe(2);
    expect(host.deps.createImage).toHaveBeenCalledTimes(1);
  });

  it('IMG2 the cache is an LRU bounded by count; entries with live handles are kept', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { maxEntries: 2 });
    const held = loader.acquire(A);
    host.last().fireLoad();
    for (const url of [B, C]) {
      const h = loader.acquire(url);
      host.last().fireLoad();
      h.release();
    }
    // A is held; B is the oldest unheld entry and is evicted with its image reference.
    expect(loader.stats().cached).toBe(2);
    expect(held.entry.image).toBeDefined();
    loader.acquire(C).release();
    expect(loader.stats().requests).toBe(3);
    const again = loader.acquire(B);
    expect(again.entry.state).toBe('loading');
    expect(loader.stats().requests).toBe(4);
  });

  it('IMG2 eviction drops the image reference', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { maxEntries: 1 });
    const a = loader.acquire(A);
    host.last().fireLoad();
    const entry: ImageEntry = a.entry;
    a.release();
    loader.acquire(B);
    host.last().fireLoad();
    expect(entry.image).toBeUndefined();
    expect(loader.stats().cached).toBe(1);
  });

  it('IMG3 a host that fires neither load nor error times out as an error', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { retries: 0, timeoutMs: 1000 });
    const listener = vi.fn();
    const h = loader.acquire(A, listener);
    host.advance(999);
    expect(h.entry.state).toBe('loading');
    host.advance(1);
    expect(h.entry.state).toBe('failed');
    expect(listener).toHaveBeenCalledTimes(1);
    // A late load from the abandoned image changes nothing.
    host.images[0]?.fireLoad();
    expect(h.entry.state).toBe('failed');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(host.timers.size).toBe(0);
  });

  it('IMG4 errors retry with doubling backoff, then fail', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { retries: 2, retryBackoffMs: 500 });
    const listener = vi.fn();
    const h = loader.acquire(A, listener);
    host.last().fireError();
    host.advance(499);
    expect(loader.stats().requests).toBe(1);
    host.advance(1);
    expect(loader.stats().requests).toBe(2);
    host.last().fireError();
    host.advance(999);
    expect(loader.stats().requests).toBe(2);
    host.advance(1);
    expect(loader.stats().requests).toBe(3);
    expect(listener).not.toHaveBeenCalled();
    host.last().fireError();
    expect(h.entry.state).toBe('failed');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(loader.stats()).toEqual({ requests: 3, cached: 0, inFlight: 0 });
  });

  it('IMG4 a retry that succeeds loads the entry', () => {
    const host = createFakeImageHost('property');
    const loader = createImageLoader(host.deps);
    const h = loader.acquire(A);
    host.last().fireError();
    host.advance(500);
    host.last().fireLoad(10, 20);
    expect(h.entry.state).toBe('loaded');
    expect(h.entry.width).toBe(10);
  });

  it('IMG5 a failed URL is not requested again until the cooldown or retryFailed', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { retries: 1, timeoutMs: 100, retryBackoffMs: 10 });
    const h = loader.acquire(A);
    host.advance(1000);
    expect(h.entry.state).toBe('failed');
    expect(loader.stats().requests).toBe(2);
    loader.acquire(A).release();
    expect(loader.stats().requests).toBe(2);
    host.advance(10 * 60_000); // ten minutes later: nothing retried on its own
    expect(loader.stats().requests).toBe(2);
    loader.acquire(A);
    expect(loader.stats().requests).toBe(3);
    expect(h.entry.state).toBe('loading');
    host.advance(1000);
    expect(h.entry.state).toBe('failed');
    loader.retryFailed();
    expect(loader.stats().requests).toBe(5);
    host.last().fireLoad();
    expect(h.entry.state).toBe('loaded');
  });

  it('IMG5 requests stay bounded whatever the sequence of acquires and time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('acquire' as const), fc.integer({ min: 1, max: 30_000 })), { maxLength: 40 }),
        (steps) => {
          const host = createFakeImageHost();
          const loader = createImageLoader(host.deps, { retries: 2 });
          for (const step of steps) {
            if (step === 'acquire') loader.acquire(A);
            else host.advance(step);
          }
          // Every round is at most 3 attempts and rounds start at most once per cooldown.
          const rounds = 1 + Math.floor(steps.reduce<number>((t, s) => t + (s === 'acquire' ? 0 : s), 0) / FAILED_IMAGE_COOLDOWN_MS);
          expect(loader.stats().requests).toBeLessThanOrEqual(3 * rounds);
        },
      ),
    );
  });

  it('IMG6 a released handle is not notified; release is idempotent', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    const gone = vi.fn();
    const kept = vi.fn();
    const h1 = loader.acquire(A, gone);
    loader.acquire(A, kept);
    h1.release();
    h1.release();
    host.last().fireLoad();
    expect(gone).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('IMG7 a throwing listener is contained and does not stop the others', () => {
    const host = createFakeImageHost('property');
    const loader = createImageLoader(host.deps);
    const after = vi.fn();
    loader.acquire(A, () => {
      throw new Error('widget bug');
    });
    loader.acquire(A, after);
    expect(() => host.last().fireLoad()).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
    expect(host.deps.warn).toHaveBeenCalledTimes(1);
    expect(String(host.deps.warn.mock.calls[0]?.[0])).not.toContain('example');
  });

  it('IMG8 an image firing both handlers, or error after load, settles once', () => {
    const host = createFakeImageHost('both');
    const loader = createImageLoader(host.deps);
    const listener = vi.fn();
    const h = loader.acquire(A, listener);
    const img = host.last();
    img.fireLoad();
    img.fireError();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(h.entry.state).toBe('loaded');
    expect(host.timers.size).toBe(0);
  });

  it('IMG8 listener-only hosts work too', () => {
    const host = createFakeImageHost('listener');
    const loader = createImageLoader(host.deps);
    const h = loader.acquire(A);
    host.last().fireLoad(5, 6);
    expect(h.entry.state).toBe('loaded');
  });

  it('IMG9 an empty or non-string URL fails at once without a request', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    for (const url of ['', '   ', undefined, 42]) {
      const h = loader.acquire(url as string);
      expect(h.entry.state).toBe('failed');
      h.release();
    }
    expect(host.deps.createImage).not.toHaveBeenCalled();
  });

  it('IMG10 the size comes from naturalWidth, else width', () => {
    const host = createFakeImageHost('property');
    const loader = createImageLoader(host.deps);
    const h = loader.acquire(A);
    const img = host.last();
    img.width = 33;
    img.height = 44;
    img.onload?.();
    expect([h.entry.width, h.entry.height]).toEqual([33, 44]);
  });

  it('IMG11 dispose cancels timers and drops listeners', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    const listener = vi.fn();
    loader.acquire(A, listener);
    const img = host.last();
    loader.acquire(B);
    expect(host.timers.size).toBe(2);
    loader.dispose();
    expect(host.timers.size).toBe(0);
    img.fireLoad();
    expect(listener).not.toHaveBeenCalled();
    expect(loader.acquire(C).entry.state).toBe('failed');
    expect(host.deps.createImage).toHaveBeenCalledTimes(2);
  });

  it('IMG12 invalid options are rejected with a clear error', () => {
    const host = createFakeImageHost();
    expect(() => createImageLoader(host.deps, { maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => createImageLoader(host.deps, { retries: -1 })).toThrow(/retries/);
    expect(() => createImageLoader(host.deps, { timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
  });

  it('IMG17 releasing the last handle of a loading URL aborts it: no request or timer left behind', () => {
    for (const mode of ['both', 'property', 'listener'] as const) {
      const host = createFakeImageHost(mode);
      const loader = createImageLoader(host.deps, { maxEntries: 100 });
      const listener = vi.fn();
      const entries: ImageEntry[] = [];
      for (let i = 0; i < 1000; i++) {
        const h = loader.acquire(`https://cdn.example/row${i}.png`, listener);
        entries.push(h.entry);
        h.release();
      }
      host.advance(0); // the abort runs one tick after the last release
      expect(loader.stats()).toEqual({ requests: 1000, cached: 0, inFlight: 0 });
      expect(host.timers.size).toBe(0);
      // Late events from the aborted images change nothing and start nothing.
      for (const img of host.images) img.fireLoad();
      for (const img of host.images) img.fireError();
      host.advance(60_000);
      expect(listener).not.toHaveBeenCalled();
      expect(entries.every((e) => e.image === undefined)).toBe(true);
      expect(loader.stats()).toEqual({ requests: 1000, cached: 0, inFlight: 0 });
      expect(host.timers.size).toBe(0);
      expect(host.deps.warn).not.toHaveBeenCalled();
    }
  });

  it('IMG17 an aborted URL acquired again is requested afresh and loads', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    loader.acquire(A).release();
    host.advance(0);
    const stale = host.last();
    const heard = vi.fn();
    const h = loader.acquire(A, heard);
    expect(loader.stats()).toEqual({ requests: 2, cached: 0, inFlight: 1 });
    expect(h.entry.state).toBe('loading');
    stale.fireLoad();
    expect(h.entry.state).toBe('loading');
    host.last().fireLoad(12, 12);
    expect(h.entry.state).toBe('loaded');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(loader.stats()).toEqual({ requests: 2, cached: 1, inFlight: 0 });
  });

  it('IMG17 a URL released while waiting to retry cancels the retry', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { retries: 2, retryBackoffMs: 500 });
    const h = loader.acquire(A);
    host.last().fireError();
    expect(host.timers.size).toBe(1); // the retry backoff
    h.release();
    host.advance(0);
    expect(host.timers.size).toBe(0);
    host.advance(10_000);
    expect(loader.stats()).toEqual({ requests: 1, cached: 0, inFlight: 0 });
  });

  it('IMG17 only the last handle aborts; loaded and failed entries stay cached after release', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps, { retries: 0 });
    const listener = vi.fn();
    const first = loader.acquire(A);
    loader.acquire(A, listener);
    first.release();
    expect(loader.stats().inFlight).toBe(1);
    host.last().fireLoad();
    expect(listener).toHaveBeenCalledTimes(1);
    const b = loader.acquire(B);
    host.last().fireError();
    b.release();
    expect(loader.stats()).toEqual({ requests: 2, cached: 1, inFlight: 0 });
    expect(loader.acquire(B).entry.state).toBe('failed'); // still in cooldown, not re-requested
    expect(loader.stats().requests).toBe(2);
  });

  it('IMG19 a URL released and acquired again in the same tick (a row rebinding in place) keeps its running load', () => {
    const host = createFakeImageHost();
    const loader = createImageLoader(host.deps);
    const heard = vi.fn();
    loader.acquire(A).release();
    const h = loader.acquire(A, heard);
    host.advance(0);
    expect(loader.stats()).toEqual({ requests: 1, cached: 0, inFlight: 1 });
    host.last().fireLoad(8, 8);
    expect(h.entry.state).toBe('loaded');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('IMG20 without a working setTimeout nothing throws: loads still settle, retries are skipped, a released load aborts at once', () => {
    const host = createFakeImageHost();
    const deps = { ...host.deps, setTimeout: (): number => { throw new Error('setTimeout is not available on this host'); } };
    const loader = createImageLoader(deps, { retries: 2 });
    const heard = vi.fn();
    const a = loader.acquire(A, heard);
    host.last().fireLoad(8, 8);
    expect(a.entry.state).toBe('loaded');
    const b = loader.acquire(B, heard);
    host.last().fireError();
    // No backoff timer: the entry fails now instead of retrying.
    expect(b.entry.state).toBe('failed');
    expect(loader.stats().requests).toBe(2);
    expect(heard).toHaveBeenCalledTimes(2);
    // A load nobody holds is aborted at once; a later acquire requests it afresh.
    loader.acquire(C).release();
    expect(loader.stats().inFlight).toBe(0);
    const c = loader.acquire(C, heard);
    expect(loader.stats().requests).toBe(4);
    host.last().fireLoad();
    expect(c.entry.state).toBe('loaded');
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it('IMG20 without clearTimeout, cancelled timers that still fire change nothing (no retry after dispose or abort)', () => {
    const host = createFakeImageHost();
    const deps = { ...host.deps, clearTimeout: (): void => undefined };
    const loader = createImageLoader(deps, { retries: 2, retryBackoffMs: 100 });
    loader.acquire(A);
    host.last().fireError(); // a retry waits 100 ms
    loader.dispose();
    host.advance(60_000);
    expect(loader.stats().requests).toBe(1);

    const other = createImageLoader(deps, { retries: 2, retryBackoffMs: 100 });
    other.acquire(B).release(); // aborted on the next tick
    host.advance(0);
    host.advance(60_000); // its timeout timer still fires
    expect(other.stats()).toEqual({ requests: 1, cached: 0, inFlight: 0 });
  });
});
