import type { Canvas2D } from '../host/index.js';

/** How an image fills its box: crop to cover it, letterbox inside it, or stretch to it. */
export type ImageFit = 'cover' | 'contain' | 'fill';

function isPositive(v: number): boolean {
  return Number.isFinite(v) && v > 0;
}

/**
 * Draws `image` (natural size `imageWidth`×`imageHeight` px) into the box (`x`, `y`, `w`, `h`) in px.
 * `cover` crops a centred source rectangle (9-argument `drawImage`); `contain` letterboxes the whole
 * image centred in the box (5-argument form); `fill` stretches. Zero, negative or NaN sizes draw
 * nothing. Returns whether anything was drawn.
 */
export function drawImageFit(
  ctx: Canvas2D,
  image: unknown,
  imageWidth: number,
  imageHeight: number,
  x: number,
  y: number,
  w: number,
  h: number,
  fit: ImageFit,
): boolean {
  if (image === null || image === undefined) return false;
  if (!isPositive(imageWidth) || !isPositive(imageHeight) || !isPositive(w) || !isPositive(h)) return false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (fit === 'cover') {
    const scale = Math.max(w / imageWidth, h / imageHeight);
    const sw = Math.min(imageWidth, w / scale);
    const sh = Math.min(imageHeight, h / scale);
    const sx = (imageWidth - sw) / 2;
    const sy = (imageHeight - sh) / 2;
    ctx.drawImage(image, sx, sy, sw, sh, x, y, w, h);
    return true;
  }
  if (fit === 'contain') {
    const scale = Math.min(w / imageWidth, h / imageHeight);
    const dw = imageWidth * scale;
    const dh = imageHeight * scale;
    ctx.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh);
    return true;
  }
  if (fit === 'fill') {
    ctx.drawImage(image, x, y, w, h);
    return true;
  }
  throw new TypeError(`drawImageFit: unknown fit "${String(fit)}" (expected cover, contain or fill)`);
}
