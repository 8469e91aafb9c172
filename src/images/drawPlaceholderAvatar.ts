import type { Canvas2D } from '../host/index.js';
import { fontString, pathCircle, pathRoundRect, splitGraphemes } from '../paint/index.js';
import {
  AVATAR_FONT_RATIO_ONE,
  AVATAR_FONT_RATIO_TWO,
  AVATAR_ROUNDED_RADIUS_RATIO,
} from './constants.js';
import type { PlaceholderAvatar } from './placeholderAvatar.js';

/** The outline of an avatar. */
export type AvatarShape = 'circle' | 'rounded' | 'square';

/**
 * Draws a placeholder avatar in the `size`×`size` px square at (`x`, `y`): the background in `shape`,
 * then the initials centred in `fontFamily`. The context state is restored afterwards; a
 * non-positive or non-finite size draws nothing.
 */
export function drawPlaceholderAvatar(
  ctx: Canvas2D,
  x: number,
  y: number,
  size: number,
  shape: AvatarShape,
  placeholder: PlaceholderAvatar,
  fontFamily: string,
): void {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || size <= 0) return;
  ctx.save();
  try {
    ctx.fillStyle = placeholder.background;
    if (shape === 'circle') pathCircle(ctx, x + size / 2, y + size / 2, size / 2);
    else pathRoundRect(ctx, x, y, size, size, shape === 'rounded' ? size * AVATAR_ROUNDED_RADIUS_RATIO : 0);
    ctx.fill();
    if (placeholder.initials !== '') {
      const ratio = splitGraphemes(placeholder.initials).length > 1 ? AVATAR_FONT_RATIO_TWO : AVATAR_FONT_RATIO_ONE;
      ctx.fillStyle = placeholder.foreground;
      ctx.font = fontString({ weight: 'bold', size: size * ratio, family: fontFamily });
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      // maxWidth keeps wide glyphs inside the shape rather than clipped by it.
      ctx.fillText(placeholder.initials, x + size / 2, y + size / 2, size * 0.8);
    }
  } finally {
    ctx.restore();
  }
}
