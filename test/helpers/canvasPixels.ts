/** Pixel counts on a real raster canvas (@napi-rs/canvas), for tests of what was drawn. */
import type { Canvas } from '@napi-rs/canvas';

/** Pixels with any opacity. */
export function opaquePixels(canvas: Canvas): number {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

/** How many pixels differ between two same-sized RGBA images. */
export function differingPixels(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) n++;
  }
  return n;
}
