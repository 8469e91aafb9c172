import type { Canvas2D } from '../host/index.js';
import { fontString, pathCircle, pathRoundRect, splitGraphemes } from '../paint/index.js';
import {
  AVATAR_FONT_RATIO_ONE,
  AVATAR_FONT_RATIO_TWO,
  AVATAR_ROUNDED_RADIUS_RATIO,
  INITIALS_SPLIT,
} from './constants.js';
import type { PlaceholderAvatar } from './placeholderAvatar.js';

/** The outline of an avatar. */
export type AvatarShape = 'circle' | 'rounded' | 'square';

/**
 * What painting a placeholder's initials derives from it, each part keyed by its inputs: a cache of the
 * initials font (one per `Image` widget), so repainting the same placeholder at the same size builds no
 * font string. Owned by the caller, so no state is shared between apps.
 */
export interface PlaceholderFontMemo {
  initials?: string;
  size?: number;
  family?: string;
  font?: string;
}

function fontRatio(initials: string): number {
  // One unit is one grapheme, and two printable units below U+0300 are two (nothing there extends or joins):
  // the common initials are sized without splitting graphemes.
  const n = initials.length;
  if (n === 1) return AVATAR_FONT_RATIO_ONE;
  if (n === 2 && plainUnit(initials.charCodeAt(0)) && plainUnit(initials.charCodeAt(1))) return AVATAR_FONT_RATIO_TWO;
  return splitGraphemes(initials, INITIALS_SPLIT).length > 1 ? AVATAR_FONT_RATIO_TWO : AVATAR_FONT_RATIO_ONE;
}

function plainUnit(c: number): boolean {
  return c >= 0x21 && c < 0x300;
}

function initialsFont(initials: string, size: number, family: string, memo: PlaceholderFontMemo | undefined): string {
  if (memo !== undefined && memo.font !== undefined && memo.initials === initials && memo.size === size && memo.family === family) {
    return memo.font;
  }
  const font = fontString({ weight: 'bold', size: size * fontRatio(initials), family });
  if (memo !== undefined) {
    memo.initials = initials;
    memo.size = size;
    memo.family = family;
    memo.font = font;
  }
  return font;
}

/**
 * Draws a placeholder avatar in the `size`×`size` px square at (`x`, `y`): the background in `shape`,
 * then the initials centred in `fontFamily`. The context state is restored afterwards; a
 * non-positive or non-finite size draws nothing. The initials' font is derived once per
 * placeholder object and size, not on every paint.
 */
export function drawPlaceholderAvatar(
  ctx: Canvas2D,
  x: number,
  y: number,
  size: number,
  shape: AvatarShape,
  placeholder: PlaceholderAvatar,
  fontFamily: string,
  memo?: PlaceholderFontMemo,
): void {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || size <= 0) return;
  ctx.save();
  try {
    ctx.fillStyle = placeholder.background;
    if (shape === 'circle') pathCircle(ctx, x + size / 2, y + size / 2, size / 2);
    else pathRoundRect(ctx, x, y, size, size, shape === 'rounded' ? size * AVATAR_ROUNDED_RADIUS_RATIO : 0);
    ctx.fill();
    if (placeholder.initials !== '') {
      const font = initialsFont(placeholder.initials, size, fontFamily, memo);
      ctx.fillStyle = placeholder.foreground;
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      // maxWidth keeps wide glyphs inside the shape rather than clipped by it.
      ctx.fillText(placeholder.initials, x + size / 2, y + size / 2, size * 0.8);
    }
  } finally {
    ctx.restore();
  }
}
