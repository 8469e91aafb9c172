import type { ImageEntry, ImageHandle, ImageLoader } from '../images/index.js';
import type { ThemeImage, ThemeImages, ThemeTokens } from '../theme/index.js';

/** Every image of a theme, by token path (`images.row`, `images.medals.1`). */
function themeImages(images: ThemeImages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(images)) {
    if (value === undefined) continue;
    if (key !== 'medals') out.set(`images.${key}`, (value as ThemeImage).src);
    else for (const [rank, medal] of Object.entries(value as Record<string, ThemeImage | undefined>)) if (medal !== undefined) out.set(`images.medals.${rank}`, medal.src);
  }
  return out;
}

/**
 * Holds the current theme's images in the app's image loader: they load as soon as the theme names
 * them (before the rows that wear them exist), stay cached however many avatars pass through the
 * loader, and each image that fails is reported once, by token, images failing together in one
 * warning (the widgets keep drawing the colour tokens). Widgets draw the images themselves, through the same loader.
 */
export class ThemeImagePreloader {
  /** Token path → the source held and its handle. */
  private readonly _held = new Map<string, { src: string; handle: ImageHandle }>();
  /** `path src` pairs already reported. */
  private readonly _warned = new Set<string>();
  /** Token paths that failed since the last warning. */
  private _failed: string[] = [];

  /**
   * `defer` runs the warning later (the app: on the next frame), so images failing together (a
   * wrong base URL) are named in one warning rather than one each, which the rate limit would cut.
   */
  public constructor(
    private readonly _loader: ImageLoader,
    private readonly _warn: (message: string) => void,
    private readonly _defer: (flush: () => void) => void = (flush) => flush(),
  ) {}

  /** Number of images held now. */
  public get size(): number {
    return this._held.size;
  }

  /** Holds the theme's images, releasing those it no longer names. */
  public update(theme: ThemeTokens): void {
    const wanted = themeImages(theme.images);
    for (const [path, held] of this._held) {
      if (wanted.get(path) === held.src) continue;
      held.handle.release();
      this._held.delete(path);
    }
    for (const [path, src] of wanted) {
      if (this._held.has(path)) continue;
      const handle = this._loader.acquire(src, (entry) => this._settled(path, entry));
      this._held.set(path, { src, handle });
      // Already failed in the loader's cache: no settle will come.
      if (handle.entry.state === 'failed') this._settled(path, handle.entry);
    }
  }

  /** Releases every image. */
  public dispose(): void {
    for (const held of this._held.values()) held.handle.release();
    this._held.clear();
  }

  private _settled(path: string, entry: ImageEntry): void {
    if (entry.state !== 'failed') return;
    const key = `${path} ${entry.url}`;
    if (this._warned.has(key)) return;
    this._warned.add(key);
    this._failed.push(path);
    if (this._failed.length === 1) this._defer(() => this._flush());
  }

  private _flush(): void {
    const paths = this._failed;
    this._failed = [];
    if (paths.length === 0) return;
    // The sources are the game's own art, not friends' avatars; still, only the tokens are named.
    this._warn(`friendcanvas: theme: ${paths.join(', ')} did not load; drawing the colour tokens instead`);
  }
}
