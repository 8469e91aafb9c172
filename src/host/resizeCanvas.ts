import type { PlatformCanvas } from './types.js';

/**
 * Tries to set a canvas's backing-store size and returns the size it actually has afterwards.
 *
 * TikTok accepts new `width`/`height` on the shared canvas; WeChat refuses (throws or ignores),
 * so each assignment is guarded and the result is re-read (PLATFORM.md, `getSharedCanvas`).
 * Sizes are rounded to whole pixels, as canvases store them.
 *
 * @param canvas - The shared or offscreen canvas.
 * @param width - Wanted backing-store width in device px (finite, >= 0).
 * @param height - Wanted backing-store height in device px (finite, >= 0).
 * @returns The canvas's actual size in device px after the attempt.
 * @throws RangeError for a negative or non-finite size (the canvas is left untouched).
 * @example
 * const actual = resizeCanvas(host.getSharedCanvas(), 750, 1334); // may stay 300×150 on WeChat
 */
export function resizeCanvas(canvas: PlatformCanvas, width: number, height: number): { width: number; height: number } {
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`resizeCanvas: ${name} must be a finite number >= 0, got ${String(value)}`);
    }
  }
  const w = Math.round(width);
  const h = Math.round(height);
  try {
    // Assigning a size clears the canvas even when unchanged, so only assign a real change.
    if (canvas.width !== w) canvas.width = w;
  } catch {
    // Refused by the host (WeChat): keep the size it has.
  }
  try {
    if (canvas.height !== h) canvas.height = h;
  } catch {
    // Same as above.
  }
  return { width: readSize(canvas, 'width'), height: readSize(canvas, 'height') };
}

function readSize(canvas: PlatformCanvas, name: 'width' | 'height'): number {
  try {
    const value = canvas[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}
