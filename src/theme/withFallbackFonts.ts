import { FALLBACK_FONT_STACK } from './constants.js';

/** CSS generic families: a list naming one already ends in something every host has. */
const GENERIC = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif|ui-rounded)\s*$/i;

/**
 * Appends the fallback stack to a font-family list that ends in no generic family, so text drawn in a
 * game font the host lacks (not loaded yet, a typo) falls back to a readable sans-serif. Both text
 * measurement and painting use the resulting string, so lines are fitted in the font actually drawn.
 *
 * @example
 * withFallbackFonts("'Lilita One'"); // "'Lilita One', 'Helvetica Neue', Roboto, …, sans-serif"
 */
export function withFallbackFonts(family: string): string {
  return GENERIC.test(family) ? family : `${family}, ${FALLBACK_FONT_STACK}`;
}
