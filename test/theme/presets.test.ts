import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  MIN_TEXT_CONTRAST,
  parseColor,
  resolveTheme,
  themePresets,
  type ColorToken,
  type ThemePresetName,
} from '../../src/theme/index.js';

const names = Object.keys(themePresets) as ThemePresetName[];

/** Text colour → the backgrounds it is drawn on. */
const TEXT_PAIRS: ReadonlyArray<[ColorToken, ColorToken]> = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text', 'selfHighlight'],
  ['textSecondary', 'background'],
  ['textSecondary', 'surface'],
  ['textSecondary', 'selfHighlight'],
  ['accent', 'surface'],
  ['accent', 'background'],
  ['accentText', 'accent'],
  ['buttonText', 'buttonBackground'],
  ['buttonText', 'buttonPressed'],
  ['buttonText', 'buttonSuccess'],
  ['buttonText', 'buttonError'],
];

describe('theme presets', () => {
  it('THEME1 there are light, dark, arcade, neon and parchment presets, frozen and fully valid', () => {
    expect(names).toEqual(['light', 'dark', 'arcade', 'neon', 'parchment']);
    for (const name of names) {
      const preset = themePresets[name];
      expect(Object.isFrozen(preset) && Object.isFrozen(preset.colors) && Object.isFrozen(preset.font) && Object.isFrozen(preset.metrics)).toBe(true);
      // Re-validating a preset through resolveTheme reports nothing.
      expect(resolveTheme('light', preset).errors).toEqual([]);
      for (const value of Object.values(preset.colors)) expect(parseColor(value)).toBeDefined();
    }
  });

  it.each(names)('THEME2 %s: text on every background meets WCAG AA (4.5:1)', (name) => {
    const { colors } = themePresets[name];
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(parseColor(colors[bg])?.a, `${bg} is opaque`).toBe(1);
      const ratio = contrastRatio(colors[fg], colors[bg]);
      expect(ratio, `${name}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('THEME2 contrastRatio follows WCAG 2 and composites translucent text', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgba(0, 0, 0, 0)', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('nope', '#fff')).toBeUndefined();
  });
});

describe('theme presets as bases', () => {
  it.each(names)('THEME1 %s resolves to itself when passed as a theme object', (name) => {
    expect(resolveTheme(themePresets[name])).toEqual({ theme: themePresets[name], errors: [] });
  });
});

describe('game-art presets', () => {
  it.each(['neon', 'parchment'] as const)('PRESET1 %s is drawn with effects only: no images; a gradient card with a shadow and border, gradient medals with rings, raised or glowing gradient buttons, text effects', (name) => {
    const t = themePresets[name];
    expect(t.images).toEqual({});
    expect(Object.keys(t.gradients).sort()).toEqual(['background', 'buttonBackground', 'buttonPressed', 'medalBronze', 'medalGold', 'medalSilver', 'selfHighlight', 'surface']);
    expect(t.effects.cardShadow?.blur).toBeGreaterThan(0);
    expect(t.effects.cardBorder?.width).toBeGreaterThan(0);
    expect(t.effects.medalBorder?.width).toBeGreaterThan(0);
    expect(t.effects.buttonShadow).toBeDefined();
    expect(t.effects.textShadow ?? t.effects.textStroke).toBeDefined();
    // Each medal's gradient is brighter at its start than at its end (a lit metal disc).
    for (const medal of ['medalGold', 'medalSilver', 'medalBronze'] as const) {
      const g = t.gradients[medal]!;
      expect(contrastRatio(g.from, '#000')!).toBeGreaterThan(contrastRatio(g.to, '#000')!);
    }
  });
});
