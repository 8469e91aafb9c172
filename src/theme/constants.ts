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
