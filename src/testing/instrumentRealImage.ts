import type { PlatformImage } from '../host/index.js';
import type { RealSrcSetter } from './findSrcSetter.js';
import type { SimImageHooks } from './instrumentSimImage.js';
import { SimImageListeners } from './SimImageListeners.js';

/** What a real image additionally asks of the simulated host. */
export interface RealImageHooks extends SimImageHooks {
  /** Maps a URL to what the backend decodes; `undefined` keeps the URL. May throw (a failed decode). */
  resolve(url: string): string | Uint8Array | undefined;
  /** Runs `fn` on the sim clock's next turn (after a decode that finished outside the clock). */
  soon(fn: () => void): void;
  /** Tells the sim a decode is under way; the promise settles when it is over or superseded. */
  decoding(done: Promise<void>): void;
}

type DecodeState = 'pending' | 'loaded' | 'failed';

/** The parts of a real element read here beyond `PlatformImage`. */
interface RealElement {
  complete?: unknown;
  addEventListener?: unknown;
}

/**
 * Wires a real image (one with a class `src` setter) to the sim: `src` is passed through to the
 * element (mapped by `hooks.resolve`) so it decodes real pixels, while the sim keeps deciding when
 * and whether the ODC hears `load`/`error`. The `onload`/`onerror` properties and
 * `addEventListener` are shadowed on the instance, so the element's own events only tell the sim
 * that decoding ended and never reach the ODC's handlers directly. A `load` outcome is delivered
 * only once the element holds decoded pixels (waiting for its decode if needed); a failed decode
 * turns it into `error`.
 *
 * @param setSrc - The element class's own `src` setter (see `findSrcSetter`).
 * @throws TypeError when the image's properties cannot be redefined (a frozen object).
 */
export function instrumentRealImage(image: PlatformImage, setSrc: RealSrcSetter, hooks: RealImageHooks): PlatformImage {
  const element = image as PlatformImage & RealElement;
  const listeners = new SimImageListeners();
  // Captured before shadowing: browsers report decode results only through their own listeners.
  const realAddEventListener = element.addEventListener;
  let src: string | ArrayBuffer = '';
  let generation = 0;
  let onload: unknown = null;
  let onerror: unknown = null;
  /** Generation whose `load` delivery waits for the element's decode. */
  let waiting: number | undefined;
  /** Generation whose source never reached the element (resolver threw, setter threw). */
  let unusable: number | undefined;
  /** Last event of an element without `complete`, for the current generation. */
  let lastEvent: DecodeState | undefined;
  let endDecode: (() => void) | undefined;

  const state = (): DecodeState => {
    if (unusable === generation) return 'failed';
    if (element.complete === false) return 'pending';
    if (element.complete === true) return positive(element.naturalWidth) || positive(element.width) ? 'loaded' : 'failed';
    return lastEvent ?? 'pending';
  };

  const finishDecode = (): void => {
    const end = endDecode;
    endDecode = undefined;
    end?.();
  };

  const deliver = (type: 'load' | 'error', forGeneration: number): void => {
    if (forGeneration !== generation) return;
    listeners.dispatch(type, type === 'load' ? onload : onerror, image);
  };

  // The element's own events land here; they run on the backend's schedule, so they only note the
  // result and hand a waiting delivery to the sim clock. Nothing may throw into the backend.
  const relay = (type: 'load' | 'error') => (): void => {
    try {
      if (element.complete !== true && element.complete !== false) lastEvent = type === 'load' ? 'loaded' : 'failed';
      const now = state();
      if (now === 'pending') return;
      finishDecode();
      if (waiting !== generation) return;
      waiting = undefined;
      const mine = generation;
      hooks.soon(() => deliver(now === 'loaded' ? 'load' : 'error', mine));
    } catch {
      // A broken hook must not break the backend's event loop; the ODC's own timeout covers it.
    }
  };
  const relayLoad = relay('load');
  const relayError = relay('error');

  const settle = (outcome: 'load' | 'error', forGeneration: number): void => {
    if (forGeneration !== generation) return;
    const now = outcome === 'error' ? 'failed' : state();
    if (now === 'pending') {
      waiting = forGeneration;
      return;
    }
    deliver(now === 'loaded' ? 'load' : 'error', forGeneration);
  };

  const setSource = (value: string | ArrayBuffer): void => {
    src = value;
    const mine = ++generation;
    waiting = undefined;
    unusable = undefined;
    lastEvent = undefined;
    finishDecode();
    const url = typeof value === 'string' ? value : '[binary]';
    try {
      setSrc.call(image, toElementSource(value, hooks));
    } catch {
      unusable = mine;
    }
    if (state() === 'pending') {
      hooks.decoding(
        new Promise<void>((resolve) => {
          endDecode = resolve;
        }),
      );
    }
    hooks.onSource(url, (outcome) => settle(outcome, mine));
  };

  try {
    Object.defineProperty(image, 'src', { configurable: true, enumerable: true, get: () => src, set: setSource });
    // Reads return the sim's relay: @napi-rs/canvas fires whatever `onload` reads as, so returning
    // the ODC's handler would let the element call it directly.
    Object.defineProperty(image, 'onload', {
      configurable: true,
      enumerable: true,
      get: () => relayLoad,
      set: (cb: unknown) => {
        onload = cb;
      },
    });
    Object.defineProperty(image, 'onerror', {
      configurable: true,
      enumerable: true,
      get: () => relayError,
      set: (cb: unknown) => {
        onerror = cb;
      },
    });
    listeners.install(image);
  } catch {
    throw new TypeError('createSimulatedHost: the image from options.createImage must allow redefining src, onload and onerror');
  }
  if (typeof realAddEventListener === 'function') {
    const add = realAddEventListener as (this: object, type: string, cb: () => void) => void;
    add.call(image, 'load', relayLoad);
    add.call(image, 'error', relayError);
  }
  return image;
}

function positive(value: unknown): boolean {
  return typeof value === 'number' && value > 0;
}

/** What the element's `src` receives: the resolved URL or bytes; ArrayBuffers as a byte view. */
function toElementSource(value: string | ArrayBuffer, hooks: RealImageHooks): string | Uint8Array {
  if (typeof value !== 'string') return new Uint8Array(value);
  const resolved = hooks.resolve(value);
  if (resolved === undefined) return value;
  if (typeof resolved === 'string' || resolved instanceof Uint8Array) return resolved;
  throw new TypeError('resolveImageUrl must return a string, a Uint8Array or undefined');
}
