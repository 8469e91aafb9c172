import { describe, expect, it, vi } from 'vitest';
import { createSimulatedHost } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function sim(extra: Partial<Parameters<typeof createSimulatedHost>[0]> = {}) {
  return createSimulatedHost({ canvas: createMockCanvas(), ...extra });
}

describe('simulated messages', () => {
  it('SIM1 postMessage delivers on the next flush, not synchronously, as a deep copy', () => {
    const s = sim();
    const received: unknown[] = [];
    s.odcGlobal.onMessage?.((d) => received.push(d));
    const msg = { type: 'viewport', rect: { x: 0, y: 0 } };
    s.mainGlobal.getOpenDataContext?.().postMessage(msg);
    expect(received).toEqual([]);
    msg.rect.x = 99;
    s.flush();
    expect(received).toEqual([{ type: 'viewport', rect: { x: 0, y: 0 } }]);
    expect(received[0]).not.toBe(msg);
    expect(s.calls.postMessages).toBe(1);
    expect(s.calls.delivered).toBe(1);
  });

  it('SIM1 messages keep their order and are delivered to every listener', () => {
    const s = sim();
    const a: unknown[] = [];
    const b: unknown[] = [];
    s.odcGlobal.onMessage?.((d) => a.push(d));
    s.odcGlobal.onMessage?.((d) => b.push(d));
    const ctx = s.mainGlobal.getOpenDataContext?.();
    for (let i = 0; i < 5; i++) ctx?.postMessage({ i });
    s.advance(1);
    expect(a).toEqual([0, 1, 2, 3, 4].map((i) => ({ i })));
    expect(b).toEqual(a);
  });

  it('SIM2 a message delivered before the ODC listens is dropped and counted', () => {
    const s = sim();
    const ctx = s.mainGlobal.getOpenDataContext?.();
    ctx?.postMessage({ type: 'show' });
    s.flush();
    const received = vi.fn();
    s.odcGlobal.onMessage?.(received);
    s.flush();
    expect(received).not.toHaveBeenCalled();
    expect(s.calls.dropped).toBe(1);
    ctx?.postMessage({ type: 'show' });
    s.flush();
    expect(received).toHaveBeenCalledTimes(1);
    expect(s.messageListenerCount()).toBe(1);
  });

  it('SIM3 strict payloads refuse arrays, functions, class instances and cycles at postMessage', () => {
    const s = sim();
    const post = (m: unknown) => s.mainGlobal.getOpenDataContext?.().postMessage(m);
    expect(() => post({ list: [1] })).toThrow(/array/);
    expect(() => post({ f: () => 1 })).toThrow(/function/);
    expect(() => post({ d: new Date(0) })).toThrow(/plain object/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => post(cyclic)).toThrow(/cycle/);
    expect(s.calls.postMessages).toBe(0);
    expect(s.pendingTimers()).toBe(0);
  });

  it('SIM3 the clone policy copies arrays', () => {
    const s = sim({ messagePolicy: 'clone' });
    const got: unknown[] = [];
    s.odcGlobal.onMessage?.((d) => got.push(d));
    const list = [{ a: 1 }];
    s.mainGlobal.getOpenDataContext?.().postMessage({ list });
    s.flush();
    expect(got).toEqual([{ list: [{ a: 1 }] }]);
    expect((got[0] as { list: unknown[] }).list[0]).not.toBe(list[0]);
  });
});
