import { afterEach, describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { hasIntlSegmenter, splitGraphemes, splitGraphemesFallback } from '../../src/paint/index.js';

const CASES: Array<[string, string[]]> = [
  ['abc', ['a', 'b', 'c']],
  ['😀x', ['😀', 'x']],
  ['e\u0301a', ['e\u0301', 'a']],
  ['👨‍👩‍👧!', ['👨‍👩‍👧', '!']],
  ['👍🏽👍', ['👍🏽', '👍']],
  ['🇯🇵🇺🇸🇫', ['🇯🇵', '🇺🇸', '🇫']],
  ['1️⃣#️⃣', ['1️⃣', '#️⃣']],
  ['❤️a', ['❤️', 'a']],
  ['🏴󠁧󠁢󠁳󠁣󠁴󠁿z', ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'z']],
  ['你好', ['你', '好']],
  ['a\r\nb', ['a', '\r\n', 'b']],
  ['שָׁלוֹם', ['שָׁ', 'ל', 'וֹ', 'ם']],
  ['क्षि', ['क्षि']],
  ['\u1100\u1161\u11A8가', ['\u1100\u1161\u11A8', '가']],
  ['\u0600a', ['\u0600a']],
  ['🇯🇵\u0301🇺', ['🇯🇵\u0301', '🇺']],
  ['', []],
];

const UNITS = [
  'a', 'Z', ' ', '你', '한', '😀', '👍🏽', '👨‍👩‍👧', '👩🏽‍💻', '🇯🇵', '\u{1F1E6}', '1️⃣', 'e\u0301', '❤️', 'ش', '\u0301', '\u200D',
  '\r', '\n', '\u0007', 'क', '\u094D', 'ष', '\u093F', '\u0903', '\u1100', '\u1161', '\u11A8', '\uAC00', '\u0600', '\u0E33',
];

describe('splitGraphemes', () => {
  it('TEXT4 the fallback keeps marks, ZWJ sequences, skin tones, flags, keycaps and tags whole', () => {
    for (const [text, expected] of CASES) expect(splitGraphemesFallback(text)).toEqual(expected);
    expect(splitGraphemes('👨‍👩‍👧🇯🇵', { fallback: true })).toEqual(['👨‍👩‍👧', '🇯🇵']);
  });

  it('TEXT4 the Intl.Segmenter path gives the same clusters when the host has it', () => {
    expect(hasIntlSegmenter()).toBe(typeof Intl.Segmenter === 'function');
    for (const [text, expected] of CASES) expect(splitGraphemes(text)).toEqual(expected);
  });

  it('TEXT4 both paths agree and rejoin to the input for mixed strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const fallback = splitGraphemesFallback(text);
        expect(fallback.join('')).toBe(text);
        expect(fallback).toEqual(splitGraphemes(text));
      }),
    );
  });
});

describe('Intl.Segmenter use', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** A fresh copy of the module, with `Segmenter` standing in for the host's `Intl.Segmenter`. */
  async function loadWithSegmenter(Segmenter: unknown): Promise<typeof import('../../src/paint/splitGraphemes.js')> {
    vi.stubGlobal('Intl', { ...Intl, Segmenter });
    vi.resetModules();
    return import('../../src/paint/splitGraphemes.js');
  }

  /** A real Intl.Segmenter constructor that counts constructions. */
  function spySegmenter(): { Spy: unknown; created: ReturnType<typeof vi.fn> } {
    const Real = Intl.Segmenter;
    const created = vi.fn();
    const Spy = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Segmenter>) {
      created();
      return new Real(...args);
    };
    return { Spy, created };
  }

  it('TEXT18 Intl.Segmenter is created at first use, not at load, and only once', async () => {
    const { Spy, created } = spySegmenter();
    const m = await loadWithSegmenter(Spy);
    expect(created).not.toHaveBeenCalled();
    expect(m.splitGraphemes('a👨‍👩‍👧')).toEqual(['a', '👨‍👩‍👧']);
    expect(m.splitGraphemes('🇯🇵🇺🇸')).toEqual(['🇯🇵', '🇺🇸']);
    expect(m.hasIntlSegmenter()).toBe(true);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('TEXT18 a host whose Intl.Segmenter throws on construction gets the fallback', async () => {
    const Throwing = vi.fn(function () {
      throw new RangeError('Incorrect locale information provided');
    });
    const m = await loadWithSegmenter(Throwing);
    expect(m.splitGraphemes('क्षि👨‍👩‍👧🇯🇵')).toEqual(['क्षि', '👨‍👩‍👧', '🇯🇵']);
    expect(m.hasIntlSegmenter()).toBe(false);
    m.splitGraphemes('again');
    expect(Throwing).toHaveBeenCalledTimes(1);
  });

  it('TEXT18 a host without Intl.Segmenter gets the fallback', async () => {
    const m = await loadWithSegmenter(undefined);
    expect(m.hasIntlSegmenter()).toBe(false);
    expect(m.splitGraphemes('e\u0301👍🏽')).toEqual(['e\u0301', '👍🏽']);
  });

  it('TEXT20 Latin, CJK, kana and Hangul names are split without building an Intl.Segmenter, with the same clusters', async () => {
    const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const { Spy, created } = spySegmenter();
    const m = await loadWithSegmenter(Spy);
    const names = ['Ada Lovelace', 'Zoë Ångström-Łukasz', '王小明', 'さくら', 'カタカナ', '김민준', 'a\r\nb\u0000\u00ad\u007f', '{[ÿ]}'];
    for (const name of names) expect(m.splitGraphemes(name)).toEqual(Array.from(real.segment(name), (s) => s.segment));
    expect(created).not.toHaveBeenCalled();
    // Anything outside those ranges (a combining mark, an emoji, the combining voiced mark) uses the segmenter.
    expect(m.splitGraphemes('e\u0301')).toEqual(['e\u0301']);
    expect(m.splitGraphemes('か\u3099')).toEqual(['か\u3099']);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('TEXT20 property: every string of the fast-path ranges splits exactly as Intl.Segmenter does', () => {
    const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const ranges: Array<[number, number]> = [[0, 0x2ff], [0x4e00, 0x9fff], [0x3041, 0x3096], [0x30a1, 0x30fa], [0xac00, 0xd7a3]];
    let seed = 12345;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let t = 0; t < 2000; t++) {
      let text = '';
      const len = 1 + next(12);
      for (let i = 0; i < len; i++) {
        const [lo, hi] = ranges[next(ranges.length)]!;
        text += next(8) === 0 ? '\r\n' : String.fromCharCode(lo + next(hi - lo + 1));
      }
      expect(splitGraphemes(text)).toEqual(Array.from(real.segment(text), (s) => s.segment));
    }
  });
});
