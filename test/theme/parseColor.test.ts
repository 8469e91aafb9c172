import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseColor, toCssColor, withAlpha } from '../../src/theme/index.js';

describe('parseColor', () => {
  it.each([
    ['#f00', { r: 255, g: 0, b: 0, a: 1 }],
    ['#F008', { r: 255, g: 0, b: 0, a: 0.533 }],
    ['#1a2b3c', { r: 26, g: 43, b: 60, a: 1 }],
    ['#1a2b3c80', { r: 26, g: 43, b: 60, a: 0.502 }],
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3, a: 1 }],
    ['rgba(1,2,3,0.5)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgb(1 2 3 / 25%)', { r: 1, g: 2, b: 3, a: 0.25 }],
    ['rgb(100%, 0%, 50%)', { r: 255, g: 0, b: 128, a: 1 }],
    ['hsl(0, 100%, 50%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['hsl(120deg 100% 25%)', { r: 0, g: 128, b: 0, a: 1 }],
    ['hsla(240, 100%, 50%, 0.5)', { r: 0, g: 0, b: 255, a: 0.5 }],
    ['hsl(-120, 100%, 50%)', { r: 0, g: 0, b: 255, a: 1 }],
    ['  White ', { r: 255, g: 255, b: 255, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['gold', { r: 255, g: 215, b: 0, a: 1 }],
  ])('THEME7 parses %j', (text, expected) => {
    expect(parseColor(text)).toEqual(expected);
  });

  it.each([
    ['#ff'],
    ['#12345'],
    ['#ggg'],
    ['red;'],
    ['rgb(256, 0, 0)'],
    ['rgb(-1, 0, 0)'],
    ['rgb(1, 2)'],
    ['rgb(1, 2, 3, 4, 5)'],
    ['rgba(1, 2, 3, 1.5)'],
    ['rgb(1, 2 3)'],
    ['rgb(1, 2, 3 / 1)'],
    ['hsl(0, 120%, 50%)'],
    ['hsl(10%, 50%, 50%)'],
    ['rebeccapurple'],
    ['constructor'],
    ['__proto__'],
    ['url(x)'],
    [''],
    [12],
    [null],
    [`#${'f'.repeat(100)}`],
  ])('THEME7 rejects %j', (text) => {
    expect(parseColor(text)).toBeUndefined();
  });

  it('THEME7 hex colours round-trip through toCssColor (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        expect(toCssColor(parseColor(hex)!)).toBe(hex);
      }),
    );
  });

  it('THEME8 withAlpha replaces the alpha, clamps it, and fades unparseable colours out', () => {
    expect(withAlpha('#161823', 0.3)).toBe('rgba(22, 24, 35, 0.3)');
    expect(withAlpha('rgba(1, 2, 3, 0.2)', 1)).toBe('#010203');
    expect(withAlpha({ r: 1, g: 2, b: 3, a: 1 }, 2)).toBe('#010203');
    expect(withAlpha('#fff', -1)).toBe('rgba(255, 255, 255, 0)');
    expect(withAlpha('rgba(1, 2, 3, 0.2)', Number.NaN)).toBe('rgba(1, 2, 3, 0.2)');
    expect(withAlpha('not a colour', 0.5)).toBe('rgba(0, 0, 0, 0)');
  });
});
