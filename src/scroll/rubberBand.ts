import { RUBBER_BAND_COEFFICIENT } from './constants.js';
import { assertFinite, assertNonNegative } from './assertFinite.js';

/**
 * Displayed overscroll, in px, for a finger that has moved `overshoot` px past the edge, using the iOS formula
 * `(1 - 1 / (x * c / d + 1)) * d`: slope c at the edge, strictly below `dimension` in magnitude, odd in `overshoot`.
 *
 * @param overshoot - finger distance beyond the bound, in px (sign kept)
 * @param dimension - viewport size along the scroll axis, in px
 * @example rubberBand(100, 600) // ≈ 50.3: content moves about half as far as the finger
 */
export function rubberBand(
  overshoot: number,
  dimension: number,
  coefficient: number = RUBBER_BAND_COEFFICIENT,
): number {
  assertFinite('overshoot', overshoot);
  assertNonNegative('dimension', dimension);
  if (dimension === 0 || overshoot === 0) return 0;
  const x = Math.abs(overshoot);
  const y = (1 - 1 / ((x * coefficient) / dimension + 1)) * dimension;
  return overshoot < 0 ? -y : y;
}

/**
 * Finger overshoot, in px, that {@link rubberBand} maps to the displayed overscroll `displayed`; lets a drag that
 * catches content mid-bounce continue without a jump. Magnitudes at or beyond `dimension` are capped just below it.
 *
 * @param displayed - displayed overscroll, in px (sign kept)
 * @param dimension - viewport size along the scroll axis, in px
 */
export function rubberBandInverse(
  displayed: number,
  dimension: number,
  coefficient: number = RUBBER_BAND_COEFFICIENT,
): number {
  assertFinite('displayed', displayed);
  assertNonNegative('dimension', dimension);
  if (dimension === 0 || displayed === 0) return 0;
  // y = (1 - 1/(x c/d + 1)) d  ⇔  x = (d/c) · y / (d - y); cap y so the result stays finite.
  const y = Math.min(Math.abs(displayed), dimension * (1 - 1e-9));
  const x = ((dimension / coefficient) * y) / (dimension - y);
  return displayed < 0 ? -x : x;
}
