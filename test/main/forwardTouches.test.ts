import { describe, expect, it, vi } from 'vitest';
import { ValidationError, createPanelController } from '../../src/main/index.js';
import { createFakeMainHost } from './fakeMainHost.js';

const env = { ns: 'friendcanvas', v: 1 };
const rect = { x: 10, y: 100, width: 200, height: 300 };

function setup(opts: Parameters<typeof createFakeMainHost>[0] = {}) {
  const host = createFakeMainHost(opts);
  const warn = vi.fn<(message: string) => void>();
  const panels = createPanelController({ host, warn });
  panels.setViewport(rect);
  host.posted.length = 0;
  return { host, panels, warn };
}

const pointer = (phase: string, id: number, x: number, y: number, t: number) => ({ ...env, type: 'pointer', phase, id, x, y, t });

describe('touch forwarding', () => {
  it('CTRL6 a touch inside the viewport is forwarded with its screen coordinates unchanged', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 1, 50, 150, 1000);
    host.touch('move', 1, 60, 170, 1016);
    host.touch('end', 1, 60, 170, 1032);
    expect(host.posted).toEqual([pointer('start', 1, 50, 150, 1000), pointer('move', 1, 60, 170, 1016), pointer('end', 1, 60, 170, 1032)]);
  });

  it('CTRL6 touches starting outside the viewport are never forwarded, even when they move inside', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 2, 5, 150);
    host.touch('move', 2, 50, 150);
    host.touch('end', 2, 50, 150);
    host.touch('start', 3, 210, 150); // right edge is outside (half-open rect)
    host.touch('start', 4, 50, 400); // bottom edge is outside
    host.touch('cancel', 4, 50, 150);
    expect(host.posted).toHaveLength(0);
  });

  it('CTRL6 the top-left edge is inside', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 1, 10, 100, 0);
    expect(host.posted).toEqual([pointer('start', 1, 10, 100, 0)]);
  });

  it('CTRL6 a touch that starts inside and leaves still forwards its moves and end', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 7, 100, 200, 1);
    host.touch('move', 7, -50, 900, 2);
    host.touch('cancel', 7, -60, 950, 3);
    host.touch('move', 7, 100, 200, 4); // after cancel the id is released
    expect(host.posted).toEqual([pointer('start', 7, 100, 200, 1), pointer('move', 7, -50, 900, 2), pointer('cancel', 7, -60, 950, 3)]);
  });

  it('CTRL6 simultaneous touches are tracked per id', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 1, 50, 150, 0);
    host.touch('start', 2, 0, 0, 0);
    host.touch('move', 2, 60, 160, 1);
    host.touch('move', 1, 70, 170, 1);
    host.touch('end', 2, 60, 160, 2);
    host.touch('end', 1, 70, 170, 2);
    expect(host.posted.map((m) => (m as { id: number; phase: string }).phase + (m as { id: number }).id)).toEqual([
      'start1',
      'move1',
      'end1',
    ]);
  });

  it('CTRL6 no touch is forwarded before a viewport is set', () => {
    const host = createFakeMainHost();
    const panels = createPanelController({ host });
    panels.forwardTouches();
    host.touch('start', 1, 50, 150);
    expect(host.posted).toHaveLength(0);
  });

  it('CTRL6 a repeated start for a claimed id cancels the stale touch first', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    host.touch('start', 1, 50, 150, 0);
    host.touch('start', 1, 0, 0, 5);
    host.touch('move', 1, 50, 150, 6);
    expect(host.posted).toEqual([pointer('start', 1, 50, 150, 0), pointer('cancel', 1, 0, 0, 5)]);
  });

  it('CTRL6 unsubscribing stops forwarding and cancels touches in flight; forwardTouches is idempotent', () => {
    const { host, panels } = setup();
    const stop = panels.forwardTouches();
    expect(panels.forwardTouches()).toBe(stop);
    expect(host.listeners.size).toBe(1);
    host.touch('start', 1, 50, 150, 0);
    host.touch('move', 1, 55, 155, 1);
    stop();
    stop();
    expect(host.listeners.size).toBe(0);
    host.touch('move', 1, 60, 160, 2);
    expect(host.posted).toEqual([
      pointer('start', 1, 50, 150, 0),
      pointer('move', 1, 55, 155, 1),
      { ...env, type: 'pointer', phase: 'cancel', id: 1, x: 55, y: 155 },
    ]);
    const again = panels.forwardTouches();
    expect(again).not.toBe(stop);
    expect(host.listeners.size).toBe(1);
  });

  it('CTRL6 invalid touch values from the host are skipped, never thrown', () => {
    const { host, panels } = setup();
    panels.forwardTouches();
    expect(() => host.touch('start', 1.5, 50, 150)).not.toThrow();
    expect(() => host.touch('start', 2, Number.NaN, 150)).not.toThrow();
    expect(host.posted).toHaveLength(0);
  });

  it('CTRL7 without host touches, forwardTouches is a no-op, canForwardTouches is false, and it warns once', () => {
    const { panels, warn } = setup({ touch: false });
    expect(panels.canForwardTouches).toBe(false);
    const stop = panels.forwardTouches();
    panels.forwardTouches();
    expect(() => stop()).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/no touches/);
    expect(setup().panels.canForwardTouches).toBe(true);
  });

  it('HOST14 the controller default warning sink uses console.log when console.warn is missing, and is silent without a console', () => {
    const host = createFakeMainHost({ touch: false });
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'console')!;
    const log = vi.fn();
    try {
      Object.defineProperty(globalThis, 'console', { value: { log }, configurable: true, writable: true });
      createPanelController({ host }).forwardTouches();
      expect(log).toHaveBeenCalledTimes(1);
      Object.defineProperty(globalThis, 'console', { value: undefined, configurable: true, writable: true });
      expect(() => createPanelController({ host }).forwardTouches()).not.toThrow();
    } finally {
      Object.defineProperty(globalThis, 'console', saved);
    }
  });

  it('CTRL15 a postMessage failure inside a touch callback is caught and warned once', () => {
    const { host, panels, warn } = setup();
    panels.forwardTouches();
    host.postFails = true;
    expect(() => {
      host.touch('start', 1, 50, 150);
      host.touch('start', 2, 50, 150);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/postMessage/);
  });
});

describe('wheel forwarding', () => {
  it('CTRL8 forwardWheel posts inside the viewport and returns false outside or without a viewport', () => {
    const { host, panels } = setup();
    expect(panels.forwardWheel(50, 150, 120)).toBe(true);
    expect(panels.forwardWheel(5, 150, 120)).toBe(false);
    expect(panels.forwardWheel(50, 150, 1e9)).toBe(true);
    expect(host.posted).toEqual([
      { ...env, type: 'wheel', x: 50, y: 150, deltaY: 120 },
      { ...env, type: 'wheel', x: 50, y: 150, deltaY: 100_000 },
    ]);
    const bare = createPanelController({ host: createFakeMainHost() });
    expect(bare.forwardWheel(50, 150, 1)).toBe(false);
  });

  it('CTRL8 forwardWheel rejects non-finite values with ValidationError', () => {
    const { host, panels } = setup();
    expect(() => panels.forwardWheel(50, 150, Number.NaN)).toThrow(ValidationError);
    expect(() => panels.forwardWheel(Number.POSITIVE_INFINITY, 150, 1)).toThrow(/forwardWheel: x/);
    expect(host.posted).toHaveLength(0);
  });
});
