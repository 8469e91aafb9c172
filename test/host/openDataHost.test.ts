import { describe, expect, it, vi } from 'vitest';
import {
  HOST_ERROR_INVALID_ARGUMENT,
  HOST_ERROR_UNSUPPORTED,
  createConsoleSink,
  createOpenDataHost,
  resizeCanvas,
  type PlatformCanvas,
  type RawCallbacks,
  type ShareToUserOptions,
} from '../../src/host/index.js';
import { fakeOdcApi, manualTimers } from './fakeRawApi.js';

describe('OpenDataHost', () => {
  it('HOST3 takes rAF, timers, performance.now and console.warn from the api first, then from globals', () => {
    const apiRaf = vi.fn(() => 7);
    const globalRaf = vi.fn(() => 9);
    const apiWarn = vi.fn();
    const globalWarn = vi.fn();
    const api = Object.assign(fakeOdcApi({ requestAnimationFrame: apiRaf }), {
      performance: { now: () => 1234 },
      console: { warn: apiWarn },
    });
    const globals = { requestAnimationFrame: globalRaf, performance: { now: () => 1 }, console: { warn: globalWarn } };
    const host = createOpenDataHost(api, globals);
    expect(host.requestAnimationFrame(() => undefined)).toBe(7);
    expect(host.now()).toBe(1234);
    host.warn('hello');
    expect(apiWarn).toHaveBeenCalledWith('hello');
    expect(globalRaf).not.toHaveBeenCalled();

    const plain = createOpenDataHost(fakeOdcApi(), globals);
    expect(plain.requestAnimationFrame(() => undefined)).toBe(9);
    expect(plain.now()).toBe(1);
    plain.warn('x');
    expect(globalWarn).toHaveBeenCalledWith('x');
  });

  it('HOST20 a performance.now that throws or answers a non-number never throws out: time goes on by Date.now from its last answer', () => {
    let calls = 0;
    const api = Object.assign(fakeOdcApi(), {
      performance: {
        now: () => {
          calls++;
          if (calls === 1) return 500;
          throw new Error('perf');
        },
      },
    });
    const host = createOpenDataHost(api, {});
    expect(host.now()).toBe(500);
    const t = host.now();
    expect(t).toBeGreaterThanOrEqual(500);
    expect(t).toBeLessThan(600);
    expect(host.now()).toBeGreaterThanOrEqual(t);
    expect(calls).toBe(2); // not asked again once it threw
    const nan = createOpenDataHost(Object.assign(fakeOdcApi(), { performance: { now: () => NaN } }), {});
    expect(Number.isFinite(nan.now())).toBe(true);
  });

  it('HOST14 warn is a silent no-op without any console, and a throwing console does not escape', () => {
    expect(() => createOpenDataHost(fakeOdcApi(), {}).warn('x')).not.toThrow();
    const throwing = { console: { warn: () => { throw new Error('broken'); } } };
    expect(() => createOpenDataHost(fakeOdcApi(), throwing).warn('x')).not.toThrow();
    const getter = Object.defineProperty({}, 'console', { get: () => { throw new Error('no console here'); } });
    expect(() => createOpenDataHost(fakeOdcApi(), getter).warn('x')).not.toThrow();
  });

  it('HOST14 a console without warn gets log; the console is looked up at each warning', () => {
    const log = vi.fn();
    const globals: { console?: object } = { console: { log } };
    const host = createOpenDataHost(fakeOdcApi(), globals);
    host.warn('via log');
    expect(log).toHaveBeenCalledWith('via log');
    const warn = vi.fn();
    globals.console = { warn, log };
    host.warn('via warn');
    expect(warn).toHaveBeenCalledWith('via warn');
    delete globals.console;
    expect(() => host.warn('nowhere')).not.toThrow();
    expect(createConsoleSink(undefined, null, 42)).toBeTypeOf('function');
    expect(() => createConsoleSink(undefined, null, 42)('x')).not.toThrow();
  });

  it('HOST18 without rAF frames fall back to a timeout, and cancelling one stops it', () => {
    const timers = manualTimers();
    const host = createOpenDataHost(fakeOdcApi(), { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
    const a = vi.fn();
    const b = vi.fn();
    host.requestAnimationFrame(a);
    const id = host.requestAnimationFrame(b);
    host.cancelAnimationFrame(id);
    timers.run(16);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
  });

  it('HOST18 with rAF but no cancelAnimationFrame a cancelled frame callback is skipped', () => {
    const queued: Array<(t: number) => void> = [];
    const host = createOpenDataHost(
      fakeOdcApi({ requestAnimationFrame: (cb) => queued.push(cb) }),
      {},
    );
    const kept = vi.fn();
    const dropped = vi.fn();
    host.requestAnimationFrame(kept);
    host.cancelAnimationFrame(host.requestAnimationFrame(dropped));
    for (const cb of queued) cb(16);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('HOST9 shareToUser calls the raw api synchronously with only the documented fields', async () => {
    let captured: (ShareToUserOptions & RawCallbacks<unknown>) | undefined;
    const host = createOpenDataHost(fakeOdcApi({ shareToUser: (opts) => { captured = opts; } }), {});
    const extra = { openid: 'o1', imageUrl: 'img', title: 'Hi', templateType: 1 as const, secret: 'x' };
    const p = host.shareToUser?.(extra);
    expect(captured).toMatchObject({ openid: 'o1', imageUrl: 'img', title: 'Hi', templateType: 1 });
    expect(captured).not.toHaveProperty('secret');
    captured?.success?.({});
    await expect(p).resolves.toBeUndefined();
  });

  it('HOST9 shareToUser is undefined on clients without the api, and bad options never reach the host', async () => {
    expect(createOpenDataHost(fakeOdcApi(), {}).shareToUser).toBeUndefined();
    const raw = vi.fn();
    const host = createOpenDataHost(fakeOdcApi({ shareToUser: raw }), {});
    await expect(host.shareToUser?.({ openid: '', imageUrl: 'x' })).rejects.toMatchObject({ code: HOST_ERROR_INVALID_ARGUMENT });
    await expect(host.shareToUser?.({ openid: 'o', imageUrl: 'x', templateType: 3 as 1 })).rejects.toMatchObject({
      code: HOST_ERROR_INVALID_ARGUMENT,
    });
    expect(raw).not.toHaveBeenCalled();
  });

  it('HOST15 missing capabilities: cloud queries reject as unsupported, createImage throws, optional members are undefined', async () => {
    const host = createOpenDataHost(fakeOdcApi(), {});
    await expect(host.getFriendCloudStorage(['score'])).rejects.toMatchObject({ code: HOST_ERROR_UNSUPPORTED });
    await expect(host.getUserCloudStorage(['score'])).rejects.toMatchObject({ code: HOST_ERROR_UNSUPPORTED });
    expect(() => host.createImage()).toThrow(/createImage/);
    expect(host.onTouch).toBeUndefined();
    expect(host.getSystemInfo).toBeUndefined();
    expect(host.createCanvas).toBeUndefined();
  });

  it('HOST15 cloud queries pass a copy of keyList and reject a bad keyList without calling the host', async () => {
    const raw = vi.fn((opts: { keyList: string[] } & RawCallbacks<unknown>) => opts.success?.({ data: [] }));
    const host = createOpenDataHost(fakeOdcApi({ getFriendCloudStorage: raw }), {});
    const keys = ['score'];
    await expect(host.getFriendCloudStorage(keys)).resolves.toEqual({ data: [] });
    expect(raw.mock.calls[0]?.[0].keyList).toEqual(['score']);
    expect(raw.mock.calls[0]?.[0].keyList).not.toBe(keys);
    await expect(host.getFriendCloudStorage([1] as unknown as string[])).rejects.toMatchObject({ code: HOST_ERROR_INVALID_ARGUMENT });
    expect(raw).toHaveBeenCalledTimes(1);
  });

  it('HOST17 a throwing message handler is caught and warned, never thrown into the host', () => {
    let deliver: ((data: unknown) => void) | undefined;
    const warn = vi.fn();
    const host = createOpenDataHost(fakeOdcApi({ onMessage: (cb) => { deliver = cb; } }), { console: { warn } });
    host.onMessage(() => {
      throw new Error('handler bug');
    });
    expect(() => deliver?.({ type: 'x' })).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('handler bug');
  });

  it('HOST13 getSystemInfo never throws and keeps only positive finite known fields', () => {
    const host = createOpenDataHost(
      fakeOdcApi({ getSystemInfoSync: () => ({ pixelRatio: 3, windowWidth: 0, windowHeight: Number.NaN }) }),
      {},
    );
    expect(host.getSystemInfo?.()).toEqual({ pixelRatio: 3 });
    const throwing = createOpenDataHost(
      fakeOdcApi({ getSystemInfoSync: () => { throw new Error('nope'); } }),
      {},
    );
    expect(throwing.getSystemInfo?.()).toEqual({});
  });

  it('HOST12 resizeCanvas returns the size the canvas kept when the host refuses the new one', () => {
    let width = 300;
    let height = 150;
    const refusing: PlatformCanvas = {
      get width() { return width; },
      set width(_v: number) { throw new Error('refused'); },
      get height() { return height; },
      set height(v: number) { height = v; },
      getContext: () => null,
    };
    expect(resizeCanvas(refusing, 750.4, 600)).toEqual({ width: 300, height: 600 });
    width = 10;
    expect(resizeCanvas(refusing, 10, 20)).toEqual({ width: 10, height: 20 });
    const ignoring: PlatformCanvas = { get width() { return 300; }, set width(_v) { /* ignored */ }, height: 150, getContext: () => null };
    expect(resizeCanvas(ignoring, 800, 800)).toEqual({ width: 300, height: 800 });
  });

  it('HOST12 resizeCanvas rejects a bad size and leaves the canvas untouched', () => {
    const canvas = fakeOdcApi().canvas;
    expect(() => resizeCanvas(canvas, -1, 10)).toThrow(RangeError);
    expect(() => resizeCanvas(canvas, 10, Number.NaN)).toThrow(RangeError);
    expect([canvas.width, canvas.height]).toEqual([300, 150]);
    expect(resizeCanvas(canvas, 640.6, 480)).toEqual({ width: 641, height: 480 });
  });

  it('HOST5 the host promise wrappers use the api timers (no hang on a silent host)', async () => {
    const timers = manualTimers();
    const host = createOpenDataHost(
      fakeOdcApi({ getUserCloudStorage: () => undefined, setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout }),
      {},
      { timeoutMs: 100 },
    );
    const p = host.getUserCloudStorage(['a']);
    timers.run(100);
    await expect(p).rejects.toMatchObject({ code: 'timeout' });
  });
});
