import { describe, expect, it } from 'vitest';
import { INITIAL_THEME_STATE, reduceTheme } from '../../src/protocol/index.js';
import type { PlainObject } from '../../src/protocol/index.js';

describe('the one theme reducer (both domains)', () => {
  it('PROTO12 a preset drops earlier overrides; tokens deep-merge, nested objects merge and anything else replaces', () => {
    let s = reduceTheme(INITIAL_THEME_STATE, { tokens: { colors: { accent: '#111111' } } });
    expect(s).toEqual({ preset: undefined, tokens: { colors: { accent: '#111111' } } });
    s = reduceTheme(s, { tokens: { colors: { text: '#222222' }, metrics: { rowHeight: 70 } } });
    expect(s.tokens).toEqual({ colors: { accent: '#111111', text: '#222222' }, metrics: { rowHeight: 70 } });
    s = reduceTheme(s, { tokens: { colors: { accent: '#333333' }, avatarShape: 'square' } });
    expect(s.tokens).toEqual({ colors: { accent: '#333333', text: '#222222' }, metrics: { rowHeight: 70 }, avatarShape: 'square' });
    s = reduceTheme(s, { preset: 'dark' });
    expect(s).toEqual({ preset: 'dark', tokens: undefined });
    s = reduceTheme(s, { preset: 'arcade', tokens: { colors: { accent: '#444444' } } });
    expect(s).toEqual({ preset: 'arcade', tokens: { colors: { accent: '#444444' } } });
  });

  it('PROTO12 pure: inputs are never changed and the result shares no object with them', () => {
    const base: PlainObject = { colors: { accent: '#111111' } };
    const patch: PlainObject = { colors: { text: '#222222' }, font: { family: 'Arial' } };
    const state = { preset: undefined, tokens: base };
    const next = reduceTheme(state, { tokens: patch });
    expect(base).toEqual({ colors: { accent: '#111111' } });
    expect(patch).toEqual({ colors: { text: '#222222' }, font: { family: 'Arial' } });
    expect(next.tokens!['colors']).not.toBe(base['colors']);
    expect(next.tokens!['font']).not.toBe(patch['font']);
    expect(state.tokens).toBe(base);
  });
});
