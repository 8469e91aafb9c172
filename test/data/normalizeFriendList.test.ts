import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PLACEHOLDER_NAME, normalizeFriendList, sanitizeNickname, type Friend } from '../../src/data/index.js';
import { MAX_FRIENDS, MAX_RAW_NICKNAME_CODE_UNITS, MAX_VALUES_PER_FRIEND } from '../../src/data/constants.js';

const record = { openid: 'o1', nickname: 'Ana', avatarUrl: 'https://a.example/1.png', KVDataList: [{ key: 'score', value: '10' }] };

function only(raw: unknown): Friend {
  const { friends } = normalizeFriendList(raw);
  expect(friends).toHaveLength(1);
  return friends[0]!;
}

describe('normalizeFriendList shapes', () => {
  it.each([
    ['res.data', { data: [record] }],
    ['res.KVDataList', { KVDataList: [record] }],
    ['res.users', { users: [record] }],
    ['res itself', [record]],
    ['one extra wrapper', { data: { data: [record] } }],
  ])('DATA1 finds the list at %s', (_label, raw) => {
    const f = only(raw);
    expect(f.openid).toBe('o1');
    expect(f.nickname).toBe('Ana');
    expect(f.values.score).toBe('10');
  });

  it('DATA1 reports a result with no list and returns no friends', () => {
    const { friends, warnings } = normalizeFriendList({ errMsg: 'ok' });
    expect(friends).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no list found/);
  });

  it.each([
    [{ openId: 'x', nickName: 'N', avatar_url: 'https://h/a.png', data: [{ key: 'k', value: 'v' }] }],
    [{ open_id: 'x', displayName: 'N', avatarUrl: 'https://h/a.png', KVDataList: [{ key: 'k', value: 'v' }] }],
    [{ openid: 'x', display_name: 'N', avatar_url: 'https://h/a.png', data: [{ key: 'k', value: 'v' }] }],
  ])('DATA2 reads every field alias (%#)', (raw) => {
    const f = only([raw]);
    expect(f).toMatchObject({ openid: 'x', nickname: 'N', hasName: true, avatarUrl: 'https://h/a.png' });
    expect(f.values.k).toBe('v');
  });

  it('DATA2 an empty alias falls through to the next usable one', () => {
    const f = only([{ openid: '', openId: 'real', nickname: '   ', nickName: 'Bo' }]);
    expect(f.openid).toBe('real');
    expect(f.nickname).toBe('Bo');
  });
});

describe('normalizeFriendList records', () => {
  it('DATA3 drops non-objects and records without a usable id, counting them without friend data', () => {
    const secret = 'SECRET_NAME';
    const { friends, warnings } = normalizeFriendList([
      null,
      42,
      'str',
      [record],
      { nickname: secret },
      { openid: '   ', nickname: secret },
      { openid: { nested: true }, nickname: secret },
      { openid: 'x'.repeat(300), nickname: secret },
      record,
    ]);
    expect(friends.map((f) => f.openid)).toEqual(['o1']);
    expect(warnings).toEqual([
      'friend list: 4 records dropped: not a readable object',
      'friend list: 4 records dropped: no usable openid',
    ]);
    expect(warnings.join(' ')).not.toContain(secret);
  });

  it('DATA3 accepts integer ids and converts them to strings', () => {
    expect(only([{ openid: 12345 }]).openid).toBe('12345');
    expect(normalizeFriendList([{ openid: 1.5 }]).friends).toEqual([]);
  });

  it('DATA4 keeps the first of duplicate openids', () => {
    const { friends, warnings } = normalizeFriendList([
      { openid: 'a', nickname: 'first' },
      { openid: 'b', nickname: 'other' },
      { openId: 'a', nickname: 'second' },
    ]);
    expect(friends.map((f) => f.nickname)).toEqual(['first', 'other']);
    expect(warnings).toEqual(['friend list: 1 record dropped: duplicate openid (first kept)']);
  });

  it('DATA5 a friend without a name gets the placeholder and hasName false', () => {
    const f = only([{ openid: 'a', nickname: 7 }]);
    expect(f.nickname).toBe(DEFAULT_PLACEHOLDER_NAME);
    expect(f.hasName).toBe(false);
    expect(f.avatarUrl).toBeUndefined();
    expect(normalizeFriendList([{ openid: 'a' }], { placeholderName: ' Player ' }).friends[0]!.nickname).toBe('Player');
    expect(normalizeFriendList([{ openid: 'a' }], { placeholderName: '\u0000' }).friends[0]!.nickname).toBe(DEFAULT_PLACEHOLDER_NAME);
  });

  it.each([
    ['https://cdn.example/a.png', 'https://cdn.example/a.png'],
    ['  http://cdn.example/a.png ', 'http://cdn.example/a.png'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ['sim:avatar/3', 'sim:avatar/3'],
    ['ttfile://temp/a.png', 'ttfile://temp/a.png'],
    ['images/a.png', 'images/a.png'],
    ['/images/a.png', '/images/a.png'],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['data:text/html,<b>', undefined],
    ['//cdn.example/a.png', undefined],
    ['https://cdn.example/a b.png', undefined],
    ['https://cdn.example/\u0000.png', undefined],
    ['https://', undefined],
  ])('DATA6 avatar %j becomes %j', (avatarUrl, expected) => {
    expect(only([{ openid: 'a', avatarUrl }]).avatarUrl).toBe(expected);
  });

  it('DATA7 nicknames are trimmed, whitespace collapsed, controls and bidi overrides removed', () => {
    expect(sanitizeNickname('  Ana \n\t Bo  ')).toBe('Ana Bo');
    expect(sanitizeNickname('A\u0000\u0007B\u202Eevil\u2066')).toBe('ABevil');
    expect(sanitizeNickname('\uD800lone\uDC00')).toBe('lone');
    expect(sanitizeNickname('a\u{1F600}b\uDC00c\uD800\uD800d\uD83D')).toBe('a\u{1F600}bcd');
    const paired = 'x\u{1F600}\u{1F3C6}y';
    expect(sanitizeNickname(paired)).toBe(paired);
    expect(sanitizeNickname('\u200D\uFE0F\u0301')).toBe('');
    // ZWJ family and a flag keep their joiners and selectors.
    expect(sanitizeNickname('\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u2764\uFE0F \u{1F1EF}\u{1F1F5}')).toBe(
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u2764\uFE0F \u{1F1EF}\u{1F1F5}',
    );
    expect(sanitizeNickname(['x'])).toBe('');
  });

  it('DATA8 nicknames are capped at 200 clusters without splitting surrogate pairs or emoji', () => {
    expect(sanitizeNickname('a'.repeat(500))).toHaveLength(200);
    const emoji = '\u{1F600}'.repeat(300);
    expect(Array.from(sanitizeNickname(emoji))).toHaveLength(200);
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(sanitizeNickname(family.repeat(150))).toBe(family.repeat(125)); // the 1000 code-unit cap
    expect(sanitizeNickname(('x' + family).repeat(150))).toBe(('x' + family).repeat(100));
    const accented = 'e\u0301';
    expect(sanitizeNickname(accented.repeat(250))).toBe(accented.repeat(200));
    expect(sanitizeNickname('a' + '\u0301'.repeat(5000)).length).toBeLessThanOrEqual(1000);
  });

  it('DATA8 no cut ever leaves a lone surrogate (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const out = sanitizeNickname(s);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(out).toBe(out.trim());
      }),
    );
  });

  it('DATA9 values keep string keys and string or finite number values; the first key wins', () => {
    const f = only([
      {
        openid: 'a',
        KVDataList: [
          { key: 'score', value: '10' },
          { key: 'score', value: '99' },
          { key: 'level', value: 3 },
          { key: 'nan', value: Number.NaN },
          { key: 'obj', value: { x: 1 } },
          { key: 5, value: '1' },
          { key: '', value: '1' },
          'junk',
          null,
        ],
      },
    ]);
    expect({ ...f.values }).toEqual({ score: '10', level: '3' });
  });

  it('DATA10 a __proto__ key is plain data and Object.prototype stays clean', () => {
    const raw = JSON.parse(
      '{"data":[{"openid":"a","__proto__":{"polluted":1},"KVDataList":[{"key":"__proto__","value":"x"},{"key":"constructor","value":"y"}]}]}',
    ) as unknown;
    const f = only(raw);
    expect(f.values['__proto__']).toBe('x');
    expect(f.values.constructor).toBe('y');
    expect(Object.getPrototypeOf(f.values)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.values)).toBe(true);
  });

  it('DATA11 never throws on arbitrary input and returns well-formed friends (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (raw) => {
        const { friends, warnings } = normalizeFriendList(raw);
        expect(Array.isArray(warnings)).toBe(true);
        for (const f of friends) {
          expect(typeof f.openid).toBe('string');
          expect(typeof f.nickname).toBe('string');
          expect(f.nickname.length).toBeGreaterThan(0);
        }
      }),
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('DATA11 a record whose only id throws is dropped, not thrown; an unreadable result gives one warning', () => {
    const hostile = Object.defineProperty({}, 'openid', {
      enumerable: true,
      get(): never {
        throw new Error('boom');
      },
    });
    const { friends, warnings } = normalizeFriendList([hostile, record]);
    expect(friends).toHaveLength(1);
    expect(warnings).toEqual([
      'friend list: 1 record dropped: no usable openid',
      'friend list: 1 record with unreadable fields (those fields skipped)',
    ]);
    const hostileRoot = Object.defineProperty({}, 'data', {
      get(): never {
        throw new Error('boom');
      },
    });
    expect(normalizeFriendList(hostileRoot)).toEqual({ friends: [], warnings: ['friend list: the result could not be read'] });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalizeFriendList([proxy, record]).friends).toHaveLength(1);
  });

  it('DATA11 normalising well-formed records is lossless (property)', () => {
    const friendArb = fc.record({
      openid: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
      nickname: fc.stringMatching(/^[A-Za-z0-9]{1,20}$/),
      score: fc.integer(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(friendArb, { selector: (f) => f.openid, maxLength: 30 }), (list) => {
        const { friends, warnings } = normalizeFriendList({
          data: list.map((f) => ({ openid: f.openid, nickname: f.nickname, KVDataList: [{ key: 'score', value: String(f.score) }] })),
        });
        expect(warnings).toEqual([]);
        expect(friends.map((f) => [f.openid, f.nickname, f.values.score])).toEqual(list.map((f) => [f.openid, f.nickname, String(f.score)]));
      }),
    );
  });
});

/** A getter that throws, as a hostile or broken host object may have. */
function throwing(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.defineProperty(record, key, {
    enumerable: true,
    get(): never {
      throw new Error('boom');
    },
  });
}

/** An array proxy that counts reads of its elements. */
function countingArray(target: unknown[]): { list: unknown[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('normalizeFriendList fast path', () => {
  it("DATA18 the hosts' own record shape (openid, nickname, avatarUrl, KVDataList) normalises exactly as the careful alias-by-alias reader does (property)", () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('Ana', '  Ana  ', '', ' ', 'a\u202Eb', '小明', '👨‍👩‍👧 Zoë', '\u0000x', 'x'.repeat(300)),
    );
    const url = fc.oneof(
      fc.constantFrom('https://a.example/1.png', 'http://a.example/x y.png', ' https://a.example/2.png ', 'javascript:alert(1)', '//host/a.png', 'data:image/png;base64,AAAA', 'assets/a.png', 'https://\u0001x', ''),
      fc.webUrl(),
      fc.string(),
    );
    const kv = fc.array(fc.record({ key: fc.oneof(fc.constantFrom('score', 'level', '', '__proto__'), fc.string()), value: fc.oneof(fc.string(), fc.integer(), fc.double()) }), { maxLength: 4 });
    const rec = fc.record({ openid: fc.oneof(text, fc.integer(), fc.constant(undefined)), nickname: fc.oneof(text, fc.constant(42)), avatarUrl: url, KVDataList: fc.oneof(kv, fc.constant('not a list')) });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 12 }), (records) => {
        const fast = normalizeFriendList({ data: records });
        // The same records under later aliases (`data` for `KVDataList`) never match the fast shape.
        const careful = normalizeFriendList({ data: records.map(({ KVDataList, ...rest }) => ({ ...rest, data: KVDataList })) });
        expect(fast).toEqual(careful);
      }),
    );
  });
});

describe('normalizeFriendList on hostile input', () => {
  it('DATA16 a throwing getter loses only that field: the record keeps its readable fields', () => {
    const noName = throwing({ openid: 'o1', avatarUrl: 'https://a.example/1.png', KVDataList: [{ key: 'score', value: '10' }] }, 'nickname');
    const noValues = throwing({ openid: 'o2', nickname: 'Bo' }, 'KVDataList');
    const aliasId = throwing({ openId: 'o3', nickname: 'Cy' }, 'openid');
    const badEntry = { openid: 'o4', nickname: 'Di', KVDataList: [throwing({ key: 'a' }, 'value'), { key: 'score', value: 4 }] };
    const { friends, warnings } = normalizeFriendList({ data: [noName, noValues, aliasId, badEntry] });
    expect(friends.map((f) => [f.openid, f.hasName ? f.nickname : undefined, f.avatarUrl, { ...f.values }])).toEqual([
      ['o1', undefined, 'https://a.example/1.png', { score: '10' }],
      ['o2', 'Bo', undefined, {}],
      ['o3', 'Cy', undefined, {}],
      ['o4', 'Di', undefined, { score: '4' }],
    ]);
    expect(friends[0]!.nickname).toBe(DEFAULT_PLACEHOLDER_NAME);
    expect(warnings).toEqual(['friend list: 3 records with unreadable fields (those fields skipped)']);
  });

  it('DATA15 only the first 10,000 entries are read, with one warning', () => {
    const raw = Array.from({ length: MAX_FRIENDS + 50 }, (_, i) => ({ openid: `o${i}` }));
    const { list, reads } = countingArray(raw);
    const { friends, warnings } = normalizeFriendList({ data: list });
    expect(friends).toHaveLength(MAX_FRIENDS);
    expect(friends.at(-1)!.openid).toBe(`o${MAX_FRIENDS - 1}`);
    expect(reads()).toBe(MAX_FRIENDS);
    expect(warnings).toEqual([`friend list: only the first ${MAX_FRIENDS} of ${MAX_FRIENDS + 50} entries are read`]);
  });

  it('DATA15 a sparse array of length 1e8 is never walked by its length', () => {
    const sparse: unknown[] = [];
    sparse[0] = record;
    sparse[5] = { openid: 'o5' };
    sparse.length = 1e8;
    const { list, reads } = countingArray(sparse);
    const { friends, warnings } = normalizeFriendList(list);
    expect(friends.map((f) => f.openid)).toEqual(['o1', 'o5']);
    expect(reads()).toBe(MAX_FRIENDS);
    expect(warnings[0]).toBe(`friend list: only the first ${MAX_FRIENDS} of 100000000 entries are read`);
    expect(warnings).toHaveLength(2); // plus the holes, counted as unreadable entries
  });

  it('DATA15 at most 128 values are read per friend, however long (or sparse) the list', () => {
    const kv: unknown[] = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: i }));
    kv.length = 1e8;
    const { list, reads } = countingArray(kv);
    const f = only([{ openid: 'o1', KVDataList: list }]);
    expect(Object.keys(f.values)).toHaveLength(MAX_VALUES_PER_FRIEND);
    expect(reads()).toBe(MAX_VALUES_PER_FRIEND);
  });

  it('DATA14 a 1 MB nickname is cut to 4,000 code units before it is cleaned', () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    try {
      const f = only([{ openid: 'o1', nickname: 'Ana '.repeat(262_144) }]);
      expect(f.nickname.length).toBeLessThanOrEqual(1000);
      expect(f.nickname.startsWith('Ana Ana')).toBe(true);
      const cleaned = replace.mock.contexts.map((s) => String(s).length);
      expect(cleaned.length).toBeGreaterThan(0);
      expect(Math.max(...cleaned)).toBeLessThanOrEqual(MAX_RAW_NICKNAME_CODE_UNITS);
    } finally {
      replace.mockRestore();
    }
  });

  it('DATA14 the cut before cleaning never leaves part of a cluster or half a surrogate pair', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    // Removed characters up to the cut, so what survives cleaning ends at the cut.
    const zw = '\u200B'.repeat(MAX_RAW_NICKNAME_CODE_UNITS - 5);
    expect(sanitizeNickname(`${zw}${family}tail`)).toBe(''); // "man ZWJ woman" would be a partial family
    expect(sanitizeNickname(`${zw}AB${family}`)).toBe('AB'); // the partial emoji after AB is dropped
    // The cut falls inside the emoji: no half of it is left, and "o" goes too, since what followed it
    // (a skin tone or a tag would attach to it) is beyond the cut.
    const half = sanitizeNickname(`${'\u200B'.repeat(MAX_RAW_NICKNAME_CODE_UNITS - 3)}Bo\u{1F600}`);
    expect(half).toBe('B');
    expect(sanitizeNickname(`${zw}Bob`)).toBe('Bob'); // under the cap: nothing is dropped
  });
});
