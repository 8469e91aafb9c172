import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { AVATAR_PALETTE, drawPlaceholderAvatar, placeholderAvatar } from '../../src/images/index.js';
import { initialsOf } from '../../src/images/placeholderAvatar.js';
import { createPrng } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import { fontString, splitGraphemes } from '../../src/paint/index.js';

// The real paint helpers behind spies (the paint door re-exports them), to count per-paint work.
vi.mock('../../src/paint/fontString.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/paint/fontString.js')>();
  return { ...actual, fontString: vi.fn(actual.fontString) };
});
vi.mock('../../src/paint/splitGraphemes.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/paint/splitGraphemes.js')>();
  return { ...actual, splitGraphemes: vi.fn(actual.splitGraphemes) };
});

/** WCAG 2 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('placeholderAvatar', () => {
  it('IMG13 the colour is a deterministic function of the id, from the palette', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (id, name1, name2) => {
        const a = placeholderAvatar(id === '' ? 'x' : id, name1);
        const b = placeholderAvatar(id === '' ? 'x' : id, name2);
        expect(a.background).toBe(b.background);
        expect(AVATAR_PALETTE).toContain(a.background);
        expect(a.foreground).toBe('#FFFFFF');
      }),
    );
    const colours = new Set(Array.from({ length: 200 }, (_, i) => placeholderAvatar(`openid-${i}`, '').background));
    expect(colours.size).toBeGreaterThanOrEqual(10);
  });

  it('IMG13 every palette colour has at least 3:1 contrast with white text', () => {
    expect(AVATAR_PALETTE.length).toBe(12);
    for (const colour of AVATAR_PALETTE) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('IMG14 initials: two Latin words upper-cased, one CJK character, one whole emoji, else ?', () => {
    const initials = (name: string) => placeholderAvatar('id', name).initials;
    expect(initials('ada lovelace')).toBe('AL');
    expect(initials('  Émile   zola  king ')).toBe('ÉZ');
    expect(initials('madonna')).toBe('M');
    expect(initials('(bob) [smith]')).toBe('BS');
    expect(initials('张伟')).toBe('张');
    expect(initials('김민준')).toBe('김');
    expect(initials('👨‍👩‍👧 family')).toBe('👨‍👩‍👧');
    expect(initials('🇯🇵')).toBe('🇯🇵');
    expect(initials('Tom 汤姆')).toBe('T');
    expect(initials('straße')).toBe('S');
    expect(initials('ßa')).toBe('ß');
    expect(initials('')).toBe('?');
    expect(initials('   ')).toBe('?');
    expect(initials('!!!')).toBe('?');
    expect(placeholderAvatar('id', undefined as unknown as string).initials).toBe('?');
  });

  it('IMG14 the common names\' shortcut (ASCII, Latin, Greek and Cyrillic letters, digits, plain CJK) gives the initials the full grapheme path gives (property)', () => {
    const parts = ['a', 'Z', '7', 'é', 'e\u0301', 'ß', '张', 'か', 'か\u3099', 'カ', 'ー', '김', '👨\u200D👩', '❤\uFE0F', '1\uFE0F\u20E3', '🇯🇵', '!', '(', ' ', '  ', '\u200D', '\u0301', 'x\u200D', 'q\uFE0F',
      'Ł', 'ł', 'ŉ', 'ǰ', 'ǅ', 'ǀ', '×', '÷', 'Ж', 'ж', 'Ё', 'Ω', 'ω', 'ς', '\u03A2', 'Ж\u0301', 'Ω\u0308', '\u0483', 'Ł\uFE0F', '<', '#', '*', '#\uFE0F\u20E3', '*\uFE0F', '<b>', '(', '\u00A9'];
    const random = createPrng(14);
    for (let i = 0; i < 3000; i++) {
      let name = '';
      const length = 1 + Math.floor(random() * 6);
      for (let k = 0; k < length; k++) name += parts[Math.floor(random() * parts.length)];
      expect(initialsOf(name), JSON.stringify(name)).toBe(initialsOf(name, false));
    }
    expect(initialsOf('ada lovelace')).toBe('AL');
  });

  it('IMG14 an empty id falls back to the name for the colour', () => {
    expect(placeholderAvatar('', 'Ann').background).toBe(placeholderAvatar('Ann', 'x').background);
  });
});

describe('drawPlaceholderAvatar', () => {
  it('IMG15 fills the shape in the background colour and centres the initials', () => {
    const ctx = createMockCanvas(100, 100).getContext('2d');
    const p = placeholderAvatar('id-1', 'Ada Lovelace');
    drawPlaceholderAvatar(ctx, 10, 20, 40, 'circle', p, 'Helvetica Neue');
    expect(vi.mocked(ctx.arc).mock.calls).toEqual([[30, 40, 20, 0, Math.PI * 2]]);
    expect(vi.mocked(ctx.fill).mock.calls.length).toBe(1);
    expect(vi.mocked(ctx.fillText).mock.calls).toEqual([['AL', 30, 40, 32]]);
    expect(vi.mocked(ctx.save).mock.calls.length).toBe(vi.mocked(ctx.restore).mock.calls.length);
    const fills = ctx.__getDrawCalls().filter((c) => c.type === 'fill');
    expect(fills.length).toBe(1);
  });

  it('IMG15 the initials font is sized by graphemes: one unit, one emoji, a letter with its mark are one; two letters are two', () => {
    const sizes = (initials: string): number => {
      const ctx = createMockCanvas(100, 100).getContext('2d');
      drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', { background: '#000000', foreground: '#ffffff', initials }, 'sans-serif');
      const fonts = ctx.__getEvents().filter((e) => e.type === 'font').map((e) => String((e.props as { value: unknown }).value));
      return Number(/([\d.]+)px/.exec(fonts[fonts.length - 1]!)![1]);
    };
    const one = sizes('A');
    const two = sizes('AL');
    expect(one).toBeGreaterThan(two);
    for (const single of ['张', 'Ł', '👨\u200D👩\u200D👧', '🇯🇵', 'e\u0301', 'Ж']) expect(sizes(single), single).toBe(one);
    for (const pair of ['ŁŻ', 'ЖA', 'e\u0301A', '张A']) expect(sizes(pair), pair).toBe(two);
  });

  it('IMG15 rounded and square shapes use a round rect; a bad size draws nothing', () => {
    const ctx = createMockCanvas(100, 100).getContext('2d');
    const p = placeholderAvatar('id-1', '张伟');
    drawPlaceholderAvatar(ctx, 0, 0, 50, 'rounded', p, 'sans-serif');
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(4);
    expect(vi.mocked(ctx.arc).mock.calls[0]?.[2]).toBe(10);
    drawPlaceholderAvatar(ctx, 0, 0, 50, 'square', p, 'sans-serif');
    expect(vi.mocked(ctx.arc).mock.calls.length).toBe(4);
    drawPlaceholderAvatar(ctx, 0, 0, 0, 'square', p, 'sans-serif');
    drawPlaceholderAvatar(ctx, 0, 0, Number.NaN, 'circle', p, 'sans-serif');
    expect(vi.mocked(ctx.fill).mock.calls.length).toBe(2);
    expect(vi.mocked(ctx.fillText).mock.calls.map((c) => c[0])).toEqual(['张', '张']);
  });
});

describe('drawPlaceholderAvatar paint cost', () => {
  it('IMG18 with a caller-owned memo, repainting a placeholder derives its initials font once; size, family or initials changes update it', () => {
    const ctx = createMockCanvas(100, 100).getContext('2d');
    const fonts: string[] = [];
    vi.mocked(ctx.fillText).mockImplementation(() => fonts.push(ctx.font));
    const p = { ...placeholderAvatar('id-1', 'Ada Lovelace') }; // a copy: results are frozen and shared
    const built = vi.mocked(fontString);
    const split = vi.mocked(splitGraphemes);
    built.mockClear();
    split.mockClear();
    const memo = {};
    for (let i = 0; i < 100; i++) drawPlaceholderAvatar(ctx, 0, 0, 50, 'circle', p, 'sans-serif', memo);
    expect(built).toHaveBeenCalledTimes(1);
    expect(split.mock.calls.length).toBeLessThanOrEqual(1);
    expect(new Set(fonts)).toEqual(new Set(['bold 19px sans-serif'])); // 50 × 0.38 for two initials
    fonts.length = 0;
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', p, 'sans-serif', memo);
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', p, 'serif', memo);
    p.initials = 'A';
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', p, 'serif', memo);
    expect(fonts).toEqual(['bold 38px sans-serif', 'bold 38px serif', 'bold 46px serif']);
    // Another placeholder drawn through the same memo is still right; without a memo nothing is kept.
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', placeholderAvatar('id-2', 'Bo'), 'serif', memo);
    expect(fonts.at(-1)).toBe('bold 46px serif');
    built.mockClear();
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', p, 'serif');
    drawPlaceholderAvatar(ctx, 0, 0, 100, 'circle', p, 'serif');
    expect(built).toHaveBeenCalledTimes(2);
  });

  it('IMG21 the same id and name give the same frozen placeholder without deriving it again; a 4,000-character name costs a bounded scan', () => {
    const split = vi.mocked(splitGraphemes);
    const a = placeholderAvatar('id-cache', 'Grace Hopper');
    split.mockClear();
    const b = placeholderAvatar('id-cache', 'Grace Hopper');
    expect(b).toBe(a);
    expect(Object.isFrozen(b)).toBe(true);
    expect(split).not.toHaveBeenCalled();
    expect(placeholderAvatar('id-cache', 'Grace Brewster Hopper')).toEqual({ ...a, initials: 'GB' });
    split.mockClear();
    const long = `${'x'.repeat(4000)} ${'y'.repeat(10)}`;
    expect(placeholderAvatar('id-long', long).initials).toBe('XY');
    for (const [arg] of split.mock.calls) expect(String(arg).length).toBeLessThanOrEqual(64);
  });
  it('IMG22 initials of names with emoji, Arabic or combining marks, and drawing them, segment nothing with the host Intl.Segmenter', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const names: readonly string[] = ['😀 Anna', 'Bob 👨‍👩‍👧', 'مريم', 'e\u0301mile zoe\u0308', '🇯🇵 東京', '👍🏽'];
      const ctx = createMockCanvas().getContext('2d');
      names.forEach((name, i) => drawPlaceholderAvatar(ctx, 0, 0, 40, 'circle', placeholderAvatar(`img22-${i}`, name), 'sans-serif'));
      expect(placeholderAvatar('img22-0', names[0]!).initials).toBe('😀');
      expect(placeholderAvatar('img22-1', names[1]!).initials).toBe('B');
      expect(placeholderAvatar('img22-3', names[3]!).initials).toBe('E\u0301Z');
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });
});
