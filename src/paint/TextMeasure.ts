import type { TextMeasurer } from './TextMeasurer.js';

/** The part of a {@link TextMeasurer} text layout needs; tests inject their own. */
export type TextMeasure = Pick<TextMeasurer, 'measure'>;
