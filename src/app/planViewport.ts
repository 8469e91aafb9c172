import type { CanvasFit } from '../protocol/index.js';

/** A screen rectangle in logical px. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What to do with a viewport on a canvas someone else sized. */
export interface AdoptPlan {
  /** Stage size in logical px (the canvas is drawn at its own size over it). */
  width: number;
  height: number;
  /** Where the stage is on screen, for mapping touches. */
  input: ScreenRect;
}

/**
 * Places the stage on a canvas an engine sized (ENGINE3): with `'stretch'` the canvas fills the
 * rectangle; with `'contain'` ("show all", Cocos) it is fitted whole and centred, so the stage covers
 * only that part of the rectangle, at the canvas's own aspect ratio. Returns `undefined` for a
 * rectangle of zero or negative size (nothing on screen: map no touches).
 *
 * @example
 * planAdoptedViewport({ x: 0, y: 100, width: 300, height: 300 }, 'contain', { width: 640, height: 960 });
 * // → { width: 200, height: 300, input: { x: 50, y: 100, width: 200, height: 300 } }
 */
export function planAdoptedViewport(rect: ScreenRect, fit: CanvasFit, canvas: { width: number; height: number }): AdoptPlan | undefined {
  if (!(rect.width > 0 && rect.height > 0)) return undefined;
  if (fit === 'stretch' || !(canvas.width > 0 && canvas.height > 0)) return { width: rect.width, height: rect.height, input: { ...rect } };
  const scale = Math.min(rect.width / canvas.width, rect.height / canvas.height);
  const width = canvas.width * scale;
  const height = canvas.height * scale;
  return {
    width,
    height,
    input: { x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width, height },
  };
}
