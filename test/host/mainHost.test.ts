import { describe, expect, it, vi } from 'vitest';
import {
  HOST_ERROR_INVALID_ARGUMENT,
  HOST_ERROR_UNSUPPORTED,
  HostError,
  createMainHost,
  type RawCallbacks,
  type RawMainApi,
} from '../../src/host/index.js';

function mainApi(extra: Partial<RawMainApi> = {}): RawMainApi & { post: ReturnType<typeof vi.fn> } {
  const post = vi.fn();
  return { post, getOpenDataContext: () => ({ postMessage: post }), ...extra };
}

describe('MainHost', () => {
  it('HOST16 postMessage goes through the open data context; a host throw becomes a HostError', () => {
    const api = mainApi();
    createMainHost(api, {}).postMessage({ type: 'hide' });
    expect(api.post).toHaveBeenCalledWith({ type: 'hide' });
    const broken = createMainHost({ getOpenDataContext: () => { throw new Error('no odc'); } }, {});
    expect(() => broken.postMessage({})).toThrow(HostError);
  });

  it('HOST16 authorizeOpenContext passes get_status_only and resolves with the code', async () => {
    const raw = vi.fn((opts: { get_status_only?: boolean } & RawCallbacks<{ code?: string }>) => opts.success?.({ code: 'abc' }));
    const host = createMainHost(mainApi({ authorizeOpenContext: raw }), {});
    await expect(host.authorizeOpenContext({ statusOnly: true })).resolves.toEqual({ code: 'abc' });
    expect(raw.mock.calls[0]?.[0].get_status_only).toBe(true);
    await expect(host.authorizeOpenContext({})).resolves.toEqual({ code: 'abc' });
    expect(raw.mock.calls[1]?.[0]).not.toHaveProperty('get_status_only');
  });

  it('HOST16 authorize failures are normalised', async () => {
    const host = createMainHost(
      mainApi({ authorizeOpenContext: (o) => o.fail?.({ error: { error_code: 2, error_msg: 'user denied' } }) }),
      {},
    );
    await expect(host.authorizeOpenContext({})).rejects.toMatchObject({ code: 2, message: 'authorizeOpenContext: user denied' });
  });

  it('HOST16 setUserCloudStorage sends the list as both data and KVDataList, copied', async () => {
    const raw = vi.fn((o: RawCallbacks<unknown>) => o.success?.({}));
    const host = createMainHost(mainApi({ setUserCloudStorage: raw }), {});
    const list = [{ key: 'score', value: '10' }];
    await expect(host.setUserCloudStorage(list)).resolves.toBeUndefined();
    const sent = raw.mock.calls[0]?.[0] as { data: unknown[]; KVDataList: unknown[] };
    expect(sent.data).toEqual(list);
    expect(sent.KVDataList).toEqual(list);
    expect(sent.data[0]).not.toBe(list[0]);
  });

  it('HOST16 invalid storage arguments are rejected without calling the host', async () => {
    const set = vi.fn();
    const remove = vi.fn();
    const host = createMainHost(mainApi({ setUserCloudStorage: set, removeUserCloudStorage: remove }), {});
    await expect(host.setUserCloudStorage([{ key: 'score', value: 10 as unknown as string }])).rejects.toMatchObject({
      code: HOST_ERROR_INVALID_ARGUMENT,
    });
    await expect(host.removeUserCloudStorage('score' as unknown as string[])).rejects.toMatchObject({
      code: HOST_ERROR_INVALID_ARGUMENT,
    });
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });

  it('HOST15 missing main-domain apis reject as unsupported; canIUse and onTouch are undefined', async () => {
    const host = createMainHost(mainApi(), {});
    await expect(host.authorizeOpenContext({})).rejects.toMatchObject({ code: HOST_ERROR_UNSUPPORTED });
    await expect(host.setUserCloudStorage([])).rejects.toMatchObject({ code: HOST_ERROR_UNSUPPORTED });
    await expect(host.removeUserCloudStorage([])).rejects.toMatchObject({ code: HOST_ERROR_UNSUPPORTED });
    expect(host.canIUse).toBeUndefined();
    expect(host.onTouch).toBeUndefined();
  });

  it('HOST16 canIUse is wrapped: only a true answer counts and a throw means false', () => {
    const host = createMainHost(mainApi({ canIUse: (n) => (n === 'boom' ? (() => { throw new Error('x'); })() : n === 'yes') }), {});
    expect(host.canIUse?.('yes')).toBe(true);
    expect(host.canIUse?.('no')).toBe(false);
    expect(host.canIUse?.('boom')).toBe(false);
  });
});
