import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';

describe('simulated images on a real raster backend', () => {
  it('SIM9 an @napi-rs/canvas Image keeps the ODC src readable and stays drawable', () => {
    const canvas = createCanvas(20, 20);
    const pixel = createCanvas(2, 2).toBuffer('image/png');
    const s = createSimulatedHost({
      canvas: canvas as unknown as PlatformCanvas,
      createImage: () => new NapiImage() as unknown as PlatformImage,
      resolveImageUrl: () => pixel,
    });
    const img = s.odcGlobal.createImage!();
    const onload = vi.fn();
    img.onload = onload;
    img.src = 'sim://avatar/1.png';
    s.flush();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(img.src).toBe('sim://avatar/1.png');
    expect(() => canvas.getContext('2d').drawImage(img as unknown as NapiImage, 0, 0, 10, 10)).not.toThrow();
  });
});
