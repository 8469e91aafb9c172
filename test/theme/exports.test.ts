import { describe, expect, it } from 'vitest';
import * as theme from '../../src/theme/index.js';

describe('theme door', () => {
  it('THEME0 the door exports exactly this runtime list', () => {
    expect(Object.keys(theme).sort()).toEqual(
      [
        'MIN_TEXT_CONTRAST',
        'arcadeTheme',
        'contrastRatio',
        'darkTheme',
        'isThemePresetName',
        'lightTheme',
        'parseColor',
        'resolveTheme',
        'themePresets',
        'toCssColor',
        'withAlpha',
        'withFallbackFonts',
        'neonTheme',
        'parchmentTheme',
      ].sort(),
    );
  });
});
