import { describe, it, expect } from 'vitest';
import * as images from '../../src/images/index.js';

describe('images door', () => {
  it('IMG16 the door exports exactly the documented runtime names', () => {
    expect(Object.keys(images).sort()).toEqual(
      [
        'AVATAR_PALETTE',
        'DEFAULT_IMAGE_CACHE_ENTRIES',
        'DEFAULT_IMAGE_RETRIES',
        'DEFAULT_IMAGE_RETRY_BACKOFF_MS',
        'DEFAULT_IMAGE_TIMEOUT_MS',
        'FAILED_IMAGE_COOLDOWN_MS',
        'createImageLoader',
        'drawPlaceholderAvatar',
        'placeholderAvatar',
      ].sort(),
    );
  });
});
