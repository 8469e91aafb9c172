import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createOpenDataHost,
  type PlatformTouch,
  type PlatformTouchEvent,
  type RawOpenDataApi,
  type RawTouchListener,
  type TouchListener,
} from '../../src/host/index.js';
import { fakeOdcApi } from './fakeRawApi.js';

type Phase = 'Start' | 'Move' | 'End' | 'Cancel';

/** A raw api with native touch registration; `withOff` adds off* members. */
function touchApi(withOff: boolean, withCancel = true): {
  api: RawOpenDataApi;
  fire: (phase: Phase, ev: PlatformTouchEvent) => void;
  count: () => number;
} {
  const listeners: Record<Phase, RawTouchListener[]> = { Start: [], Move: [], End: [], Cancel: [] };
  const api: Record<string, unknown> = {};
  for (const phase of Object.keys(listeners) as Phase[]) {
    if (phase === 'Cancel' && !withCancel) continue;
    api[`onTouch${phase}`] = (cb: RawTouchListener) => listeners[phase].push(cb);
    if (withOff) {
      api[`offTouch${phase}`] = (cb: RawTouchListener) => {
        listeners[phase] = listeners[phase].filter((l) => l !== cb);
      };
    }
  }
  return {
    api: fakeOdcApi(api as Partial<RawOpenDataApi>),
    fire: (phase, ev) => {
      for (const l of listeners[phase]) l(ev);
    },
    count: () => Object.values(listeners).reduce((n, l) => n + l.length, 0),
  };
}

describe('native touches', () => {
  it('HOST10 onTouch exists only when onTouchStart, Move and End exist; Cancel is optional', () => {
    expect(createOpenDataHost(fakeOdcApi({ onTouchStart: vi.fn(), onTouchMove: vi.fn() }), {}).onTouch).toBeUndefined();
    expect(createOpenDataHost(touchApi(false, false).api, {}).onTouch).toBeTypeOf('function');
  });

  it('HOST10 one listener call per changed touch, 0 is a valid coordinate, time from timeStamp', () => {
    const { api, fire } = touchApi(true);
    const host = createOpenDataHost(api, { performance: { now: () => 999 } });
    const calls: Array<Parameters<TouchListener>> = [];
    host.onTouch?.((...args) => calls.push(args));
    fire('Start', {
      changedTouches: [
        { identifier: 1, pageX: 0, pageY: 0, clientX: 50, clientY: 50 },
        { identifier: 2, clientX: 0, clientY: 7, screenX: 99, screenY: 99 },
      ],
      timeStamp: 42,
    });
    fire('End', { touches: [], changedTouches: [{ identifier: 1, screenX: 0, screenY: 3 }] });
    fire('Cancel', { touches: [{ identifier: 4, pageX: 5, pageY: 6 }] });
    expect(calls).toEqual([
      ['start', 1, 0, 0, 42],
      ['start', 2, 0, 7, 42],
      ['end', 1, 0, 3, 999],
      ['cancel', 4, 5, 6, 999],
    ]);
  });

  it('HOST10 reads pageX ?? clientX ?? screenX for any combination of fields', () => {
    const fields = fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(fields, fields, fields, (page, client, screen) => {
        const { api, fire } = touchApi(false);
        const host = createOpenDataHost(api, {});
        const seen: number[] = [];
        host.onTouch?.((_p, _id, x) => seen.push(x));
        const touch: PlatformTouch = { identifier: 0, pageY: 1 };
        if (page !== undefined) touch.pageX = page;
        if (client !== undefined) touch.clientX = client;
        if (screen !== undefined) touch.screenX = screen;
        fire('Move', { changedTouches: [touch] });
        const expected = page ?? client ?? screen;
        expect(seen).toEqual(expected === undefined ? [] : [expected]);
      }),
    );
  });

  it('HOST11 unsubscribe calls off* when the host has it and stops delivery', () => {
    const { api, fire, count } = touchApi(true);
    const host = createOpenDataHost(api, {});
    const listener = vi.fn();
    const off = host.onTouch?.(listener);
    expect(count()).toBe(4);
    off?.();
    off?.();
    expect(count()).toBe(0);
    fire('Start', { changedTouches: [{ identifier: 0, pageX: 1, pageY: 1 }] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('HOST11 without off* the listener is disabled by a flag', () => {
    const { api, fire, count } = touchApi(false);
    const host = createOpenDataHost(api, {});
    const listener = vi.fn();
    const off = host.onTouch?.(listener);
    fire('Start', { changedTouches: [{ identifier: 0, pageX: 1, pageY: 1 }] });
    off?.();
    fire('Move', { changedTouches: [{ identifier: 0, pageX: 2, pageY: 2 }] });
    expect(count()).toBe(4);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('HOST11 a throwing touch listener is warned about and never throws into the host', () => {
    const { api, fire } = touchApi(false);
    const warn = vi.fn();
    const host = createOpenDataHost(api, { console: { warn } });
    host.onTouch?.(() => {
      throw new Error('listener bug');
    });
    expect(() => fire('Start', { changedTouches: [{ identifier: 0, pageX: 1, pageY: 1 }] })).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
