/** A deterministic fake of the loader's platform deps: manual clock, timers and controllable images. */
import { vi } from 'vitest';
import type { PlatformImage } from '../../src/host/index.js';

/** How a fake image reports its outcome. */
export type EventMode = 'property' | 'listener' | 'both';

/** A host image whose load/error the test fires by hand. */
export interface FakeImage extends PlatformImage {
  fireLoad(width?: number, height?: number): void;
  fireError(): void;
}

function createFakeImage(mode: EventMode): FakeImage {
  const listeners: Record<string, Array<(ev?: unknown) => void>> = { load: [], error: [] };
  const fire = (type: 'load' | 'error'): void => {
    if (mode !== 'listener') (type === 'load' ? img.onload : img.onerror)?.({ type });
    if (mode !== 'property') for (const l of listeners[type] ?? []) l({ type });
  };
  const img: FakeImage = {
    src: '',
    width: 0,
    height: 0,
    onload: null,
    onerror: null,
    addEventListener(type, listener) {
      listeners[type]?.push(listener);
    },
    fireLoad(width = 64, height = 64) {
      img.naturalWidth = width;
      img.naturalHeight = height;
      fire('load');
    },
    fireError() {
      fire('error');
    },
  };
  return img;
}

/** Creates the deps plus controls: `advance(ms)` runs due timers in order. */
export function createFakeImageHost(mode: EventMode = 'both') {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; cb: () => void }>();
  const images: FakeImage[] = [];
  const deps = {
    createImage: vi.fn((): PlatformImage => {
      const img = createFakeImage(mode);
      images.push(img);
      return img;
    }),
    setTimeout: (cb: () => void, ms: number): number => {
      const id = nextId++;
      timers.set(id, { at: now + ms, cb });
      return id;
    },
    clearTimeout: (id: number): void => {
      timers.delete(id);
    },
    now: (): number => now,
    warn: vi.fn((_message: string): void => undefined),
  };
  const advance = (ms: number): void => {
    const end = now + ms;
    for (;;) {
      let next: [number, { at: number; cb: () => void }] | undefined;
      for (const t of timers) if (t[1].at <= end && (next === undefined || t[1].at < next[1].at)) next = t;
      if (next === undefined) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].cb();
    }
    now = end;
  };
  const last = (): FakeImage => {
    const img = images[images.length - 1];
    if (img === undefined) throw new Error('no image created');
    return img;
  };
  return { deps, images, timers, advance, last };
}
