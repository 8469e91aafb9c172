/** The images module's door: the shared image loader and generated placeholder avatars. */
export { createImageLoader } from './createImageLoader.js';
export type { ImageLoader, ImageLoaderDeps, ImageLoaderOptions, ImageLoaderStats } from './ImageLoader.js';
export type { ImageEntry, ImageHandle, ImageListener, ImageState } from './ImageEntry.js';
export { placeholderAvatar } from './placeholderAvatar.js';
export type { PlaceholderAvatar } from './placeholderAvatar.js';
export { drawPlaceholderAvatar } from './drawPlaceholderAvatar.js';
export type { AvatarShape, PlaceholderFontMemo } from './drawPlaceholderAvatar.js';
export {
  AVATAR_PALETTE,
  DEFAULT_IMAGE_CACHE_ENTRIES,
  DEFAULT_IMAGE_RETRIES,
  DEFAULT_IMAGE_RETRY_BACKOFF_MS,
  DEFAULT_IMAGE_TIMEOUT_MS,
  FAILED_IMAGE_COOLDOWN_MS,
} from './constants.js';
