import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HOST_TIMEOUT_MS,
  HOST_ERROR_NO_RESULT,
  HOST_ERROR_TIMEOUT,
  HostError,
  callbackToPromise,
  createOpenDataHost,
} from '../../src/host/index.js';
import { capture, fakeOdcApi, manualTimers } from './fakeRawApi.js';

/** Resolves to the promise's state after pending microtasks ran. */
async function stateOf(p: Promise<unknown>): Promise<string> {
  const marker = Symbol('pending');
  const winner = await Promise.race([p.then(
    () => 'resolved',
    () => 'rejected',
  ), Promise.resolve().then(() => Promise.resolve()).then(() => marker)]);
  return winner === marker ? 'pending' : String(winner);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('callbackToPromise', () => {
  it('HOST5 rejects with code timeout after the default 10 s when the host never answers', async () => {
    vi.useFakeTimers();
    const host = createOpenDataHost(fakeOdcApi({ getFriendCloudStorage: () => undefined }), globalThis);
    const p = host.getFriendCloudStorage(['score']);
    p.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(DEFAULT_HOST_TIMEOUT_MS - 1);
    expect(await stateOf(p)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await expect(p).rejects.toMatchObject({ name: 'HostError', api: 'getFriendCloudStorage', code: HOST_ERROR_TIMEOUT });
  });

  it('HOST5 uses a configured timeout and the api own timers before the globals', async () => {
    const apiTimers = manualTimers();
    const globalTimers = manualTimers();
    const api = fakeOdcApi({ getFriendCloudStorage: () => undefined, setTimeout: apiTimers.setTimeout, clearTimeout: apiTimers.clearTimeout });
    const host = createOpenDataHost(api, { setTimeout: globalTimers.setTimeout }, { timeoutMs: 500 });
    const p = host.getFriendCloudStorage(['score']);
    p.catch(() => undefined);
    expect(apiTimers.pending()).toBe(1);
    expect(globalTimers.pending()).toBe(0);
    apiTimers.run(499);
    expect(await stateOf(p)).toBe('pending');
    apiTimers.run(1);
    await expect(p).rejects.toMatchObject({ code: HOST_ERROR_TIMEOUT });
  });

  it('HOST5 clears its timer once answered', async () => {
    const timers = manualTimers();
    const p = callbackToPromise<number>('x', (cbs) => cbs.success(1), { timers });
    await expect(p).resolves.toBe(1);
    expect(timers.pending()).toBe(0);
  });

  it('HOST5 refuses a non-positive timeout before calling the host', () => {
    const invoke = vi.fn();
    expect(() => callbackToPromise('x', invoke, { timeoutMs: 0 })).toThrow(RangeError);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('HOST6 settles once: success then fail resolves, fail then success rejects, extra calls are ignored', async () => {
    const a = capture<string>();
    const p1 = callbackToPromise<string>('a', (cbs) => a.fn(cbs));
    a.cbs?.success?.('first');
    a.cbs?.fail?.({ errMsg: 'a:fail late' });
    a.cbs?.success?.('second');
    a.cbs?.complete?.();
    await expect(p1).resolves.toBe('first');

    const b = capture<string>();
    const p2 = callbackToPromise<string>('b', (cbs) => b.fn(cbs));
    b.cbs?.fail?.({ errMsg: 'b:fail denied' });
    b.cbs?.success?.('late');
    await expect(p2).rejects.toMatchObject({ message: 'b: denied' });
  });

  it('HOST6 a timeout after an answer changes nothing, an answer after a timeout is ignored', async () => {
    const timers = manualTimers();
    const c = capture<number>();
    const p = callbackToPromise<number>('c', (cbs) => c.fn(cbs), { timers, timeoutMs: 10 });
    timers.run(10);
    c.cbs?.success?.(5);
    await expect(p).rejects.toMatchObject({ code: HOST_ERROR_TIMEOUT });
  });

  it('HOST7 a host that only calls complete rejects with code no_result instead of hanging', async () => {
    const p = callbackToPromise('d', (cbs) => cbs.complete());
    await expect(p).rejects.toMatchObject({ code: HOST_ERROR_NO_RESULT });
  });

  it('HOST7 complete followed by success in the same tick still resolves', async () => {
    const p = callbackToPromise<string>('e', (cbs) => {
      cbs.complete();
      cbs.success('ok');
    });
    await expect(p).resolves.toBe('ok');
  });

  it('HOST8 a synchronous throw from the raw call becomes a HostError rejection', async () => {
    const p = callbackToPromise('f', () => {
      throw new Error('not allowed here');
    });
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toMatchObject({ api: 'f', message: 'f: not allowed here' });
  });
});
