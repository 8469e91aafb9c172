/** Where the shared canvas is shown on screen, in screen logical px (sent by the main domain). */
export interface ViewportRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in stage logical px. */
export interface StagePoint {
  x: number;
  y: number;
}

/**
 * Maps a screen point (logical px) into the stage through the on-screen rectangle of the canvas.
 * The x and y scales are independent because games may stretch the canvas unevenly.
 *
 * @example
 * screenToStage({ x: 20, y: 100, width: 300, height: 400 }, 600, 800, 170, 300); // { x: 300, y: 400 }
 */
export function screenToStage(
  viewport: ViewportRect,
  stageWidth: number,
  stageHeight: number,
  screenX: number,
  screenY: number,
): StagePoint {
  return {
    x: ((screenX - viewport.x) * stageWidth) / viewport.width,
    y: ((screenY - viewport.y) * stageHeight) / viewport.height,
  };
}

/** A clear problem description when `rect` is not a usable viewport, else undefined. */
export function checkViewportRect(rect: unknown): string | undefined {
  if (typeof rect !== 'object' || rect === null) return 'the viewport must be an object {x, y, width, height}';
  const r = rect as Partial<Record<keyof ViewportRect, unknown>>;
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    const v = r[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return `viewport.${key} must be a finite number`;
  }
  if ((r.width as number) <= 0 || (r.height as number) <= 0) return 'viewport width and height must be > 0';
  return undefined;
}
