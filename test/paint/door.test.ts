import { describe, it, expect } from 'vitest';
import * as paint from '../../src/paint/index.js';

describe('paint door', () => {
  it('PAINT8 the door exports exactly the documented runtime names', () => {
    expect(Object.keys(paint).sort()).toEqual(
      [
        'CachedContext',
        'MAX_PICTURE_BITMAP_PIXELS',
        'MAX_PICTURE_BITMAPS',
        'MAX_PICTURE_BITMAP_TOTAL_PIXELS',
        'PICTURE_BITMAP_AFTER_PAINTS',
        'PictureBitmaps',
        'DEFAULT_ELLIPSIS',
        'DEFAULT_LINE_HEIGHT_RATIO',
        'DEFAULT_MEASURE_CACHE_ENTRIES',
        'clampRadii',
        'createTextMeasurer',
        'drawImageFit',
        'ellipsize',
        'fontString',
        'hasIntlSegmenter',
        'isCjkGrapheme',
        'isEmojiGrapheme',
        'layoutText',
        'lineHeightFor',
        'pathCircle',
        'pathRoundRect',
        'splitGraphemes',
        'splitGraphemesFallback',
        'nineSlicePatches',
        'drawNineSlice',
        'linearGradientFill',
        'applyShadow',
        'clearShadow',
      ].sort(),
    );
  });
});
