import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, generateFriends, type RawFriend } from '../../src/testing/index.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const RTL = /[\u0590-\u06ff]/;

const nameOf = (f: RawFriend): string | undefined => f.nickname ?? f.nickName ?? f.displayName ?? f.display_name;
const avatarOf = (f: RawFriend): string | undefined => f.avatarUrl ?? f.avatar_url;
const valuesOf = (f: RawFriend) => f.KVDataList ?? f.data ?? [];

describe('generateFriends', () => {
  it('SIM13 is deterministic for a seed and differs across seeds; never uses Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    try {
      expect(generateFriends(100, { seed: 42 })).toEqual(generateFriends(100, { seed: 42 }));
      expect(generateFriends(100, { seed: 42 })).not.toEqual(generateFriends(100, { seed: 43 }));
      expect(generateFriends(100, { seed: 5, shapes: 'mixed' })).toEqual(generateFriends(100, { seed: 5, shapes: 'mixed' }));
    } finally {
      Math.random = original;
    }
  });

  it('SIM14 meets the requested ratios exactly (rounded) for any count and ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer(),
        (count, cjkRatio, missingNameRatio, seed) => {
          const friends = generateFriends(count, { seed, cjkRatio, missingNameRatio, missingAvatarRatio: missingNameRatio, rtlRatio: 0 });
          expect(friends).toHaveLength(count);
          const names = friends.map(nameOf);
          expect(names.filter((n) => n === undefined).length).toBe(Math.round(count * missingNameRatio));
          expect(names.filter((n) => n !== undefined && CJK.test(n)).length).toBe(Math.round(count * cjkRatio));
          // Unnamed (unauthorised) friends are exactly the ones without avatars here.
          friends.forEach((f, i) => expect(avatarOf(f) === undefined).toBe(names[i] === undefined));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('SIM14 defaults: 60% CJK, some RTL, long names up to 200 chars, emoji, quotes, string scores, bad and missing scores', () => {
    const friends = generateFriends(1000, { seed: 3 });
    const names = friends.map(nameOf).filter((n): n is string => n !== undefined);
    expect(names.filter((n) => CJK.test(n)).length).toBe(600);
    expect(names.filter((n) => RTL.test(n)).length).toBe(30);
    const long = names.filter((n) => n.length >= 120);
    expect(long.length).toBe(20);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(200);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect(names.some((n) => /["'<&]/.test(n))).toBe(true);
    expect(new Set(friends.map((f) => f.openid)).size).toBe(1000);
    const scores = friends.map((f) => valuesOf(f).find((kv) => kv.key === 'score')?.value);
    expect(scores.every((v) => v === undefined || typeof v === 'string')).toBe(true);
    expect(scores.filter((v) => v === undefined).length).toBe(50);
    expect(scores.filter((v) => v !== undefined && !/^\d+$/.test(v)).length).toBe(30);
    expect(avatarOf(friends.find((f) => avatarOf(f) !== undefined)!)).toMatch(/^sim:\/\/avatar\/\d+\.png$/);
  });

  it('SIM15 canonical records use openid/nickname/avatarUrl/KVDataList; mixed records use every spelling', () => {
    const canonical = generateFriends(200, { seed: 9 });
    const keys = new Set(canonical.flatMap((f) => Object.keys(f)));
    expect([...keys].sort()).toEqual(['KVDataList', 'avatarUrl', 'nickname', 'openid']);
    const mixed = generateFriends(400, { seed: 9, shapes: 'mixed', scoreKey: 'level' });
    const mixedKeys = new Set(mixed.flatMap((f) => Object.keys(f)));
    for (const k of ['openid', 'openId', 'open_id', 'nickname', 'nickName', 'displayName', 'display_name', 'avatarUrl', 'avatar_url', 'KVDataList', 'data']) {
      expect(mixedKeys.has(k)).toBe(true);
    }
    expect(mixed.every((f) => valuesOf(f).every((kv) => kv.key === 'level'))).toBe(true);
  });

  it('SIM14 withScores: false gives empty value lists; bad arguments throw RangeError', () => {
    expect(generateFriends(10, { withScores: false }).every((f) => valuesOf(f).length === 0)).toBe(true);
    expect(() => generateFriends(-1)).toThrow(RangeError);
    expect(() => generateFriends(1.5)).toThrow(RangeError);
    expect(() => generateFriends(10, { cjkRatio: 1.2 })).toThrow(/cjkRatio/);
  });

  it('SIM13 createPrng gives the same sequence in [0, 1) for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createPrng(seed);
        const b = createPrng(seed);
        for (let i = 0; i < 20; i++) {
          const v = a();
          expect(v).toBe(b());
          expect(v >= 0 && v < 1).toBe(true);
        }
      }),
    );
  });
});
