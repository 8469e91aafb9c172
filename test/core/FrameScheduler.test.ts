import { describe, expect, it } from 'vitest';
import { FrameScheduler } from '../../src/core/index.js';
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
  it('FRAME7 a host whose requestAnimationFrame throws is reported, never thrown; the next request tries again', () => {
    let fail = true;
    const queued: Array<() => void> = [];
    const errors: unknown[] = [];
    const host = {
      requestAnimationFrame(cb: (t: number) => void): number {
        if (fail) throw new Error('rAF refused');
        queued.push(() => cb(0));
        return queued.length;
      },
      cancelAnimationFrame(): void {},
    };
    let ran = 0;
    const s = new FrameScheduler(host, () => ran++, (e) => errors.push(e));
    expect(() => s.request()).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(s.pending).toBe(false);
    fail = false;
    s.request();
    expect(s.pending).toBe(true);
    queued.shift()!();
    expect(ran).toBe(1);
  });
});
