import type { PlatformImage } from '../host/index.js';

/** Where an image is in its life: being fetched (including retries), usable, or given up on. */
export type ImageState = 'loading' | 'loaded' | 'failed';

/** The shared, live view of one URL's image; every handle of the URL sees the same entry. */
export interface ImageEntry {
  readonly url: string;
  readonly state: ImageState;
  /** The loaded image, `undefined` unless `state` is `'loaded'`. */
  readonly image: PlatformImage | undefined;
  /** Natural width in image px (0 until loaded). */
  readonly width: number;
  /** Natural height in image px (0 until loaded). */
  readonly height: number;
}

/** A claim on an entry: while any handle is live the entry is not evicted. */
export interface ImageHandle {
  readonly entry: ImageEntry;
  /** Gives up the claim and drops the listener; calling it again does nothing. */
  release(): void;
}

/** Called once each time the entry settles (loaded, or failed after its retries). */
export type ImageListener = (entry: ImageEntry) => void;

/** The loader's mutable entry; exposed to users only as the readonly {@link ImageEntry}. */
export class Entry implements ImageEntry {
  public state: ImageState = 'loading';
  public image: PlatformImage | undefined = undefined;
  public width = 0;
  public height = 0;
  public constructor(public readonly url: string) {}
}

/** A handle on an entry; `release` runs the loader's bookkeeping once. */
export class Handle implements ImageHandle {
  public released = false;
  public constructor(
    public readonly entry: Entry,
    public listener: ImageListener | undefined,
    private readonly _onRelease: (h: Handle) => void,
  ) {}
  public release(): void {
    if (this.released) return;
    this.released = true;
    this.listener = undefined;
    this._onRelease(this);
  }
}

