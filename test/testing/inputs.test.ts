import { describe, expect, it, vi } from 'vitest';
import { createOpenDataHost, detectOpenDataHost, type TouchListener } from '../../src/host/index.js';
import { SIM_GESTURE_ERROR, createSimulatedHost } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function sim(extra: Partial<Parameters<typeof createSimulatedHost>[0]> = {}) {
  return createSimulatedHost({ canvas: createMockCanvas(), ...extra });
}

describe('simulated shares and touches', () => {
  it('SIM6 shareToUser records its arguments and whether it ran inside user input', async () => {
    const s = sim({ nativeTouches: true });
    const host = createOpenDataHost(s.odcGlobal, {});
    const outside = host.shareToUser?.({ openid: 'o1', imageUrl: 'i', title: 'T' });
    host.onTouch?.((phase) => {
      if (phase === 'end') void host.shareToUser?.({ openid: 'o2', imageUrl: 'i', templateType: 2 });
    });
    s.touch('start', 1, 5, 5);
    s.touch('end', 1, 5, 5);
    s.flush();
    await expect(outside).resolves.toBeUndefined();
    expect(s.calls.shares).toEqual([
      { openid: 'o1', title: 'T', subtitle: undefined, imageUrl: 'i', templateType: undefined, duringInput: false, userGesture: false },
      { openid: 'o2', title: undefined, subtitle: undefined, imageUrl: 'i', templateType: 2, duringInput: true, userGesture: true },
    ]);
  });

  it('SIM6 shares made inside a message handler count as input; injected share failures reject', async () => {
    const s = sim({ failures: { share: { errMsg: 'shareToUser:fail cancel' } } });
    const host = detectOpenDataHost(s.globals);
    let share: Promise<void> | undefined;
    host?.onMessage(() => {
      share = host.shareToUser?.({ openid: 'o', imageUrl: 'i' });
    });
    s.mainGlobal.getOpenDataContext?.().postMessage({ type: 'pointer' });
    s.flush();
    expect(s.calls.shares[0]?.duringInput).toBe(true);
    expect(s.calls.shares[0]?.userGesture).toBe(false);
    await expect(share).rejects.toMatchObject({ message: 'shareToUser: cancel' });
  });

  it('SIM6 shareToUser: false removes the api, as on clients older than 40.3.0', () => {
    const s = sim({ shareToUser: false });
    expect(s.odcGlobal.shareToUser).toBeUndefined();
    expect(detectOpenDataHost(s.globals)?.shareToUser).toBeUndefined();
    expect(s.mainGlobal.canIUse?.('shareToUser')).toBe(false);
    expect(sim().mainGlobal.canIUse?.('shareToUser')).toBe(true);
  });

  it('SIM10 touches reach main listeners always and ODC listeners only with nativeTouches', () => {
    const off = sim();
    expect(off.odcGlobal.onTouchStart).toBeUndefined();
    expect(detectOpenDataHost(off.globals)?.onTouch).toBeUndefined();
    const s = sim({ nativeTouches: true });
    const main = vi.fn();
    s.mainGlobal.onTouchStart?.(main);
    const seen: Array<Parameters<TouchListener>> = [];
    detectOpenDataHost(s.globals)?.onTouch?.((...a) => seen.push(a));
    s.advance(7);
    s.touch('start', 3, 0, 0);
    s.touch('move', 3, 10, 0);
    s.touch('cancel', 3, 10, 0);
    expect(main).toHaveBeenCalledTimes(1);
    expect(main.mock.calls[0]?.[0]).toMatchObject({ changedTouches: [{ identifier: 3, pageX: 0, pageY: 0 }], timeStamp: 7 });
    expect(seen).toEqual([
      ['start', 3, 0, 0, 7],
      ['move', 3, 10, 0, 7],
      ['cancel', 3, 10, 0, 7],
    ]);
  });

  it.each(['client', 'screen'] as const)('SIM10 touchFields %s produce only those coordinates, read by the adapter', (fields) => {
    const s = sim({ nativeTouches: true, touchFields: fields });
    const raw = vi.fn();
    s.odcGlobal.onTouchEnd?.(raw);
    const xs: number[] = [];
    createOpenDataHost(s.odcGlobal, {}).onTouch?.((_p, _i, x) => xs.push(x));
    s.touch('end', 0, 12, 34);
    expect(Object.keys(raw.mock.calls[0]?.[0].changedTouches[0]).sort()).toEqual(['identifier', `${fields}X`, `${fields}Y`].sort());
    expect(xs).toEqual([12]);
  });

  it('SIM10 touches list the active points; offTouch removes a listener; bad input throws', () => {
    const s = sim();
    const move = vi.fn();
    s.mainGlobal.onTouchMove?.(move);
    s.touch('start', 1, 0, 0);
    s.touch('start', 2, 5, 5);
    s.touch('move', 1, 1, 1);
    expect(move.mock.calls[0]?.[0].touches.map((t: { identifier: number }) => t.identifier)).toEqual([1, 2]);
    s.mainGlobal.offTouchMove?.(move);
    s.touch('move', 1, 2, 2);
    expect(move).toHaveBeenCalledTimes(1);
    expect(() => s.touch('tap' as 'start', 1, 0, 0)).toThrow(/phase/);
    expect(() => s.touch('start', 1, Number.NaN, 0)).toThrow(/finite/);
  });

  it('SIM10 system info is reported by both domains', () => {
    const s = sim({ systemInfo: { pixelRatio: 3 } });
    expect(detectOpenDataHost(s.globals)?.getSystemInfo?.()).toEqual({ windowWidth: 375, windowHeight: 667, pixelRatio: 3 });
    expect(s.mainGlobal.getSystemInfoSync?.()).toEqual({ windowWidth: 375, windowHeight: 667, pixelRatio: 3 });
  });

  it('SIM30 enforceUserGesture: shareToUser succeeds only synchronously inside a native ODC onTouchEnd callback', async () => {
    const s = sim({ nativeTouches: true, enforceUserGesture: true, latencyMs: 30 });
    const host = createOpenDataHost(s.odcGlobal, {});
    const results: Array<Promise<void> | undefined> = [];
    const share = (openid: string): void => void results.push(host.shareToUser?.({ openid, imageUrl: 'i' }));
    host.onTouch?.((phase) => {
      if (phase === 'start') share('in-start');
      if (phase === 'end') share('in-end');
    });
    host.onMessage(() => share('in-message'));
    s.touch('start', 1, 5, 5);
    s.touch('end', 1, 5, 5);
    s.mainGlobal.getOpenDataContext?.().postMessage({ type: 'pointer' });
    s.flush();
    share('outside');
    const settled = Promise.allSettled(results);
    s.advance(30);
    const outcomes = (await settled).map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as Error).message));
    const gestureError = `shareToUser: ${SIM_GESTURE_ERROR.errMsg.replace('shareToUser:fail ', '')}`;
    expect(outcomes).toEqual([gestureError, 'ok', gestureError, gestureError]);
    expect(s.calls.shares.map((c) => [c.openid, c.userGesture])).toEqual([
      ['in-start', false],
      ['in-end', true],
      ['in-message', false],
      ['outside', false],
    ]);
    // Without enforcement (the default) every share succeeds, wherever it is made.
    const lax = sim();
    const laxHost = createOpenDataHost(lax.odcGlobal, {});
    const p = laxHost.shareToUser?.({ openid: 'o', imageUrl: 'i' });
    lax.flush();
    await expect(p).resolves.toBeUndefined();
    expect(() => sim({ enforceUserGesture: 'yes' as unknown as boolean })).toThrow(TypeError);
  });
});
