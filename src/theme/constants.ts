import type { FontNumberToken, MetricToken } from './ThemeTokens.js';

/** Accepted range of each metric token, in logical px (inclusive). */
export const METRIC_RANGES_PX: Readonly<Record<MetricToken, readonly [number, number]>> = {
  rowHeight: [24, 400],
  padding: [0, 200],
  gap: [0, 200],
  radius: [0, 200],
  avatarSize: [8, 400],
  titleHeight: [0, 400],
  buttonRadius: [0, 200],
  scrollbarWidth: [0, 32],
  cardPadding: [0, 100],
};

/** Accepted range of each numeric font token: sizes in logical px, weights as CSS weights (inclusive). */
export const FONT_RANGES: Readonly<Record<FontNumberToken, readonly [number, number]>> = {
  sizeTitle: [6, 200],
  sizeBody: [6, 200],
  sizeSmall: [6, 200],
  weightBold: [100, 900],
  weightNormal: [100, 900],
};

/**
 * Font weights must be multiples of this: CSS 2.1 canvases (older hosts) parse only 100…900 in
 * steps of 100 inside the `font` shorthand.
 */
export const FONT_WEIGHT_STEP = 100;

/** Longest accepted font-family list, in UTF-16 code units. */
export const MAX_FONT_FAMILY_LENGTH = 200;

/** Longest colour string accepted, in UTF-16 code units. */
export const MAX_COLOR_LENGTH = 64;

/** How much of a rejected value an error message quotes, in UTF-16 code units. */
export const MAX_QUOTED_VALUE_LENGTH = 40;

/** WCAG 2 minimum contrast for body text (success criterion 1.4.3, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** Longest image skin source accepted (a URL, a package path or a small data URL), in UTF-16 code units. */
export const MAX_IMAGE_SRC_LENGTH = 64 * 1024;

/** Largest nine-slice inset accepted, in source-image px. */
export const MAX_SLICE_PX = 4096;

/** Accepted shadow blur radius, logical px (inclusive). */
export const SHADOW_BLUR_RANGE_PX: readonly [number, number] = [0, 64];

/** Accepted shadow offset on each axis, logical px (inclusive). */
export const SHADOW_OFFSET_RANGE_PX: readonly [number, number] = [-64, 64];

/** Accepted outline (stroke) width, logical px (inclusive; 0 draws none). */
export const STROKE_WIDTH_RANGE_PX: readonly [number, number] = [0, 16];

/** Angle of a gradient whose message gives none: CSS's default, top to bottom, in degrees. */
export const DEFAULT_GRADIENT_ANGLE_DEG = 180;

/**
 * Appended to a font-family list that names no generic family, so a font the host does not have
 * (not loaded yet, or a typo) falls back to a readable system font instead of the host's default
 * serif; the same string is used to measure and to paint.
 */
export const FALLBACK_FONT_STACK = "'Helvetica Neue', Roboto, 'PingFang SC', 'Noto Sans', Arial, sans-serif";
