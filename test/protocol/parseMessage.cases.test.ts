import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALIAS_PANEL,
  NAMESPACE,
  PROTOCOL_VERSION,
  buildMessage,
  msg,
  parseMessage,
  type ProtocolErrorCode,
} from '../../src/protocol/index.js';

const env = { ns: 'friendcanvas', v: 1 };

function errorOf(raw: unknown): { code: ProtocolErrorCode; field?: string; message: string } {
  const r = parseMessage(raw);
  if (r.ok) throw new Error('expected a parse failure');
  return r.error;
}

function nested(depth: number): Record<string, unknown> {
  let o: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < depth; i++) o = { child: o };
  return o;
}

describe('protocol constants', () => {
  it('PROTO6 the envelope is ns "friendcanvas", v 1 and the alias panel is "share"', () => {
    expect(NAMESPACE).toBe('friendcanvas');
    expect(PROTOCOL_VERSION).toBe(1);
    expect(DEFAULT_ALIAS_PANEL).toBe('share');
  });
});

describe('envelope errors', () => {
  it('PROTO6 non-objects are not-object', () => {
    for (const v of [null, undefined, 1, 'hide', true, [], () => 0]) expect(errorOf(v).code).toBe('not-object');
    expect(errorOf([]).message).toContain('an array');
  });

  it('PROTO6 a foreign ns is wrong-namespace', () => {
    expect(errorOf({ ns: 'other', v: 1, type: 'hide' })).toMatchObject({ code: 'wrong-namespace', field: 'ns' });
    expect(errorOf({ v: 1, type: 'viewport' })).toMatchObject({ code: 'wrong-namespace', field: 'ns' });
  });

  it('PROTO6 a version other than 1 is unsupported-version and names both', () => {
    const e = errorOf({ ns: 'friendcanvas', v: 2, type: 'hide' });
    expect(e).toMatchObject({ code: 'unsupported-version', field: 'v' });
    expect(e.message).toContain('expected 1');
    expect(e.message).toContain('2');
    expect(errorOf({ ns: 'friendcanvas', type: 'hide' })).toMatchObject({ code: 'missing-field', field: 'v' });
    expect(errorOf({ ns: 'friendcanvas', v: '1', type: 'hide' })).toMatchObject({ code: 'wrong-type', field: 'v' });
  });

  it('PROTO6 an unknown type is unknown-type, listing the known types', () => {
    const e = errorOf({ ...env, type: 'explode' });
    expect(e).toMatchObject({ code: 'unknown-type', field: 'type' });
    expect(e.message).toContain('viewport');
    expect(e.message).not.toContain('explode');
    expect(errorOf({ ...env, type: 'toString' }).code).toBe('unknown-type');
    expect(errorOf({ ...env, type: 'showFriendList' }).code).toBe('unknown-type');
    expect(errorOf({ ...env })).toMatchObject({ code: 'missing-field', field: 'type' });
  });
});

describe('field errors', () => {
  it('PROTO7 a missing required field is missing-field with its name', () => {
    expect(errorOf({ ...env, type: 'viewport', x: 0, y: 0, width: 10 })).toMatchObject({ code: 'missing-field', field: 'height' });
    expect(errorOf({ ...env, type: 'show' })).toMatchObject({ code: 'missing-field', field: 'panel' });
    expect(errorOf({ ...env, type: 'score', key: 'k' })).toMatchObject({ code: 'missing-field', field: 'value' });
    expect(errorOf({ ...env, type: 'self' })).toMatchObject({ code: 'missing-field', field: 'openid' });
    expect(errorOf({ ...env, type: 'pointer', phase: 'start', x: 1, y: 1 })).toMatchObject({ code: 'missing-field', field: 'id' });
    expect(errorOf({ ...env, type: 'scrollTo' })).toMatchObject({ code: 'missing-field', field: 'target' });
  });

  it('PROTO10 a theme message needs preset or tokens', () => {
    expect(errorOf({ ...env, type: 'theme' })).toMatchObject({ code: 'missing-field', field: 'preset' });
    expect(parseMessage({ ...env, type: 'theme', preset: 'dark' }).ok).toBe(true);
    expect(parseMessage({ ...env, type: 'theme', tokens: {} }).ok).toBe(true);
  });

  it('PROTO7 a value of the wrong kind is wrong-type naming expected and got', () => {
    const e = errorOf({ ...env, type: 'viewport', x: '0', y: 0, width: 1, height: 1 });
    expect(e).toMatchObject({ code: 'wrong-type', field: 'x' });
    expect(e.message).toContain('expected a finite number, got a string of 1 chars');
    expect(errorOf({ ...env, type: 'score', key: 'k', value: true })).toMatchObject({ code: 'wrong-type', field: 'value' });
    expect(errorOf({ ...env, type: 'scrollTo', target: 'top', animated: 1 })).toMatchObject({ code: 'wrong-type', field: 'animated' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: 'x' })).toMatchObject({ code: 'wrong-type', field: 'options' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: new Date(0) })).toMatchObject({ code: 'wrong-type', field: 'options' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: { f: () => 1 } })).toMatchObject({ code: 'wrong-type', field: 'options.f' });
    expect(errorOf({ ...env, type: 'viewport', x: 0, y: 0, width: 1, height: 1, pixelRatio: null }).code).toBe('wrong-type');
  });

  it('PROTO7 a throwing getter is wrong-type on that field', () => {
    const raw = Object.defineProperty({ ...env, type: 'self' }, 'openid', {
      get(): string {
        throw new Error('x');
      },
    });
    expect(errorOf(raw)).toMatchObject({ code: 'wrong-type', field: 'openid' });
  });

  it('PROTO7 numbers outside their range are out-of-range', () => {
    const vp = { ...env, type: 'viewport', x: 0, y: 0, width: 1, height: 1 };
    expect(errorOf({ ...vp, x: NaN })).toMatchObject({ code: 'out-of-range', field: 'x' });
    expect(errorOf({ ...vp, y: Infinity })).toMatchObject({ code: 'out-of-range', field: 'y' });
    expect(errorOf({ ...vp, width: 0 })).toMatchObject({ code: 'out-of-range', field: 'width' });
    expect(errorOf({ ...vp, height: 100_001 })).toMatchObject({ code: 'out-of-range', field: 'height' });
    expect(errorOf({ ...vp, pixelRatio: 0 })).toMatchObject({ code: 'out-of-range', field: 'pixelRatio' });
    expect(errorOf({ ...vp, pixelRatio: 8.5 })).toMatchObject({ code: 'out-of-range', field: 'pixelRatio' });
    expect(parseMessage({ ...vp, width: 100_000, pixelRatio: 8 }).ok).toBe(true);
    const ptr = { ...env, type: 'pointer', phase: 'move', id: 1, x: 0, y: 0 };
    expect(errorOf({ ...ptr, id: 1.5 })).toMatchObject({ code: 'out-of-range', field: 'id' });
    expect(errorOf({ ...ptr, phase: 'hover' })).toMatchObject({ code: 'out-of-range', field: 'phase' });
    expect(errorOf({ ...ptr, t: -Infinity })).toMatchObject({ code: 'out-of-range', field: 't' });
    expect(errorOf({ ...env, type: 'wheel', x: 0, y: 0, deltaY: -100_001 })).toMatchObject({ code: 'out-of-range', field: 'deltaY' });
    expect(errorOf({ ...env, type: 'scrollTo', target: 'bottom' })).toMatchObject({ code: 'out-of-range', field: 'target' });
    expect(errorOf({ ...env, type: 'score', key: 'k', value: NaN })).toMatchObject({ code: 'out-of-range', field: 'value' });
    expect(errorOf({ ...env, type: 'show', panel: '' })).toMatchObject({ code: 'out-of-range', field: 'panel' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: { n: Infinity } })).toMatchObject({ code: 'out-of-range', field: 'options.n' });
  });

  it('PROTO7 strings over their limit are too-long with the length, not the text', () => {
    const e = errorOf({ ...env, type: 'show', panel: 'p'.repeat(65) });
    expect(e).toMatchObject({ code: 'too-long', field: 'panel' });
    expect(e.message).toContain('65');
    expect(errorOf({ ...env, type: 'score', key: 'k'.repeat(129), value: 1 })).toMatchObject({ code: 'too-long', field: 'key' });
    expect(errorOf({ ...env, type: 'score', key: 'k', value: 'v'.repeat(1025) })).toMatchObject({ code: 'too-long', field: 'value' });
    expect(errorOf({ ...env, type: 'self', openid: 'o'.repeat(129) })).toMatchObject({ code: 'too-long', field: 'openid' });
    expect(errorOf({ ...env, type: 'theme', preset: 'd'.repeat(65) })).toMatchObject({ code: 'too-long', field: 'preset' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: { a: { s: 's'.repeat(2049) } } })).toMatchObject({
      code: 'too-long',
      field: 'options.a.s',
    });
    expect(parseMessage({ ...env, type: 'show', panel: 'p', options: { s: 's'.repeat(2048) } }).ok).toBe(true);
  });
});

describe('nested objects', () => {
  it('PROTO4 objects deeper than 4 levels are too-deep, cycles included', () => {
    expect(parseMessage({ ...env, type: 'show', panel: 'p', options: nested(4) }).ok).toBe(true);
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: nested(5) })).toMatchObject({
      code: 'too-deep',
      field: 'options.child.child.child.child',
    });
    const cyc: Record<string, unknown> = {};
    cyc['me'] = cyc;
    expect(errorOf({ ...env, type: 'theme', tokens: cyc }).code).toBe('too-deep');
  });

  it('PROTO4 more than 200 keys in total is too-many-keys', () => {
    const flat = (n: number, prefix: string): Record<string, number> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]));
    expect(parseMessage({ ...env, type: 'theme', tokens: { a: flat(99, 'a'), b: flat(99, 'b') } }).ok).toBe(true);
    expect(errorOf({ ...env, type: 'theme', tokens: { a: flat(100, 'a'), b: flat(100, 'b') } })).toMatchObject({
      code: 'too-many-keys',
      field: 'tokens.b',
    });
    expect(errorOf({ ...env, type: 'theme', tokens: flat(201, 'k') }).code).toBe('too-many-keys');
  });

  it('PROTO4 arrays anywhere in options are array-not-allowed', () => {
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: [] })).toMatchObject({ code: 'array-not-allowed', field: 'options' });
    expect(errorOf({ ...env, type: 'show', panel: 'p', options: { a: { list: [1, 2] } } })).toMatchObject({
      code: 'array-not-allowed',
      field: 'options.a.list',
    });
  });

  it('PROTO4 __proto__, constructor and prototype keys are skipped and undefined values dropped', () => {
    const raw: unknown = JSON.parse(
      '{"ns":"friendcanvas","v":1,"type":"show","panel":"p","options":{"__proto__":{"polluted":1},"constructor":{"x":1},"prototype":2,"ok":{"__proto__":3,"k":1}}}',
    );
    const r = parseMessage(raw);
    expect(r).toEqual({ ok: true, message: { ...env, type: 'show', panel: 'p', options: { ok: { k: 1 } } } });
    if (!r.ok || r.message.type !== 'show' || r.message.options === undefined) throw new Error('unreachable');
    expect(Object.keys(r.message.options)).toEqual(['ok']);
    expect(Object.getPrototypeOf(r.message.options)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const withUndefined = parseMessage({ ...env, type: 'show', panel: 'p', options: { a: undefined, b: 1 } });
    expect(withUndefined.ok && withUndefined.message.type === 'show' && Object.keys(withUndefined.message.options ?? {})).toEqual(['b']);
  });

  it('PROTO4 null-prototype objects are accepted and copied into ordinary objects', () => {
    const opts = Object.assign(Object.create(null) as object, { a: 1 });
    const r = parseMessage({ ...env, type: 'show', panel: 'p', options: opts });
    expect(r).toEqual({ ok: true, message: { ...env, type: 'show', panel: 'p', options: { a: 1 } } });
  });

  it('PROTO5 keys that are not identifier-like appear as their index in field paths', () => {
    const e = errorOf({ ...env, type: 'show', panel: 'p', options: { ok: 1, 'Jane Doe': [1] } });
    expect(e).toMatchObject({ code: 'array-not-allowed', field: 'options[#1]' });
  });
});

describe('copying', () => {
  it('PROTO3 only known fields are copied; unknown and inherited fields are ignored', () => {
    const r = parseMessage({ ...env, type: 'self', openid: 'o1', extra: 1, data: { a: 1 } });
    expect(r).toEqual({ ok: true, message: { ...env, type: 'self', openid: 'o1' } });
    const inherited = Object.create({ ns: 'friendcanvas', v: 1, type: 'hide' }) as object;
    expect(errorOf(inherited).code).toBe('wrong-namespace');
    class Msg {
      public ns = 'friendcanvas';
      public v = 1;
      public type = 'refresh';
      public get extra(): number {
        throw new Error('never read');
      }
    }
    expect(parseMessage(new Msg())).toEqual({ ok: true, message: { ...env, type: 'refresh' } });
  });
});

describe('aliases from the TikTok guide', () => {
  const share = { ok: true, message: { ...env, type: 'show', panel: DEFAULT_ALIAS_PANEL } };
  const hide = { ok: true, message: { ...env, type: 'hide' } };

  it('PROTO8 showFriendList, bare show (with or without data) and command render open the share panel', () => {
    expect(parseMessage({ type: 'showFriendList', data: { authCode: 'abc' } })).toEqual(share);
    expect(parseMessage({ type: 'showFriendList' })).toEqual(share);
    expect(parseMessage({ type: 'show', data: {} })).toEqual(share);
    expect(parseMessage({ type: 'show' })).toEqual(share);
    expect(parseMessage({ command: 'render' })).toEqual(share);
  });

  it('PROTO8 bare hide and command hide hide the panel', () => {
    expect(parseMessage({ type: 'hide' })).toEqual(hide);
    expect(parseMessage({ command: 'hide' })).toEqual(hide);
  });

  it('PROTO8 aliases match own string values only; anything else without ns is wrong-namespace', () => {
    expect(errorOf({ type: 'toString' }).code).toBe('wrong-namespace');
    expect(errorOf({ command: '__proto__' }).code).toBe('wrong-namespace');
    expect(errorOf({ type: 'refresh' }).code).toBe('wrong-namespace');
    expect(errorOf({}).code).toBe('wrong-namespace');
    expect(errorOf(Object.create({ type: 'hide' }) as object).code).toBe('wrong-namespace');
  });

  it('PROTO8 a message with ns "friendcanvas" is parsed strictly, never as an alias', () => {
    expect(errorOf({ ns: 'friendcanvas', v: 1, type: 'show' })).toMatchObject({ code: 'missing-field', field: 'panel' });
    expect(errorOf({ ns: 'friendcanvas', command: 'render' })).toMatchObject({ code: 'missing-field', field: 'v' });
  });
});

describe('builders', () => {
  it('PROTO9 builders add the envelope and leave out undefined optional fields', () => {
    expect(msg.viewport({ x: 1, y: 2, width: 3, height: 4 })).toStrictEqual({ ...env, type: 'viewport', x: 1, y: 2, width: 3, height: 4 });
    expect(msg.hide()).toStrictEqual({ ...env, type: 'hide' });
    expect(msg.theme({ preset: 'dark', tokens: undefined })).toStrictEqual({ ...env, type: 'theme', preset: 'dark' });
    expect(msg.pointer({ phase: 'end', id: 3, x: 0, y: 0, t: 12 })).toStrictEqual({ ...env, type: 'pointer', phase: 'end', id: 3, x: 0, y: 0, t: 12 });
    expect(buildMessage({ type: 'scrollTo', target: 'self', animated: false })).toStrictEqual({
      ...env,
      type: 'scrollTo',
      target: 'self',
      animated: false,
    });
  });

  it('PROTO9 buildMessage copies only the known fields of its type', () => {
    const body = { type: 'score' as const, key: 'best', value: 10, extra: 'x' };
    expect(buildMessage(body)).toStrictEqual({ ...env, type: 'score', key: 'best', value: 10 });
  });
});
