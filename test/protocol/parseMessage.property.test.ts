import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMessage, parseMessage, type Message, type ParseResult } from '../../src/protocol/index.js';
import { nearMessage, validMessage } from './arbitraries.js';

function expectResult(r: ParseResult): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(typeof r.error.code).toBe('string');
    expect(typeof r.error.message).toBe('string');
  }
}

/** Objects built to break naive parsers. */
function hostileValues(): unknown[] {
  const cyclic: Record<string, unknown> = { ns: 'friendcanvas', v: 1, type: 'show', panel: 'p' };
  cyclic['options'] = cyclic;
  const cyclicOptions: Record<string, unknown> = {};
  cyclicOptions['a'] = cyclicOptions;
  const throwingGetter = (field: string): object =>
    Object.defineProperty({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 1, height: 1 }, field, {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
  const trapAll = new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      getOwnPropertyDescriptor() {
        throw new Error('gopd');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('proto');
      },
      has() {
        throw new Error('has');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const optionsProxy = new Proxy(
    { a: 1 },
    {
      ownKeys() {
        throw new Error('ownKeys');
      },
    },
  );
  class Instance {
    public ns = 'friendcanvas';
    public v = 1;
    public type = 'hide';
  }
  const nullProto = Object.assign(Object.create(null) as object, { ns: 'friendcanvas', v: 1, type: 'refresh' });
  const polluted: unknown = JSON.parse('{"ns":"friendcanvas","v":1,"type":"show","panel":"p","options":{"__proto__":{"x":1}}}');
  const base = { ns: 'friendcanvas', v: 1, type: 'show', panel: 'p' };
  return [
    null,
    undefined,
    0,
    NaN,
    'show',
    Symbol('s'),
    10n,
    () => 1,
    [],
    [{ ns: 'friendcanvas' }],
    cyclic,
    { ...base, options: cyclicOptions },
    throwingGetter('ns'),
    throwingGetter('v'),
    throwingGetter('type'),
    throwingGetter('x'),
    throwingGetter('pixelRatio'),
    trapAll,
    revocable.proxy,
    { ...base, options: trapAll },
    { ...base, options: revocable.proxy },
    { ...base, options: optionsProxy },
    new Instance(),
    nullProto,
    polluted,
    { ...base, options: new Date(0) },
    { ...base, options: new Map() },
    { ...base, panel: 'x'.repeat(5_000_000) },
    { type: throwingGetter('ns') },
    Object.defineProperty({}, 'type', {
      get() {
        throw new Error('alias');
      },
    }),
  ];
}

describe('parseMessage properties', () => {
  it('PROTO1 parseMessage never throws and always returns {ok: boolean} for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withObjectString: true, withSparseArray: true }), (v) => {
        expectResult(parseMessage(v));
      }),
      { numRuns: 10_000 },
    );
  });

  it('PROTO1 parseMessage never throws on message-shaped objects with arbitrary fields', () => {
    fc.assert(
      fc.property(nearMessage, (v) => {
        expectResult(parseMessage(v));
      }),
      { numRuns: 10_000 },
    );
  });

  it('PROTO1 parseMessage never throws on cyclic, proxy, throwing-getter and prototype-trick objects', () => {
    const values = hostileValues();
    for (const v of values) expectResult(parseMessage(v));
    expect(values.length).toBeGreaterThan(25);
    // The null-prototype and class-instance messages are valid; the polluted one is valid with the key skipped.
    expect(parseMessage(values[23]).ok).toBe(true);
    expect(parseMessage(values[22])).toEqual({ ok: true, message: { ns: 'friendcanvas', v: 1, type: 'hide' } });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('PROTO2 every valid message round-trips build -> parse unchanged', () => {
    fc.assert(
      fc.property(validMessage, (m: Message) => {
        const r = parseMessage(buildMessage(m));
        expect(r).toEqual({ ok: true, message: m });
      }),
      { numRuns: 10_000 },
    );
  });

  it('PROTO2 parsed messages are fresh copies sharing no object with the input', () => {
    fc.assert(
      fc.property(validMessage, (m: Message) => {
        const r = parseMessage(m);
        if (!r.ok) throw new Error(r.error.message);
        expect(r.message).not.toBe(m);
        if (m.type === 'show' && m.options !== undefined && r.message.type === 'show') {
          expect(r.message.options).not.toBe(m.options);
        }
        if (m.type === 'theme' && m.tokens !== undefined && r.message.type === 'theme') {
          expect(r.message.tokens).not.toBe(m.tokens);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('PROTO5 error messages never contain string values, or object keys that are not identifier-like', () => {
    // Identifier-like keys (<= 32 chars) are named in field paths on purpose: they are schema, not data.
    const secret = 'SECRET friend-NAME';
    const withSecret = fc.constantFrom(secret, `${secret}${'x'.repeat(3000)}`);
    const payload = fc.record(
      {
        ns: fc.oneof(fc.constant('friendcanvas'), withSecret),
        v: fc.constant(1),
        type: fc.oneof(fc.constantFrom('show', 'theme', 'score', 'self', 'pointer', 'scrollTo'), withSecret),
        panel: withSecret,
        preset: withSecret,
        key: withSecret,
        value: withSecret,
        openid: withSecret,
        phase: withSecret,
        target: withSecret,
        options: fc.oneof(
          fc.record({ [secret]: fc.constant([1]) }),
          fc.record({ a: withSecret.map((s) => s.repeat(200)) }),
        ),
      },
      { requiredKeys: ['ns', 'v', 'type'] },
    );
    let failures = 0;
    fc.assert(
      fc.property(payload, (p) => {
        const r = parseMessage(p);
        if (!r.ok) {
          failures++;
          expect(r.error.message).not.toContain(secret);
          expect(r.error.field ?? '').not.toContain(secret);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(failures).toBeGreaterThan(1_000);
  });
});
