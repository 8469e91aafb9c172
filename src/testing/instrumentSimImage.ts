import type { PlatformImage } from '../host/index.js';
import { SIM_DEFAULT_IMAGE_SIZE_PX } from './constants.js';
import { SimImageListeners } from './SimImageListeners.js';

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
 * Takes over the `src` and load events of an image that is not a real image (a plain object, a
 * canvas, a mock) so the sim decides when (and whether) it loads: `src` and `addEventListener` are
 * redefined on the instance and nothing is decoded. Callers wanting pixels on such a stand-in draw
 * them into it themselves; real images go through `instrumentRealImage` instead.
 *
 * @param sizeOnLoad - Whether to give the image the default size on load (the sim's own images).
 * @throws TypeError when the image's `src` cannot be redefined (a frozen object).
 */
export function instrumentSimImage(image: PlatformImage, hooks: SimImageHooks, sizeOnLoad: boolean): PlatformImage {
  let src: string | ArrayBuffer = '';
  let generation = 0;
  const listeners = new SimImageListeners();

  const fire = (type: 'load' | 'error', forGeneration: number): void => {
    // A newer src replaces the pending load, as in browsers.
    if (forGeneration !== generation) return;
    if (type === 'load' && sizeOnLoad) {
      image.width = image.naturalWidth = SIM_DEFAULT_IMAGE_SIZE_PX;
      image.height = image.naturalHeight = SIM_DEFAULT_IMAGE_SIZE_PX;
    }
    listeners.dispatch(type, type === 'load' ? image.onload : image.onerror, image);
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
    listeners.install(image);
  } catch {
    throw new TypeError('createSimulatedHost: the image from options.createImage must allow redefining src');
  }
  return image;
}
