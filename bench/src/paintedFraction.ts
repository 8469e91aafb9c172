import type { Canvas } from '@napi-rs/canvas';

/** Every how many pixels the coverage check samples one (keeps it cheap on a 3× canvas). */
const SAMPLE_STRIDE = 7;

/**
 * Share of the canvas with any paint (alpha > 0), from a strided sample: proves a "first frame"
 * really drew the panel rather than an empty or loading canvas.
 */
export function paintedFraction(canvas: Canvas): number {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  let seen = 0;
  for (let i = 3; i < data.length; i += 4 * SAMPLE_STRIDE) {
    seen++;
    if (data[i]! > 0) painted++;
  }
  return seen === 0 ? 0 : painted / seen;
}
