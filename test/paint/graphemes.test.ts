import { describe, it, expect } from 'vitest';
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
  ['', []],
];

const UNITS = ['a', 'Z', ' ', '你', '한', '😀', '👍🏽', '👨‍👩‍👧', '🇯🇵', '1️⃣', 'e\u0301', '❤️', 'ش', '\u0301'];

describe('splitGraphemes', () => {
  it('TEXT4 the fallback keeps marks, ZWJ sequences, skin tones, flags, keycaps and tags whole', () => {
    for (const [text, expected] of CASES) expect(splitGraphemesFallback(text)).toEqual(expected);
    expect(splitGraphemes('👨‍👩‍👧🇯🇵', { fallback: true })).toEqual(['👨‍👩‍👧', '🇯🇵']);
  });

  it('TEXT4 the Intl.Segmenter path gives the same clusters when the host has it', () => {
    expect(hasIntlSegmenter).toBe(typeof Intl.Segmenter === 'function');
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
