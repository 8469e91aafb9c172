import { describe, expect, it } from 'vitest';
import { FrameScheduler } from '../../src/core/index.js';
import type { FrameHost } from '../../src/core/index.js';
import { FALLBACK_FRAME_INTERVAL_MS } from '../../src/host/index.js';
import { resolveHostEnv } from '../../src/host/resolveHostEnv.js';
import { View } from '../../src/widgets/index.js';
import { createHarness, createManualFrames } from './harness.js';

describe('FrameScheduler', () => {
  it('FRAME1 requests at most one animation frame however many times it is asked', () => {
    const frames = createManualFrames(() => 0);
    let ran = 0;
    const s = new FrameScheduler(frames, () => ran++);
    for (let i = 0; i < 10; i++) s.request();
    expect(frames.requested).toBe(1);
    expect(s.pending).toBe(true);
    frames.flush();
    expect(ran).toBe(1);
    expect(s.pending).toBe(false);
    s.request();
    expect(frames.requested).toBe(2);
    expect(s.framesRequested).toBe(2);
  });

  it('FRAME6 dispose cancels the pending frame and refuses new requests', () => {
    const frames = createManualFrames(() => 0);
    let ran = 0;
    const s = new FrameScheduler(frames, () => ran++);
    s.request();
    s.dispose();
    expect(frames.queued).toBe(0);
    s.request();
    expect(frames.requested).toBe(1);
    frames.flush();
    expect(ran).toBe(0);
  });
});

describe('Stage frames', () => {
  it('FRAME2 once the first frame settles, an idle stage requests no frames', async () => {
    const h = await createHarness();
    h.stage.root.appendChild(new View({ width: 10, height: 10, backgroundColor: 'red' }));
    expect(h.frames.flush()).toBeGreaterThan(0);
    expect(h.stage.isIdle).toBe(true);
    const before = h.frames.requested;
    // Idle work: reading state and no-op mutations ask for nothing.
    h.stage.root.children[0]!.setStyle({ backgroundColor: 'red', width: 10 });
    h.stage.resize(100, 100, 1);
    expect(h.frames.requested - before).toBe(0);
    expect(h.frames.queued).toBe(0);
  });

  it('FRAME3 a paint-only change requests exactly one frame, and that frame leaves the stage idle', async () => {
    const h = await createHarness();
    const v = h.stage.root.appendChild(new View({ width: 10, height: 10, backgroundColor: 'red' }));
    h.frames.flush();
    const before = h.frames.requested;
    v.setStyle({ backgroundColor: 'blue' });
    v.setStyle({ backgroundColor: 'green' });
    expect(h.frames.flush()).toBe(1);
    expect(h.frames.requested - before).toBe(1);
    expect(h.stage.isIdle).toBe(true);
  });

  it('FRAME4 a ticker runs once per frame until it returns false, then frames stop', async () => {
    const h = await createHarness();
    h.frames.flush();
    let ticks = 0;
    h.stage.addTicker(() => ++ticks < 5);
    const ran = h.frames.flush();
    expect(ticks).toBe(5);
    expect(ran).toBe(5);
    expect(h.frames.queued).toBe(0);
  });

  it('FRAME4 a stopped ticker never runs again', async () => {
    const h = await createHarness();
    h.frames.flush();
    let ticks = 0;
    const stop = h.stage.addTicker(() => {
      ticks++;
      return true;
    });
    h.frames.step();
    stop();
    h.frames.flush();
    expect(ticks).toBe(1);
    expect(h.frames.queued).toBe(0);
  });

  it('FRAME5 changes made by a ticker are laid out and painted in that same frame', async () => {
    const h = await createHarness();
    const v = h.stage.root.appendChild(new View({ width: 10, height: 10 }));
    h.frames.flush();
    const before = h.frames.requested;
    let once = true;
    h.stage.addTicker(() => {
      if (once) {
        once = false;
        v.setStyle({ backgroundColor: 'red' });
        v.setStyle({ width: 20 });
      }
      return false;
    });
    expect(h.frames.flush()).toBe(1);
    expect(h.frames.requested - before).toBe(1);
    expect(v.width).toBe(20);
  });

  it('FRAME5 a node invalidated while painting gets exactly one follow-up frame', async () => {
    const h = await createHarness();
    let paints = 0;
    class Again extends View {
      public override paintSelf(): void {
        // Invalidate from inside paint on the first paint only (e.g. a lazily measured widget).
        if (paints++ === 0) {
          this.markPaintDirty();
          this.markPaintDirty();
        }
      }
    }
    h.stage.root.appendChild(new Again({ width: 10, height: 10 }));
    const before = h.frames.requested;
    // The first frame was already requested when the stage was built; only the follow-up is new.
    expect(h.frames.flush()).toBe(2);
    expect(h.frames.requested - before).toBe(1);
    expect(paints).toBe(2);
  });

  it('FRAME2 a disposed stage requests no frames, whatever changes', async () => {
    const h = await createHarness();
    const v = h.stage.root.appendChild(new View({ width: 10, height: 10 }));
    h.frames.flush();
    h.stage.dispose();
    const before = h.frames.requested;
    v.setStyle({ backgroundColor: 'red', width: 30 });
    h.stage.invalidateAll();
    h.stage.addTicker(() => true);
    expect(h.frames.requested - before).toBe(0);
    h.stage.frame();
    expect(h.frames.queued).toBe(0);
  });
});

describe('FrameScheduler with a failing host', () => {
  /** A host whose rAF throws while `fail()` says so, with a manual timer queue. */
  function strictHost(fail: () => boolean, timers = true) {
    const frames: Array<() => void> = [];
    const timeouts = new Map<number, { cb: () => void; ms: number }>();
    let nextTimer = 1;
    let rafCalls = 0;
    const host: FrameHost = {
      requestAnimationFrame(cb) {
        rafCalls++;
        if (fail()) throw new Error('rAF refused');
        frames.push(() => cb(0));
        return frames.length;
      },
      cancelAnimationFrame() {},
    };
    if (timers) {
      host.setTimeout = (cb, ms) => {
        const id = nextTimer++;
        timeouts.set(id, { cb, ms });
        return id;
      };
      host.clearTimeout = (id) => void timeouts.delete(id);
    }
    const runTimers = (): number => {
      const due = Array.from(timeouts);
      timeouts.clear();
      for (const [, t] of due) t.cb();
      return due.length;
    };
    return { host, frames, timeouts, runTimers, rafCalls: () => rafCalls };
  }

  it('FRAME7 a host whose requestAnimationFrame throws is reported once, never thrown; frames run on a ~60 Hz timer from then on', () => {
    const h = strictHost(() => true);
    const errors: unknown[] = [];
    let ran = 0;
    const s = new FrameScheduler(h.host, () => ran++, (e) => errors.push(e));
    expect(() => s.request()).not.toThrow();
    expect(s.driver).toBe('timer');
    expect(s.pending).toBe(true);
    expect([...h.timeouts.values()].map((t) => t.ms)).toEqual([FALLBACK_FRAME_INTERVAL_MS]);
    expect(h.runTimers()).toBe(1);
    expect(ran).toBe(1);
    // Permanent: rAF is never asked again, and the switch is reported exactly once.
    for (let i = 0; i < 5; i++) {
      s.request();
      s.request();
      h.runTimers();
    }
    expect(ran).toBe(6);
    expect(h.rafCalls()).toBe(1);
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toMatch(/requestAnimationFrame failed \(rAF refused\).*setTimeout/);
  });

  it('FRAME7 a timer frame is cancelled by dispose and idles like a rAF frame', () => {
    const h = strictHost(() => true);
    let ran = 0;
    const s = new FrameScheduler(h.host, () => ran++);
    s.request();
    s.dispose();
    expect(h.timeouts.size).toBe(0);
    s.request();
    expect(h.runTimers()).toBe(0);
    expect(ran).toBe(0);
  });

  it('FRAME8 without a working rAF or setTimeout, frames run as promise jobs, at most 3 chained per outside request', async () => {
    const h = strictHost(() => true, false);
    const errors: unknown[] = [];
    let ran = 0;
    let s: FrameScheduler;
    // A frame that always asks for another (a running animation).
    s = new FrameScheduler(h.host, () => {
      ran++;
      s.request();
    }, (e) => errors.push(e));
    s.request();
    expect(s.driver).toBe('promise');
    expect(errors).toHaveLength(2); // rAF, then setTimeout: each reported once
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(ran).toBe(3);
    expect(s.pending).toBe(false);
    // The next outside request (a message, a touch) resumes the animation.
    s.request();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(ran).toBe(6);
    expect(errors).toHaveLength(2);
    s.request();
    s.dispose();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(ran).toBe(6);
  });

  it('FRAME8 a host that has neither rAF nor setTimeout (absent, nothing threw) gets one accurate warning, not two failures', async () => {
    for (const [globals, says] of [
      [{}, 'the host has neither requestAnimationFrame nor setTimeout'],
      [{ requestAnimationFrame: () => { throw new Error('rAF refused'); } }, 'the host has no setTimeout'],
    ] as const) {
      const env = resolveHostEnv({}, globals);
      const errors: string[] = [];
      let ran = 0;
      const s = new FrameScheduler(env, () => ran++, (e) => errors.push(e instanceof Error ? e.message : String(e)));
      s.request();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(s.driver).toBe('promise');
      expect(ran).toBe(1);
      expect(errors.filter((m) => m.startsWith(says))).toHaveLength(1);
      expect(errors.join('\n')).not.toMatch(/setTimeout failed|not available/);
      // A throwing rAF is still reported as the failure it is.
      expect(errors).toHaveLength(Object.keys(globals).length === 0 ? 1 : 2);
      s.dispose();
    }
  });

  it('FRAME8 a stage on a host without rAF or timers still draws its first frame', async () => {
    const h = strictHost(() => true, false);
    const st = await createHarness({ stage: { frames: h.host, onHostError: () => undefined } });
    st.stage.root.appendChild(new View({ width: 10, height: 10, backgroundColor: 'red' }));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(st.stage.stats.frames).toBeGreaterThan(0);
    expect(st.stage.isIdle).toBe(true);
  });
});
