import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostError, normalizeHostError } from '../../src/host/index.js';

describe('normalizeHostError', () => {
  it.each([
    ['TikTok SDK nested', { error: { error_code: 10403, error_msg: 'no permission' } }, 10403, 'no permission'],
    ['flat error_code', { error_code: '21', error_msg: 'server busy' }, '21', 'server busy'],
    ['sibling errMsg', { errMsg: 'getFriendCloudStorage:fail auth deny' }, undefined, 'auth deny'],
    ['sibling errCode + errMsg', { errCode: 1, errMsg: 'shareToUser:fail cancel' }, 1, 'cancel'],
    ['Douyin errNo', { errNo: 21105, errMsg: 'shareToUser:fail not mutual' }, 21105, 'not mutual'],
    ['bare fail', { errMsg: 'shareToUser:fail' }, undefined, 'failed'],
    ['Error', new Error('boom'), undefined, 'boom'],
    ['string', 'api:fail timeout', undefined, 'timeout'],
    ['plain string', 'something broke', undefined, 'something broke'],
    ['number', 42, 42, 'failed with code 42'],
    ['undefined', undefined, undefined, 'failed without details'],
    ['null', null, undefined, 'failed without details'],
    ['code only', { error_code: 7 }, 7, 'failed with code 7'],
    ['unknown object', { foo: 'bar' }, undefined, 'failed with an unrecognised error'],
  ])('HOST4 normalises %s', (_name, raw, code, message) => {
    const err = normalizeHostError('someApi', raw);
    expect(err).toBeInstanceOf(HostError);
    expect(err.api).toBe('someApi');
    expect(err.code).toBe(code);
    expect(err.message).toBe(`someApi: ${message}`);
  });

  it('HOST4 returns an existing HostError unchanged and bounds very long messages', () => {
    const original = new HostError('x', 'y', 1);
    expect(normalizeHostError('z', original)).toBe(original);
    expect(normalizeHostError('z', 'a'.repeat(5000)).message.length).toBeLessThan(400);
  });

  it('HOST4 never throws and never copies unknown members (friend data) into the message', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string({ minLength: 8 }).map((s) => `SECRET${s}`), (extra, secret) => {
        const err = normalizeHostError('api', { friend: { openid: secret, nickname: secret }, extra, list: [secret] });
        expect(err).toBeInstanceOf(HostError);
        expect(err.message).not.toContain(secret);
        expect(normalizeHostError('api', extra)).toBeInstanceOf(HostError);
      }),
    );
  });
});
