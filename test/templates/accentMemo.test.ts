import { describe, expect, it } from 'vitest';
import { darkTheme, resolveTheme } from '../../src/index.js';
import { selfRowBackground, shareButtonShades } from '../../templates/shared/accentShades.js';

describe('accent shades are derived once per theme', () => {
  it('FIT10 the same theme object gives the same shades without deriving them again; a changed theme gives its own', () => {
    const a = shareButtonShades(darkTheme);
    expect(shareButtonShades(darkTheme)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const green = resolveTheme('dark', { colors: { accent: '#00c853' } }).theme;
    const b = shareButtonShades(green);
    expect(b).not.toBe(a);
    expect(shareButtonShades(green)).toBe(b);
    expect(selfRowBackground(green)).toBe(selfRowBackground(green));
    // The memo changes nothing but the cost: equal themes derive equal shades.
    expect(shareButtonShades(resolveTheme('dark', { colors: { accent: '#00c853' } }).theme)).toEqual(b);
  });
});
