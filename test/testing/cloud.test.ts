import { describe, expect, it, vi } from 'vitest';
import { HOST_ERROR_TIMEOUT, createMainHost, detectMainHost, detectOpenDataHost } from '../../src/host/index.js';
import { createSimulatedHost, type RawFriend, type SimResultShape } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

const FRIENDS: RawFriend[] = [
  { openid: 'a', nickname: 'A', avatarUrl: 'sim://avatar/a.png', KVDataList: [{ key: 'score', value: '10' }, { key: 'level', value: '3' }] },
  { openId: 'b', nickName: 'B', data: [{ key: 'score', value: '20' }] },
];

function sim(extra: Partial<Parameters<typeof createSimulatedHost>[0]> = {}) {
  return createSimulatedHost({ canvas: createMockCanvas(), friends: FRIENDS, ...extra });
}

describe('simulated cloud storage', () => {
  it('SIM4 getFriendCloudStorage answers only after latencyMs, filtered by keyList', () => {
    const s = sim({ latencyMs: 50 });
    const success = vi.fn();
    const complete = vi.fn();
    s.odcGlobal.getFriendCloudStorage?.({ keyList: ['score'], success, complete });
    s.advance(49);
    expect(success).not.toHaveBeenCalled();
    s.advance(1);
    expect(success).toHaveBeenCalledTimes(1);
    expect(complete).toHaveBeenCalledTimes(1);
    expect(success.mock.calls[0]?.[0]).toEqual({
      data: [
        { openid: 'a', nickname: 'A', avatarUrl: 'sim://avatar/a.png', KVDataList: [{ key: 'score', value: '10' }] },
        { openId: 'b', nickName: 'B', data: [{ key: 'score', value: '20' }] },
      ],
    });
    expect(s.calls.friendQueries).toEqual([['score']]);
  });

  it.each<[SimResultShape, (r: unknown) => unknown]>([
    ['data', (r) => (r as { data: unknown }).data],
    ['KVDataList', (r) => (r as { KVDataList: unknown }).KVDataList],
    ['users', (r) => (r as { users: unknown }).users],
    ['bare', (r) => r],
  ])('SIM4 resultShape %s wraps the list accordingly', (shape, unwrap) => {
    const s = sim({ resultShape: shape });
    let result: unknown;
    s.odcGlobal.getFriendCloudStorage?.({ keyList: ['score'], success: (r) => { result = r; } });
    s.flush();
    expect(Array.isArray(unwrap(result))).toBe(true);
    expect((unwrap(result) as unknown[]).length).toBe(2);
  });

  it('SIM4 results are copies: mutating them does not change the sim', () => {
    const s = sim();
    s.odcGlobal.getFriendCloudStorage?.({
      keyList: ['score'],
      success: (r) => {
        (r as { data: RawFriend[] }).data[0]!.nickname = 'changed';
      },
    });
    s.flush();
    expect(s.friends()[0]?.nickname).toBe('A');
  });

  it('SIM5 injected failures reach fail then complete, and clearFailure restores success', () => {
    const s = sim({ failures: { friends: { errMsg: 'getFriendCloudStorage:fail auth deny' } } });
    const order: string[] = [];
    const cbs = { keyList: ['score'], success: () => order.push('success'), fail: (e: unknown) => order.push(`fail:${JSON.stringify(e)}`), complete: () => order.push('complete') };
    s.odcGlobal.getFriendCloudStorage?.(cbs);
    s.flush();
    s.clearFailure('friends');
    s.odcGlobal.getFriendCloudStorage?.(cbs);
    s.flush();
    expect(order).toEqual(['fail:{"errMsg":"getFriendCloudStorage:fail auth deny"}', 'complete', 'success', 'complete']);
  });

  it('SIM5 an undefined failure object is a valid injected failure (the "nothing" shape)', () => {
    const s = sim({ failures: { friends: undefined } });
    const fail = vi.fn();
    s.odcGlobal.getFriendCloudStorage?.({ keyList: [], fail });
    s.flush();
    expect(fail).toHaveBeenCalledWith(undefined);
  });

  it('SIM18 the real adapters run over the sim: results, normalised failures and timeouts on the sim clock', async () => {
    const s = sim({ latencyMs: 20 });
    const host = detectOpenDataHost(s.globals, { timeoutMs: 1000 });
    expect(host?.kind).toBe('tt');
    const ok = host?.getFriendCloudStorage(['score']);
    s.advance(20);
    await expect(ok).resolves.toMatchObject({ data: [{ openid: 'a' }, { openId: 'b' }] });

    s.setFailure('friends', { error: { error_code: 1, error_msg: 'denied' } });
    const failed = host?.getFriendCloudStorage(['score']);
    s.advance(20);
    await expect(failed).rejects.toMatchObject({ code: 1, message: 'getFriendCloudStorage: denied' });

    s.clearFailure('friends');
    s.setLatency(5000);
    const slow = host?.getFriendCloudStorage(['score']);
    s.advance(1000);
    await expect(slow).rejects.toMatchObject({ code: HOST_ERROR_TIMEOUT });
  });

  it('SIM11 setUserCloudStorage updates the user record, read back by getUserCloudStorage and the friend list', async () => {
    const s = sim({ self: 'a' });
    const main = createMainHost(s.mainGlobal, {});
    const write = main.setUserCloudStorage([{ key: 'score', value: '99' }, { key: 'new', value: 'x' }]);
    s.flush();
    await write;
    expect(s.userStorage()).toEqual([{ key: 'score', value: '99' }, { key: 'level', value: '3' }, { key: 'new', value: 'x' }]);
    expect(s.friends()[0]?.KVDataList).toEqual(s.userStorage());
    const host = detectOpenDataHost(s.globals);
    const read = host?.getUserCloudStorage(['score']);
    s.flush();
    await expect(read).resolves.toEqual({ data: [{ key: 'score', value: '99' }] });

    const removal = main.removeUserCloudStorage(['new']);
    s.flush();
    await removal;
    expect(s.userStorage().map((kv) => kv.key)).toEqual(['score', 'level']);
    expect(s.calls.setUserCloudStorage).toHaveLength(1);
    expect(s.calls.removeUserCloudStorage).toEqual([['new']]);
  });

  it('SIM11 a user outside the friend list keeps their own storage; sibling limits are enforced', async () => {
    const s = sim({ self: 'me' });
    const main = detectMainHost(s.mainGlobals);
    const ok = main?.setUserCloudStorage([{ key: 'score', value: '1' }]);
    s.flush();
    await ok;
    expect(s.userStorage()).toEqual([{ key: 'score', value: '1' }]);
    expect(s.friends()).toEqual(FRIENDS);
    const tooBig = main?.setUserCloudStorage([{ key: 'score', value: 'x'.repeat(1100) }]);
    s.flush();
    await expect(tooBig).rejects.toMatchObject({ message: expect.stringContaining('1024 bytes') });
    expect(s.userStorage()).toEqual([{ key: 'score', value: '1' }]);
  });

  it('SIM5 authorize failures are injected and recorded', async () => {
    const s = sim({ failures: { authorize: { errMsg: 'authorizeOpenContext:fail auth deny' } } });
    const main = createMainHost(s.mainGlobal, {});
    const p = main.authorizeOpenContext({ statusOnly: true });
    s.flush();
    await expect(p).rejects.toMatchObject({ message: 'authorizeOpenContext: auth deny' });
    expect(s.calls.authorize).toEqual([{ statusOnly: true }]);
    s.clearFailure('authorize');
    const ok = main.authorizeOpenContext({});
    s.flush();
    await expect(ok).resolves.toEqual({ code: 'sim-auth-code' });
  });

  it('SIM17 invalid options fail with a clear error', () => {
    const canvas = createMockCanvas();
    expect(() => createSimulatedHost({} as Parameters<typeof createSimulatedHost>[0])).toThrow(/canvas/);
    expect(() => createSimulatedHost({ canvas, latencyMs: -1 })).toThrow(RangeError);
    expect(() => createSimulatedHost({ canvas, resultShape: 'rows' as SimResultShape })).toThrow(/resultShape/);
    expect(() => createSimulatedHost({ canvas, failures: { nope: 1 } as never })).toThrow(/failure kind/);
    const s = createSimulatedHost({ canvas });
    expect(() => s.setLatency(Number.NaN)).toThrow(RangeError);
    expect(() => s.advance(-5)).toThrow(RangeError);
  });
});

describe('answers out of order', () => {
  /** Makes `n` friend queries and image loads in order and returns the order their answers ran in. */
  function answerOrder(seed: number, n = 8): { order: string[]; completes: string[]; messages: number[] } {
    const s = sim({ jitterMs: 200, seed });
    const order: string[] = [];
    const completes: string[] = [];
    const messages: number[] = [];
    s.odcGlobal.onMessage?.((m) => messages.push((m as { i: number }).i));
    for (let i = 0; i < n; i++) {
      s.odcGlobal.getFriendCloudStorage?.({
        keyList: ['score'],
        success: () => order.push(`q${i}`),
        complete: () => {
          expect(order).toContain(`q${i}`); // never before the answer
          completes.push(`q${i}`);
        },
      });
      const img = s.odcGlobal.createImage!();
      img.onload = () => order.push(`i${i}`);
      img.src = `sim://avatar/${i}.png`;
      s.mainGlobal.getOpenDataContext?.().postMessage({ i });
    }
    s.advance(400);
    return { order, completes, messages };
  }

  it('SIM31 with jitterMs, answers arrive in a seeded order other than the calls, complete in its own later task; messages keep their order', () => {
    const a = answerOrder(3);
    const inCallOrder = Array.from({ length: 8 }, (_, i) => [`q${i}`, `i${i}`]).flat();
    expect([...a.order].sort()).toEqual([...inCallOrder].sort());
    expect(a.order).not.toEqual(inCallOrder);
    expect(a.completes).toHaveLength(8);
    expect(a.messages).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Deterministic for a seed, different between seeds.
    expect(answerOrder(3).order).toEqual(a.order);
    expect(answerOrder(4).order).not.toEqual(a.order);
    expect(() => sim({ jitterMs: -1 })).toThrow(RangeError);
    expect(() => sim({ jitterMs: 10, seed: 1.5 })).toThrow(TypeError);
  });
});
