/** Minimal hand-rolled raw platform objects for host adapter tests. */
import { vi } from 'vitest';
import type { PlatformCanvas, RawCallbacks, RawOpenDataApi } from '../../src/host/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

/** A raw ODC api with the essentials plus whatever `extra` adds; timers are the test's to give. */
export function fakeOdcApi(extra: Partial<RawOpenDataApi> = {}): RawOpenDataApi & { canvas: PlatformCanvas } {
  const canvas = createMockCanvas(300, 150);
  return {
    canvas,
    onMessage: vi.fn(),
    getSharedCanvas: () => canvas,
    ...extra,
  };
}

/** A manual timer set: `setTimeout`/`clearTimeout` plus `run(ms)` to fire due timers in order. */
export function manualTimers(): {
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  run: (ms: number) => void;
  pending: () => number;
} {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { due: number; cb: () => void }>();
  return {
    setTimeout: (cb, ms) => {
      const id = next++;
      timers.set(id, { due: now + ms, cb });
      return id;
    },
    clearTimeout: (id) => {
      timers.delete(id);
    },
    run: (ms) => {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].due - b[1].due)) {
        if (t.due <= now && timers.delete(id)) t.cb();
      }
    },
    pending: () => timers.size,
  };
}

/** Captures the callbacks a raw call was given, so a test can fire them in any order. */
export function capture<T>(): { cbs: RawCallbacks<T> | undefined; fn: (opts: RawCallbacks<T>) => void } {
  const box: { cbs: RawCallbacks<T> | undefined; fn: (opts: RawCallbacks<T>) => void } = {
    cbs: undefined,
    fn: (opts) => {
      box.cbs = opts;
    },
  };
  return box;
}
