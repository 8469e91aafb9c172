import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ShareTracker } from '../../templates/index.js';

/** A send whose promise the test settles by hand. */
function deferredSend(): { send: () => Promise<void>; calls: number; resolve(): void; reject(): void } {
  let resolve = (): void => {};
  let reject = (): void => {};
  const d = {
    calls: 0,
    send: (): Promise<void> => {
      d.calls++;
      return new Promise<void>((res, rej) => {
        resolve = res;
        reject = () => rej(new Error('cancel'));
      });
    },
    resolve: () => resolve(),
    reject: () => reject(),
  };
  return d;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('ShareTracker', () => {
  it('SHARE8 a request while sending or sent is refused before anything is called', async () => {
    const changes: string[] = [];
    const t = new ShareTracker((id) => changes.push(`${id}:${t.state(id)}`));
    const d = deferredSend();
    expect(t.request('a', d.send)).toBe(true);
    expect(t.request('a', d.send)).toBe(false);
    expect(d.calls).toBe(1);
    expect(t.state('a')).toBe('sending');
    d.resolve();
    await tick();
    expect(t.state('a')).toBe('sent');
    expect(t.request('a', d.send)).toBe(false);
    expect(d.calls).toBe(1);
    expect(changes).toEqual(['a:sending', 'a:sent']);
  });

  it('SHARE9 failures (rejected or thrown synchronously) allow a retry; states are per openid', async () => {
    const t = new ShareTracker(() => undefined);
    const d = deferredSend();
    t.request('a', d.send);
    d.reject();
    await tick();
    expect(t.state('a')).toBe('failed');
    expect(t.state('b')).toBe('idle');
    expect(t.request('b', () => {
      throw new Error('sync');
    })).toBe(true);
    await tick();
    expect(t.state('b')).toBe('failed');
    expect(t.request('a', d.send)).toBe(true);
    expect(d.calls).toBe(2);
  });

  it('SHARE10 property: for any tap sequence, sends per openid = 1 + failures before the final success', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), outcome: fc.boolean() }), { maxLength: 20 }), async (taps) => {
        const t = new ShareTracker(() => undefined);
        const sent = new Map<string, number>();
        for (const tap of taps) {
          const before = t.state(tap.id);
          const called = t.request(tap.id, () => {
            sent.set(tap.id, (sent.get(tap.id) ?? 0) + 1);
            return tap.outcome ? Promise.resolve() : Promise.reject(new Error('no'));
          });
          expect(called).toBe(before === 'idle' || before === 'failed');
          await tick();
        }
        for (const id of ['a', 'b', 'c']) {
          if (t.state(id) === 'sent') expect(taps.filter((x) => x.id === id && x.outcome).length).toBeGreaterThanOrEqual(1);
        }
        // Nothing is ever sent after a success.
        for (const [id, n] of sent) {
          const idx = taps.findIndex((x) => x.id === id && x.outcome);
          const calledTaps = idx < 0 ? taps.filter((x) => x.id === id).length : taps.slice(0, idx + 1).filter((x) => x.id === id).length;
          expect(n).toBe(calledTaps);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('SHARE11 after dispose nothing is sent and late answers change nothing', async () => {
    const changes: string[] = [];
    const t = new ShareTracker((id) => changes.push(id));
    const d = deferredSend();
    t.request('a', d.send);
    t.dispose();
    d.resolve();
    await tick();
    expect(changes).toEqual(['a']);
    expect(t.request('b', d.send)).toBe(false);
    expect(d.calls).toBe(1);
  });

  it('SHARE17 a failed send is never swallowed: onFailure hears each failure once with its error, never after dispose', async () => {
    const failures: Array<[string, string]> = [];
    const t = new ShareTracker(() => undefined, (id, err) => failures.push([id, (err as Error).message]));
    const d = deferredSend();
    t.request('a', d.send);
    d.reject();
    await tick();
    t.request('b', () => {
      throw new Error('thrown');
    });
    await tick();
    expect(failures).toEqual([['a', 'cancel'], ['b', 'thrown']]);
    t.request('a', d.send);
    t.dispose();
    d.reject();
    await tick();
    expect(failures).toHaveLength(2);
  });
});
