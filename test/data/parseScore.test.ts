import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScore } from '../../src/data/index.js';

describe('parseScore', () => {
  it.each([
    ['12', 12],
    [' 3.5 ', 3.5],
    ['1e3', 1000],
    ['-4', -4],
    ['+7', 7],
    ['.5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['"42"', 42],
    ['{"score":42}', 42],
    ['{"value":"8"}', 8],
    ['{"wxgame":{"score":16,"update_time":1700000000}}', 16],
    ['{"ttgame":{"score":"5"}}', 5],
  ])('DATA12 accepts %j as %j', (input, expected) => {
    expect(parseScore(input)).toBe(expected);
  });

  it('DATA12 a JSON object may hold the score under the storage key', () => {
    expect(parseScore('{"best":77,"score":1}', { key: 'best' })).toBe(77);
    expect(parseScore('{"best":77}')).toBeUndefined();
  });

  it.each([
    [undefined],
    [''],
    ['   '],
    ['abc'],
    ['12abc'],
    ['0x10'],
    ['0b1'],
    ['1,234'],
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['1e400'],
    ['null'],
    ['true'],
    ['[1]'],
    ['{"score":"x"}'],
    ['{"other":1}'],
    ['{"score":'],
    ['""'],
    [`{"score":1${' '.repeat(2000)}}`],
  ])('DATA13 rejects %j (no score, never 0)', (input) => {
    expect(parseScore(input)).toBeUndefined();
  });

  it('DATA13 a finite number passes through; non-finite numbers and other types do not', () => {
    expect(parseScore(5)).toBe(5);
    expect(parseScore(Number.NaN)).toBeUndefined();
    expect(parseScore(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseScore(null)).toBeUndefined();
    expect(parseScore({ score: 1 })).toBeUndefined();
  });

  it('DATA13 never returns NaN, ±Infinity or -0 (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.double().map(String), fc.anything()), (value) => {
        const n = parseScore(value, { key: 'score' });
        if (n !== undefined) {
          expect(Number.isFinite(n)).toBe(true);
          expect(Object.is(n, -0)).toBe(false);
        }
      }),
    );
  });

  it('DATA12 round-trips every finite double written with String() (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        expect(parseScore(String(d))).toBe(d + 0);
      }),
    );
  });
});
