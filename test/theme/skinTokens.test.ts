import { describe, expect, it } from 'vitest';
import { FALLBACK_FONT_STACK } from '../../src/theme/constants.js';
import { darkTheme, resolveTheme, themePresets, withFallbackFonts } from '../../src/theme/index.js';
import type { ThemeOverrides } from '../../src/theme/index.js';

const SLICE = { top: 12, right: 12, bottom: 12, left: 12 };

describe('image skin tokens', () => {
  it('SKIN1 image tokens take a URL or {src, slice}; medals are {1, 2, 3}; null removes; all-zero insets mean a stretched image', () => {
    const { theme, errors } = resolveTheme('dark', {
      images: {
        panel: { src: 'skins/panel.png', slice: SLICE },
        header: ' https://cdn.example/header.png ',
        row: { src: 'skins/row.png', slice: { top: 0, right: 0, bottom: 0, left: 0 } },
        rowSelf: { src: 'skins/self.png', slice: { left: 8 } },
        medals: { 1: 'm1.png', 3: { src: 'm3.png' } },
      },
    } satisfies ThemeOverrides);
    expect(errors).toEqual([]);
    expect(theme.images).toEqual({
      panel: { src: 'skins/panel.png', slice: SLICE },
      header: { src: 'https://cdn.example/header.png' },
      row: { src: 'skins/row.png' },
      rowSelf: { src: 'skins/self.png', slice: { top: 0, right: 0, bottom: 0, left: 8 } },
      medals: { 1: { src: 'm1.png' }, 3: { src: 'm3.png' } },
    });
    // Messages carry medal ranks as string keys; null and '' remove an image set before.
    const next = resolveTheme(theme, { images: { panel: null, header: '', medals: { '1': null, '3': null } } });
    expect(next.errors).toEqual([]);
    expect(next.theme.images).toEqual({ row: { src: 'skins/row.png' }, rowSelf: theme.images.rowSelf });
  });

  it('SKIN2 a bad image value is reported and ignored; the other tokens still apply', () => {
    const { theme, errors } = resolveTheme('light', {
      images: {
        panel: { src: 'p.png', slice: { top: -1 } },
        header: { src: 'h.png', slice: { top: Number.NaN } },
        row: { src: '' },
        rowAlt: 42,
        rowSelf: { src: 's.png', slice: { middle: 3 } },
        button: { src: 'b.png', scale: 2 },
        buttonPressed: { src: 'p.png', slice: 'all' },
        avatarFrame: { src: 'f.png', slice: { top: 5000 } },
        medals: { 4: 'm4.png', 2: 'm2.png' },
        banner: 'x.png',
      },
      colors: { accent: '#123456' },
    });
    expect(errors).toEqual([
      'theme.images.panel: slice.top: -1 is not a number from 0 to 4096 source px (ignored)',
      'theme.images.header: slice.top: NaN is not a number from 0 to 4096 source px (ignored)',
      'theme.images.row: "" is not an image source (a URL or package path of 1-65536 characters) (ignored)',
      'theme.images.rowAlt: 42 is not an image source (a URL or package path of 1-65536 characters) (ignored)',
      'theme.images.rowSelf: slice: unknown side "middle" (expected top, right, bottom, left) (ignored)',
      'theme.images.button: unknown key "scale" in an image (expected src, slice) (ignored)',
      'theme.images.buttonPressed: slice: expected {top, right, bottom, left}, got "all" (ignored)',
      'theme.images.avatarFrame: slice.top: 5000 is not a number from 0 to 4096 source px (ignored)',
      'theme.images.medals.4: unknown token (ignored)',
      'theme.images.banner: unknown token (ignored)',
    ]);
    expect(theme.images).toEqual({ medals: { 2: { src: 'm2.png' } } });
    expect(theme.colors.accent).toBe('#123456');
  });

  it('SKIN3 gradients and effects are validated and normalised (colours, angle in 0-360, missing numbers 0); bad ones are reported and ignored', () => {
    const { theme, errors } = resolveTheme('light', {
      gradients: { background: { from: 'red', to: '#00f', angle: -90 }, buttonBackground: { from: '#fff', to: '#000' }, surface: { from: 'nope', to: '#000' }, text: { from: '#fff', to: '#000' } },
      effects: {
        cardShadow: { color: 'rgba(0,0,0,0.5)', blur: 12, y: 4 },
        textStroke: { color: '#000', width: 2 },
        textShadow: { color: '#000', blur: 100 },
        buttonBorder: { color: '#000' },
        glow: { color: '#fff' },
      },
    });
    expect(theme.gradients).toEqual({ background: { from: '#ff0000', to: '#0000ff', angle: 270 }, buttonBackground: { from: '#ffffff', to: '#000000', angle: 180 } });
    expect(theme.effects).toEqual({ cardShadow: { color: 'rgba(0, 0, 0, 0.5)', blur: 12, x: 0, y: 4 }, textStroke: { color: '#000000', width: 2 } });
    expect(errors).toEqual([
      'theme.gradients.surface: from: "nope" is not a supported colour (ignored)',
      'theme.gradients.text: unknown token (ignored)',
      'theme.effects.textShadow: blur: 100 is not a number from 0 to 64 px (ignored)',
      'theme.effects.buttonBorder: width: undefined is not a number from 0 to 16 px (ignored)',
      'theme.effects.glow: unknown token (ignored)',
    ]);
    expect(resolveTheme(theme, { effects: { cardShadow: null }, gradients: { background: null } }).theme).toMatchObject({ effects: { textStroke: { width: 2 } }, gradients: { buttonBackground: { angle: 180 } } });
    expect(resolveTheme(theme, { effects: { cardShadow: null } }).theme.effects.cardShadow).toBeUndefined();
  });

  it('SKIN4 skin groups are frozen deep, presets resolve to themselves, and non-object groups are reported', () => {
    const { theme } = resolveTheme('neon', { images: { panel: { src: 'p.png', slice: SLICE }, medals: { 1: 'a.png' } } });
    expect(Object.isFrozen(theme.images) && Object.isFrozen(theme.images.panel) && Object.isFrozen(theme.images.panel?.slice)).toBe(true);
    expect(Object.isFrozen(theme.images.medals) && Object.isFrozen(theme.gradients.background) && Object.isFrozen(theme.effects.cardShadow)).toBe(true);
    for (const preset of Object.values(themePresets)) expect(resolveTheme('light', preset)).toEqual({ theme: preset, errors: [] });
    expect(resolveTheme('dark', { images: 'x.png', gradients: [], effects: 3 }).errors).toEqual([
      'theme.images: expected an object, got "x.png" (ignored)',
      'theme.gradients: expected an object, got an array (ignored)',
      'theme.effects: expected an object, got 3 (ignored)',
    ]);
    expect(darkTheme.images).toEqual({});
  });
});

describe('font fallback', () => {
  it('FONT1 a family list without a generic family gets the fallback stack appended; one that ends in a generic family is kept', () => {
    expect(withFallbackFonts("'Lilita One'")).toBe(`'Lilita One', ${FALLBACK_FONT_STACK}`);
    expect(withFallbackFonts('tmp_font_1a2b')).toBe(`tmp_font_1a2b, ${FALLBACK_FONT_STACK}`);
    expect(withFallbackFonts("'Game Font', serif")).toBe("'Game Font', serif");
    expect(withFallbackFonts('Georgia, SANS-SERIF ')).toBe('Georgia, SANS-SERIF ');
    expect(resolveTheme('light', { font: { family: 'GameFont' } }).theme.font.family).toBe(`GameFont, ${FALLBACK_FONT_STACK}`);
    for (const preset of Object.values(themePresets)) expect(withFallbackFonts(preset.font.family)).toBe(preset.font.family);
  });
});
