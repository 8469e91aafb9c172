import { describe, expect, it, vi } from 'vitest';
import { createOpenDataHost, detectMainHost, detectOpenDataHost } from '../../src/host/index.js';
import { fakeOdcApi } from './fakeRawApi.js';

describe('detectOpenDataHost', () => {
  it('HOST1 tries GameGlobal.tt, tt, TTMinis.game, wx in that order and reports where it found the api', () => {
    const gameTt = fakeOdcApi();
    const tt = fakeOdcApi();
    const minis = fakeOdcApi();
    const wx = fakeOdcApi();
    expect(detectOpenDataHost({ GameGlobal: { tt: gameTt }, tt, TTMinis: { game: minis }, wx })?.kind).toBe('GameGlobal.tt');
    expect(detectOpenDataHost({ tt, TTMinis: { game: minis }, wx })?.kind).toBe('tt');
    expect(detectOpenDataHost({ TTMinis: { game: minis }, wx })?.kind).toBe('TTMinis.game');
    expect(detectOpenDataHost({ wx })?.kind).toBe('wx');

    // The host really wraps the object found first.
    detectOpenDataHost({ tt, wx })?.onMessage(() => undefined);
    expect(tt.onMessage).toHaveBeenCalledTimes(1);
    expect(wx.onMessage).not.toHaveBeenCalled();
  });

  it('HOST2 skips globals lacking onMessage or getSharedCanvas and returns undefined when none fits', () => {
    const wx = fakeOdcApi();
    const noCanvas = { onMessage: vi.fn() };
    const noMessage = { getSharedCanvas: vi.fn() };
    expect(detectOpenDataHost({ GameGlobal: { tt: noCanvas }, tt: noMessage, TTMinis: { game: 5 }, wx })?.kind).toBe('wx');
    expect(detectOpenDataHost({ tt: noCanvas, wx: null })).toBeUndefined();
    expect(detectOpenDataHost({})).toBeUndefined();
    // A throwing getter on a global is skipped, not propagated.
    const hostile = Object.defineProperty({ wx }, 'tt', {
      get: () => {
        throw new Error('no');
      },
    });
    expect(detectOpenDataHost(hostile)?.kind).toBe('wx');
  });

  it('HOST2 createOpenDataHost refuses an api without the essentials with a clear TypeError', () => {
    expect(() => createOpenDataHost({ onMessage: vi.fn() })).toThrow(/getSharedCanvas/);
    expect(() => createOpenDataHost(fakeOdcApi(), {}, { timeoutMs: -1 })).toThrow(RangeError);
  });
});

describe('detectMainHost', () => {
  it('HOST1 finds the main-domain api in the same order, skipping objects without getOpenDataContext', () => {
    const post = vi.fn();
    const tt = { getOpenDataContext: () => ({ postMessage: post }) };
    const host = detectMainHost({ GameGlobal: { tt: { onMessage: vi.fn() } }, tt, wx: { getOpenDataContext: vi.fn() } });
    expect(host?.kind).toBe('tt');
    host?.postMessage({ a: 1 });
    expect(post).toHaveBeenCalledWith({ a: 1 });
    expect(detectMainHost({ tt: {} })).toBeUndefined();
  });
});
