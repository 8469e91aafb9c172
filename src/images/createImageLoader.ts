import { CachingImageLoader } from './CachingImageLoader.js';
import type { ImageLoader, ImageLoaderDeps, ImageLoaderOptions } from './ImageLoader.js';
import {
  DEFAULT_IMAGE_CACHE_ENTRIES,
  DEFAULT_IMAGE_RETRIES,
  DEFAULT_IMAGE_RETRY_BACKOFF_MS,
  DEFAULT_IMAGE_TIMEOUT_MS,
} from './constants.js';

/** Returns `value` when it is a finite number ≥ `min` (an integer when asked), else throws a RangeError. */
function check(name: string, value: number, min: number, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new RangeError(`createImageLoader: ${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${String(value)}`);
  }
  return value;
}

/**
 * Creates an {@link ImageLoader}: one request per URL in flight, an LRU cache bounded by count,
 * a timeout per attempt, retries with doubling backoff, and a cooldown before a failed URL is
 * requested again. Releasing the last handle of a URL still loading aborts that load (a row
 * scrolled past costs no timeout or retries); the next acquire requests it afresh. Throws a
 * `RangeError` for invalid options.
 *
 * @example
 * const loader = createImageLoader(host);
 * const handle = loader.acquire('https://example.com/avatar.png', () => node.markPaintDirty());
 */
export function createImageLoader(deps: ImageLoaderDeps, options: ImageLoaderOptions = {}): ImageLoader {
  if (deps === null || typeof deps !== 'object' || typeof deps.createImage !== 'function') {
    throw new TypeError('createImageLoader: deps must provide createImage, setTimeout, clearTimeout and now');
  }
  return new CachingImageLoader(
    deps,
    check('maxEntries', options.maxEntries ?? DEFAULT_IMAGE_CACHE_ENTRIES, 1, true),
    check('timeoutMs', options.timeoutMs ?? DEFAULT_IMAGE_TIMEOUT_MS, 1, false),
    check('retries', options.retries ?? DEFAULT_IMAGE_RETRIES, 0, true),
    check('retryBackoffMs', options.retryBackoffMs ?? DEFAULT_IMAGE_RETRY_BACKOFF_MS, 0, false),
  );
}
