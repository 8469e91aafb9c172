import type { Canvas2D } from '../host/types.js';
import { pathRoundRect } from '../paint/index.js';
import {
  SCROLLBAR_FADE_MS,
  SCROLLBAR_HIDE_DELAY_MS,
  SCROLLBAR_INSET_PX,
  SCROLLBAR_MIN_THUMB_PX,
  SCROLLBAR_WIDTH_PX,
} from './scrollViewConstants.js';

/** Scrollbar opacity (0..1) `sinceMotionMs` ms after the content last moved: full, then a linear fade. */
export function scrollbarAlpha(sinceMotionMs: number): number {
  if (!(sinceMotionMs > SCROLLBAR_HIDE_DELAY_MS)) return 1;
  return Math.max(0, 1 - (sinceMotionMs - SCROLLBAR_HIDE_DELAY_MS) / SCROLLBAR_FADE_MS);
}

/** The thumb rectangle of a vertical scrollbar, in the viewport's own coordinates (logical px). */
export function scrollbarThumb(
  viewportWidth: number,
  viewportHeight: number,
  contentHeight: number,
  offset: number,
): { x: number; y: number; width: number; height: number } | undefined {
  if (!(viewportHeight > 0) || !(contentHeight > viewportHeight)) return undefined;
  const track = viewportHeight - 2 * SCROLLBAR_INSET_PX;
  if (!(track > 0)) return undefined;
  const max = contentHeight - viewportHeight;
  const over = offset < 0 ? -offset : offset > max ? offset - max : 0;
  // The thumb shrinks while overscrolled, as on iOS, but never below its width.
  const length = Math.min(track, Math.max(SCROLLBAR_WIDTH_PX, Math.max(SCROLLBAR_MIN_THUMB_PX, (track * viewportHeight) / contentHeight) - over));
  const pos = Math.min(1, Math.max(0, offset / max));
  return {
    x: viewportWidth - SCROLLBAR_INSET_PX - SCROLLBAR_WIDTH_PX,
    y: SCROLLBAR_INSET_PX + pos * (track - length),
    width: SCROLLBAR_WIDTH_PX,
    height: length,
  };
}

/** Draws a scrollbar thumb at the viewport origin with the given opacity and colour. */
export function paintScrollbar(
  ctx: Canvas2D,
  thumb: { x: number; y: number; width: number; height: number },
  alpha: number,
  color: string,
): void {
  const prev = ctx.globalAlpha;
  ctx.globalAlpha = prev * alpha;
  ctx.fillStyle = color;
  pathRoundRect(ctx, thumb.x, thumb.y, thumb.width, thumb.height, thumb.width / 2);
  ctx.fill();
  ctx.globalAlpha = prev;
}
