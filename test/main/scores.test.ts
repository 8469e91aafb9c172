import { describe, expect, it, vi } from 'vitest';
import { HostError, ValidationError, createPanelController, utf8ByteLength } from '../../src/main/index.js';
import { createFakeMainHost } from './fakeMainHost.js';

const env = { ns: 'friendcanvas', v: 1 };

function setup(opts: Parameters<typeof createFakeMainHost>[0] = {}) {
  const host = createFakeMainHost(opts);
  const warn = vi.fn<(message: string) => void>();
  return { host, warn, panels: createPanelController({ host, warn }) };
}

describe('utf8ByteLength', () => {
  it('CTRL10 counts UTF-8 bytes: ASCII 1, accented 2, CJK 3, emoji 4, lone surrogate 3', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('分数')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800x')).toBe(4);
    expect(utf8ByteLength('a😀分é')).toBe(Buffer.byteLength('a😀分é', 'utf8'));
  });
});

describe('saveScore', () => {
  it('CTRL10 writes the value as a string, then posts the score message', async () => {
    const { host, panels } = setup();
    await panels.saveScore('best', 1234.5);
    await panels.saveScore('rank', 'gold');
    expect(host.calls).toEqual([
      ['setUserCloudStorage', [{ key: 'best', value: '1234.5' }]],
      ['setUserCloudStorage', [{ key: 'rank', value: 'gold' }]],
    ]);
    expect(host.posted).toEqual([
      { ...env, type: 'score', key: 'best', value: 1234.5 },
      { ...env, type: 'score', key: 'rank', value: 'gold' },
    ]);
  });

  it('CTRL10 invalid scores reject with ValidationError before any host call', async () => {
    const { host, panels } = setup();
    const bad: Array<[unknown, unknown, RegExp]> = [
      ['', 1, /key must be 1\.\.128 UTF-8 bytes, got 0/],
      ['k'.repeat(129), 1, /got 129/],
      ['分'.repeat(43), 1, /got 129/], // 43 chars but 129 bytes
      [42, 1, /key must be a string/],
      ['best', Number.NaN, /finite number/],
      ['best', Number.POSITIVE_INFINITY, /finite number/],
      ['best', true, /finite number or a string/],
      ['best', null, /finite number or a string/],
      ['best', 'v'.repeat(1021), /at most 1024 UTF-8 bytes, got 1025/],
    ];
    for (const [key, value, message] of bad) {
      await expect(panels.saveScore(key as string, value as number)).rejects.toThrow(message);
      await expect(panels.saveScore(key as string, value as number)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(host.calls).toHaveLength(0);
    expect(host.posted).toHaveLength(0);
  });

  it('CTRL10 the byte limits are inclusive', async () => {
    const { host, panels } = setup();
    await panels.saveScore('k'.repeat(128), 1);
    await panels.saveScore('best', 'v'.repeat(1020));
    expect(host.calls).toHaveLength(2);
  });

  it('CTRL10 a host failure rejects with HostError and posts no score', async () => {
    const { host, panels } = setup();
    host.failWith('setUserCloudStorage', { errMsg: 'setUserCloudStorage:fail quota' });
    const p = panels.saveScore('best', 1);
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toMatchObject({ api: 'setUserCloudStorage', message: 'setUserCloudStorage: quota' });
    expect(host.posted).toHaveLength(0);
  });

  it('CTRL10 a failed score post after a successful write still resolves', async () => {
    const { host, panels, warn } = setup();
    host.postFails = true;
    await expect(panels.saveScore('best', 1)).resolves.toBeUndefined();
    expect(host.calls).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('saveScores', () => {
  it('CTRL11 writes all pairs in one call and posts one score message per pair', async () => {
    const { host, panels } = setup();
    await panels.saveScores({ best: 10, level: '3' });
    expect(host.calls).toEqual([['setUserCloudStorage', [{ key: 'best', value: '10' }, { key: 'level', value: '3' }]]]);
    expect(host.posted).toHaveLength(2);
  });

  it('CTRL11 if any pair is invalid nothing is written', async () => {
    const { host, panels } = setup();
    await expect(panels.saveScores({ best: 10, bad: Number.NaN })).rejects.toThrow(/saveScores: pair #1 value must be a finite number/);
    const many = Object.fromEntries(Array.from({ length: 129 }, (_, i) => [`k${i}`, i]));
    await expect(panels.saveScores(many)).rejects.toThrow(/at most 128 pairs per write, got 129/);
    await expect(panels.saveScores([1] as unknown as Record<string, number>)).rejects.toBeInstanceOf(ValidationError);
    await expect(panels.saveScores(null as unknown as Record<string, number>)).rejects.toBeInstanceOf(ValidationError);
    expect(host.calls).toHaveLength(0);
  });

  it('CTRL11 an empty record writes nothing and resolves', async () => {
    const { host, panels } = setup();
    await panels.saveScores({});
    expect(host.calls).toHaveLength(0);
  });
});

describe('removeScores', () => {
  it('CTRL12 removes valid keys through the host', async () => {
    const { host, panels } = setup();
    await panels.removeScores(['best', 'level']);
    await panels.removeScores([]);
    expect(host.calls).toEqual([['removeUserCloudStorage', ['best', 'level']]]);
  });

  it('CTRL12 invalid keys reject with ValidationError before any host call', async () => {
    const { host, panels } = setup();
    await expect(panels.removeScores(['ok', ''])).rejects.toThrow(/removeScores: key #1 must be 1\.\.128 UTF-8 bytes/);
    await expect(panels.removeScores('best' as unknown as string[])).rejects.toBeInstanceOf(ValidationError);
    await expect(panels.removeScores(Array.from({ length: 129 }, (_, i) => `k${i}`))).rejects.toThrow(/at most 128 keys/);
    expect(host.calls).toHaveLength(0);
  });

  it('CTRL12 a host failure rejects with HostError', async () => {
    const { host, panels } = setup();
    host.failWith('removeUserCloudStorage', new HostError('removeUserCloudStorage', 'nope', 5));
    await expect(panels.removeScores(['best'])).rejects.toMatchObject({ name: 'HostError', code: 5 });
  });
});

describe('authorize', () => {
  it('CTRL9 resolves with the code and passes statusOnly through', async () => {
    const { host, panels } = setup({ authCode: 'abc' });
    await expect(panels.authorize()).resolves.toEqual({ code: 'abc' });
    await expect(panels.authorize({ statusOnly: true })).resolves.toEqual({ code: 'abc' });
    expect(host.calls).toEqual([
      ['authorizeOpenContext', {}],
      ['authorizeOpenContext', { statusOnly: true }],
    ]);
  });

  it('CTRL9 a non-string code resolves to an empty result', async () => {
    const { panels } = setup({ authCode: 42 });
    await expect(panels.authorize()).resolves.toEqual({});
  });

  it('CTRL9 host failures reject with a normalised HostError, including synchronous throws', async () => {
    const { host, panels } = setup();
    host.failWith('authorizeOpenContext', { error: { error_code: 10, error_msg: 'denied' } });
    await expect(panels.authorize()).rejects.toMatchObject({ name: 'HostError', api: 'authorizeOpenContext', code: 10 });
    host.authorizeOpenContext = () => {
      throw new Error('sync boom');
    };
    const p = panels.authorize();
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toThrow(/sync boom/);
  });

  it('CTRL9 a non-boolean statusOnly rejects with ValidationError before any host call', async () => {
    const { host, panels } = setup();
    await expect(panels.authorize({ statusOnly: 'yes' as unknown as boolean })).rejects.toBeInstanceOf(ValidationError);
    expect(host.calls).toHaveLength(0);
  });
});
