import type { PlatformImage } from '../host/index.js';
import { SIM_DEFAULT_IMAGE_SIZE_PX } from './constants.js';

/** What an instrumented image asks of the simulated host. */
export interface SimImageHooks {
  /** Called when `src` is set; `fire` settles the load later (or never). */
  onSource(url: string, fire: (outcome: 'load' | 'error') => void): void;
}

/** A stand-in image for callers that supply no `createImage`: plain object, sized on load. */
export function createDefaultSimImage(): PlatformImage {
  return { src: '', width: 0, height: 0, naturalWidth: 0, naturalHeight: 0, onload: null, onerror: null };
}

/**
 * Takes over an image's `src` and load events so the sim decides when (and whether) it loads,
 * without the backend fetching anything: `src` and `addEventListener` are redefined on the instance,
 * which shadows a prototype accessor (browser `HTMLImageElement`, @napi-rs/canvas `Image`).
 * Callers wanting real pixels decode them into the image before handing it over.
 *
 * @param sizeOnLoad - Whether to give the image the default size on load (the sim's own images).
 * @throws TypeError when the image's `src` cannot be redefined (a frozen object).
 */
export function instrumentSimImage(image: PlatformImage, hooks: SimImageHooks, sizeOnLoad: boolean): PlatformImage {
  let src: string | ArrayBuffer = '';
  let generation = 0;
  const listeners: Record<'load' | 'error', Array<(ev?: unknown) => void>> = { load: [], error: [] };

  const fire = (type: 'load' | 'error', forGeneration: number): void => {
    // A newer src replaces the pending load, as in browsers.
    if (forGeneration !== generation) return;
    if (type === 'load' && sizeOnLoad) {
      image.width = image.naturalWidth = SIM_DEFAULT_IMAGE_SIZE_PX;
      image.height = image.naturalHeight = SIM_DEFAULT_IMAGE_SIZE_PX;
    }
    const ev = { type, target: image };
    const errors: unknown[] = [];
    const handler = type === 'load' ? image.onload : image.onerror;
    for (const cb of [handler, ...listeners[type]]) {
      if (typeof cb !== 'function') continue;
      try {
        cb(ev);
      } catch (err) {
        errors.push(err);
      }
    }
    if (errors.length > 0) throw errors[0];
  };

  try {
    Object.defineProperty(image, 'src', {
      configurable: true,
      enumerable: true,
      get: () => src,
      set: (value: string | ArrayBuffer) => {
        src = value;
        const mine = ++generation;
        hooks.onSource(typeof value === 'string' ? value : '[binary]', (outcome) => fire(outcome, mine));
      },
    });
    Object.defineProperty(image, 'addEventListener', {
      configurable: true,
      writable: true,
      value: (type: string, cb: (ev?: unknown) => void) => {
        if ((type === 'load' || type === 'error') && typeof cb === 'function') listeners[type].push(cb);
      },
    });
    Object.defineProperty(image, 'removeEventListener', {
      configurable: true,
      writable: true,
      value: (type: string, cb: (ev?: unknown) => void) => {
        if (type !== 'load' && type !== 'error') return;
        const i = listeners[type].indexOf(cb);
        if (i >= 0) listeners[type].splice(i, 1);
      },
    });
  } catch {
    throw new TypeError('createSimulatedHost: the image from options.createImage must allow redefining src');
  }
  return image;
}
