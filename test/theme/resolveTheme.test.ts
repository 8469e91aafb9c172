import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/theme/parseColor.js';
import { darkTheme, lightTheme, neonTheme, parchmentTheme, resolveTheme, themePresets, type ThemeTokens } from '../../src/theme/index.js';

describe('resolveTheme', () => {
  it('THEME3 a preset name gives that preset; valid overrides are applied', () => {
    expect(resolveTheme('dark')).toEqual({ theme: darkTheme, errors: [] });
    const { theme, errors } = resolveTheme('dark', {
      colors: { accent: '#FF0050', overlay: 'rgb(0 0 0 / 50%)' },
      font: { sizeBody: 17, weightBold: 'bold', family: '  Georgia, serif ' },
      metrics: { rowHeight: 80, radius: 0 },
      avatarShape: 'square',
    });
    expect(errors).toEqual([]);
    expect(theme.colors.accent).toBe('#ff0050');
    expect(theme.colors.overlay).toBe('rgba(0, 0, 0, 0.5)');
    expect(theme.colors.text).toBe(darkTheme.colors.text);
    expect(theme.font).toMatchObject({ sizeBody: 17, weightBold: 700, family: 'Georgia, serif', sizeTitle: darkTheme.font.sizeTitle });
    expect(theme.metrics).toMatchObject({ rowHeight: 80, radius: 0, padding: darkTheme.metrics.padding });
    expect(theme.avatarShape).toBe('square');
  });

  it('THEME4 bad values are reported and ignored while the rest is applied', () => {
    const { theme, errors } = resolveTheme('light', {
      colors: { accent: 'blurple', text: '#000', divider: 7 },
      font: { sizeBody: 500, sizeSmall: 10, weightNormal: 450, family: 'Arial; color: red' },
      metrics: { rowHeight: 10, gap: Number.NaN, padding: 8 },
      avatarShape: 'hexagon',
    });
    expect(theme.colors.accent).toBe(lightTheme.colors.accent);
    expect(theme.colors.text).toBe('#000000');
    expect(theme.colors.divider).toBe(lightTheme.colors.divider);
    expect(theme.font.sizeBody).toBe(lightTheme.font.sizeBody);
    expect(theme.font.sizeSmall).toBe(10);
    expect(theme.font.weightNormal).toBe(lightTheme.font.weightNormal);
    expect(theme.font.family).toBe(lightTheme.font.family);
    expect(theme.metrics.rowHeight).toBe(lightTheme.metrics.rowHeight);
    expect(theme.metrics.gap).toBe(lightTheme.metrics.gap);
    expect(theme.metrics.padding).toBe(8);
    expect(theme.avatarShape).toBe(lightTheme.avatarShape);
    expect(errors).toEqual([
      'theme.colors.accent: "blurple" is not a supported colour (ignored)',
      'theme.colors.divider: 7 is not a supported colour (ignored)',
      'theme.font.sizeBody: 500 is not a number from 6 to 200 px (ignored)',
      'theme.font.weightNormal: 450 is not a font weight (100-900 in steps of 100, normal or bold) (ignored)',
      'theme.font.family: "Arial; color: red" is not a font family (1-200 characters, no ; { } or control characters) (ignored)',
      'theme.metrics.rowHeight: 10 is not a number from 24 to 400 px (ignored)',
      'theme.metrics.gap: NaN is not a number from 0 to 200 px (ignored)',
      'theme.avatarShape: "hexagon" is not one of circle, rounded, square (ignored)',
    ]);
  });

  it('THEME5 unknown keys and non-object groups are reported and ignored', () => {
    const overrides = JSON.parse('{"colours":{},"colors":{"acent":"#fff","__proto__":"#fff"},"font":"big","metrics":[1]}') as unknown;
    const { theme, errors } = resolveTheme('arcade', overrides);
    expect(theme).toEqual(themePresets.arcade);
    expect(errors).toEqual([
      'theme.colours: unknown token (ignored)',
      'theme.colors.acent: unknown token (ignored)',
      'theme.colors.__proto__: unknown token (ignored)',
      'theme.font: expected an object, got "big" (ignored)',
      'theme.metrics: expected an object, got an array (ignored)',
    ]);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'acent')).toBe(false);
    expect(resolveTheme('light', 'dark').errors).toEqual(['theme: expected an object, got "dark" (ignored)']);
    expect(resolveTheme('light', null).errors).toEqual([]);
  });

  it('THEME6 inputs are never mutated and the result is a fresh frozen theme', () => {
    const overrides = { colors: { accent: '#123456' }, metrics: { rowHeight: 90 } };
    const snapshot = JSON.stringify(overrides);
    const before = JSON.stringify(lightTheme);
    const { theme } = resolveTheme('light', overrides);
    expect(JSON.stringify(overrides)).toBe(snapshot);
    expect(JSON.stringify(lightTheme)).toBe(before);
    expect(theme).not.toBe(lightTheme);
    expect(Object.isFrozen(theme) && Object.isFrozen(theme.colors) && Object.isFrozen(theme.font) && Object.isFrozen(theme.metrics)).toBe(true);
  });

  it('THEME6 arbitrary overrides never throw, never mutate, and always give a complete valid theme (property)', () => {
    const baseline = JSON.stringify(themePresets);
    fc.assert(
      fc.property(fc.constantFrom('light', 'dark', 'arcade' as const), fc.anything(), (preset, overrides) => {
        const { theme, errors } = resolveTheme(preset, overrides);
        expect(Array.isArray(errors)).toBe(true);
        expect(Object.keys(theme.colors).sort()).toEqual(Object.keys(lightTheme.colors).sort());
        expect(resolveTheme('light', theme).errors).toEqual([]);
      }),
    );
    expect(JSON.stringify(themePresets)).toBe(baseline);
  });

  it('THEME9 an unknown preset name falls back to light with an error; a theme object is accepted as base', () => {
    const bad = resolveTheme('sepia' as 'light');
    expect(bad.theme).toEqual(lightTheme);
    expect(bad.errors).toEqual(['theme: unknown preset "sepia" (using light)']);
    const custom: ThemeTokens = { ...darkTheme, avatarShape: 'square' };
    const r = resolveTheme(custom, { metrics: { gap: 4 } });
    expect(r.errors).toEqual([]);
    expect(r.theme).toMatchObject({ avatarShape: 'square', colors: darkTheme.colors, metrics: { gap: 4 } });
  });

  it('THEME9 a hostile override object does not throw', () => {
    const hostile = Object.defineProperty({}, 'colors', {
      enumerable: true,
      get(): never {
        throw new Error('boom');
      },
    });
    const r = resolveTheme('dark', hostile);
    expect(r.theme).toEqual(darkTheme);
    expect(r.errors).toEqual(['theme: the overrides could not be read (ignored)']);
  });
});

describe('accent cascade', () => {
  it('THEME10 overriding only the accent restyles the buttons; explicit button colours are kept', () => {
    const { theme, errors } = resolveTheme('light', { colors: { accent: '#ffd23f' } });
    expect(errors).toEqual([]);
    expect(theme.colors.buttonBackground).toBe('#ffd23f');
    // A light accent gets dark text, a dark one white text: readable either way.
    expect(theme.colors.accentText).toBe('#000000');
    expect(theme.colors.buttonText).toBe('#000000');
    expect(theme.colors.buttonPressed).not.toBe(lightTheme.colors.buttonPressed);
    const dark = resolveTheme('light', { colors: { accent: '#3a0ca3' } }).theme;
    expect(dark.colors.buttonText).toBe('#ffffff');
    const explicit = resolveTheme('dark', { colors: { accent: '#ff0050', buttonBackground: '#00ff00', accentText: '#111111' } }).theme;
    expect(explicit.colors.buttonBackground).toBe('#00ff00');
    expect(explicit.colors.buttonText).toBe('#111111');
    // No accent override: presets are untouched; an invalid accent cascades nothing.
    expect(resolveTheme('dark', { colors: { text: '#ffffff' } }).theme.colors.buttonBackground).toBe(darkTheme.colors.buttonBackground);
    expect(resolveTheme('dark', { colors: { accent: 'nope' } }).theme.colors.buttonBackground).toBe(darkTheme.colors.buttonBackground);
  });

  it('THEME12 glows and outlines drawn in the accent follow a new accent (their own alpha kept); effects sent with it, other colours and an unchanged accent stay', () => {
    const base = resolveTheme('neon').theme;
    const red = resolveTheme('neon', { colors: { accent: '#ff0050' } }).theme;
    expect(parseColor(red.effects.buttonShadow!.color)).toEqual({ r: 255, g: 0, b: 80, a: parseColor(base.effects.buttonShadow!.color)!.a });
    expect(parseColor(red.effects.textShadow!.color)).toEqual({ r: 255, g: 0, b: 80, a: parseColor(base.effects.textShadow!.color)!.a });
    expect(red.effects.buttonShadow!.blur).toBe(base.effects.buttonShadow!.blur);
    // The card's magenta glow is not the accent: kept.
    expect(red.effects.cardShadow).toEqual(base.effects.cardShadow);
    // A glow the overrides send themselves is theirs, whichever group comes first.
    const own = { color: 'rgba(0, 229, 255, 0.2)', blur: 4, x: 0, y: 0 };
    expect(resolveTheme('neon', { effects: { buttonShadow: own }, colors: { accent: '#ff0050' } }).theme.effects.buttonShadow).toEqual(own);
    expect(resolveTheme('neon', { colors: { accent: '#ff0050' }, effects: { buttonShadow: own } }).theme.effects.buttonShadow).toEqual(own);
    // The same accent re-sent changes nothing.
    expect(resolveTheme('neon', { colors: { accent: '#00E5FF' } }).theme.effects).toEqual(base.effects);
  });

  it('THEME10 re-sending the accent the theme already has (however written) derives nothing: the preset stays as it is', () => {
    for (const name of ['light', 'neon', 'parchment'] as const) {
      const base = resolveTheme(name).theme;
      const upper = base.colors.accent.toUpperCase();
      const again = resolveTheme(name, { colors: { accent: upper } }).theme;
      expect(again.colors.buttonPressed, name).toBe(base.colors.buttonPressed);
      expect(again.colors.selfHighlight, name).toBe(base.colors.selfHighlight);
      expect(again.gradients, name).toEqual(base.gradients);
    }
  });

  it('THEME11 a colour the game changes drops the preset gradient of that colour (the accent cascade included); gradients sent with it are kept', () => {
    // Neon paints its buttons and the player's row with gradients of its own cyan and violet: a new accent must show.
    const accent = resolveTheme('neon', { colors: { accent: '#ff0050' } }).theme;
    expect(accent.colors.buttonBackground).toBe('#ff0050');
    expect(accent.gradients.buttonBackground).toBeUndefined();
    expect(accent.gradients.buttonPressed).toBeUndefined();
    expect(accent.gradients.selfHighlight).toBeUndefined();
    // Colours the accent does not reach keep their gradients.
    for (const token of ['background', 'surface', 'medalGold', 'medalSilver', 'medalBronze'] as const) expect(accent.gradients[token]).toEqual(neonTheme.gradients[token]);
    // Any colour token with a gradient: its own gradient goes, the others stay.
    const surface = resolveTheme('parchment', { colors: { surface: '#ffffff', medalGold: 'gold' } }).theme;
    expect(surface.gradients.surface).toBeUndefined();
    expect(surface.gradients.medalGold).toBeUndefined();
    expect(surface.gradients.background).toEqual(parchmentTheme.gradients.background);
    expect(surface.gradients.buttonBackground).toEqual(parchmentTheme.gradients.buttonBackground);
    // A gradient sent with the colour is the game's own: kept, whichever group comes first.
    const own = { from: '#ff4080', to: '#c00030' };
    for (const tokens of [{ colors: { accent: '#ff0050' }, gradients: { buttonBackground: own } }, { gradients: { buttonBackground: own }, colors: { accent: '#ff0050' } }]) {
      const t = resolveTheme('neon', tokens).theme;
      expect(t.gradients.buttonBackground).toEqual({ ...own, angle: 180 });
      expect(t.gradients.buttonPressed).toBeUndefined();
    }
    // Re-sending the preset's own colour changes nothing; a rejected colour drops nothing.
    expect(resolveTheme('neon', { colors: { surface: neonTheme.colors.surface } }).theme).toEqual(neonTheme);
    expect(resolveTheme('neon', { colors: { surface: 'nope' } }).theme.gradients).toEqual(neonTheme.gradients);
  });
});
