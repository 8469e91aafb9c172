/** A stage image loader over hand-fired mock images, counting requests and live handles. */
import { vi } from 'vitest';
import type { PlatformImage } from '../../src/host/types.js';
import { createImageLoader } from '../../src/images/index.js';
import type { ImageLoader, ImageLoaderOptions } from '../../src/images/index.js';
import { createMockImage } from '../helpers/mockCanvas.js';

/** Controls of {@link createFakeImages}. */
export interface FakeImages {
  loader: ImageLoader;
  /** `createImage` calls. */
  createImage: ReturnType<typeof vi.fn<() => PlatformImage>>;
  /** Images created so far, in order. */
  images: PlatformImage[];
  /** Handles acquired and not yet released. */
  readonly liveHandles: number;
  /** Fires load on every pending image whose src is `url`. */
  load(url: string, width?: number, height?: number): void;
  /** Fires error on every pending image whose src is `url`. */
  fail(url: string): void;
}

/** Creates a loader whose images load or fail only when the test says so (no timers fire). */
export function createFakeImages(options: ImageLoaderOptions = { retries: 0 }): FakeImages {
  const images: PlatformImage[] = [];
  const createImage = vi.fn((): PlatformImage => {
    const img = createMockImage(0, 0);
    images.push(img);
    return img;
  });
  let nextTimer = 1;
  const real = createImageLoader(
    { createImage, setTimeout: () => nextTimer++, clearTimeout: () => undefined, now: () => 0 },
    options,
  );
  let live = 0;
  const loader: ImageLoader = {
    acquire(url, listener) {
      const handle = real.acquire(url, listener);
      live++;
      let released = false;
      return {
        entry: handle.entry,
        release() {
          if (!released) live--;
          released = true;
          handle.release();
        },
      };
    },
    retryFailed: () => real.retryFailed(),
    stats: () => real.stats(),
    dispose: () => real.dispose(),
  };
  const fire = (url: string, ok: boolean, width = 64, height = 64): void => {
    for (const img of images) {
      if (img.src !== url) continue;
      const m = img as PlatformImage & { naturalWidth: number; naturalHeight: number };
      m.naturalWidth = width;
      m.naturalHeight = height;
      const handler = ok ? img.onload : img.onerror;
      handler?.({ type: ok ? 'load' : 'error' });
    }
  };
  return {
    loader,
    createImage,
    images,
    get liveHandles() {
      return live;
    },
    load: (url, width, height) => fire(url, true, width, height),
    fail: (url) => fire(url, false),
  };
}
