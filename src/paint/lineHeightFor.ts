import { DEFAULT_LINE_HEIGHT_RATIO } from './constants.js';

/**
 * The line height in px for a font of `fontSize` px: `lineHeight` (px) when it is a positive finite
 * number, else `fontSize × DEFAULT_LINE_HEIGHT_RATIO`.
 */
export function lineHeightFor(fontSize: number, lineHeight?: number): number {
  if (typeof lineHeight === 'number' && Number.isFinite(lineHeight) && lineHeight > 0) return lineHeight;
  if (!Number.isFinite(fontSize) || fontSize <= 0) return 0;
  return fontSize * DEFAULT_LINE_HEIGHT_RATIO;
}
