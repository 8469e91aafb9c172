/**
 * DIAG: the per-app recorder behind the device report: O(1) recording, frame timings, what it keeps.
 */
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticsRecorder, FRAME_SAMPLES, FRIEND_SHAPE_SAMPLE, FrameTimings } from '../../src/diagnostics/index.js';
import type { FrameHost } from '../../src/core/index.js';
import type { RecordedStage } from '../../src/diagnostics/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function fakeStage(): RecordedStage & { stats: { layouts: number }; layout: { liveNodes: number } } {
  return { stats: { layouts: 0 }, layout: { liveNodes: 1 }, scheduler: { driver: 'raf' }, width: 375, height: 667, scaleX: 2, scaleY: 2 };
}

describe('DIAG recorder', () => {
  it('DIAG10 frame timings: median interval, mean and max cost over the last second only', () => {
    const t = new FrameTimings();
    expect(t.summary(0)).toMatchObject({ frames: 0, intervalMs: undefined, meanCostMs: undefined, total: 0 });
    // 2 s of frames at 60 Hz, each 2 ms, one of 9 ms; one late frame after a 100 ms gap.
    let at = 0;
    for (let i = 0; i < 120; i++) {
      t.record(at, i === 100 ? 9 : 2);
      at += 1000 / 60;
    }
    t.record(at + 100, 2);
    // The window [at - 900, at + 100]: 53 regular frames (one of them the slow one) and the late frame.
    const s = t.summary(at + 100);
    expect(s.frames).toBe(54);
    expect(s.intervalMs).toBeCloseTo(1000 / 60, 6);
    expect(s.maxCostMs).toBe(9);
    expect(s.meanCostMs).toBeCloseTo((54 * 2 + 9 - 2) / 54, 6);
    expect(s.total).toBe(121);
    // Nothing in the window long after.
    expect(t.summary(at + 5000).frames).toBe(0);
  });

  it('DIAG10 the ring keeps the last FRAME_SAMPLES frames, whatever the rate', () => {
    const t = new FrameTimings();
    for (let i = 0; i < FRAME_SAMPLES * 3; i++) t.record(i, 1);
    const s = t.summary(FRAME_SAMPLES * 3, 1e9);
    expect(s.frames).toBe(FRAME_SAMPLES);
    expect(s.intervalMs).toBe(1);
  });

  it('DIAG11 recording a touch or a viewport keeps the last one only; the stage mapping is made when read, not per event', () => {
    const r = new DiagnosticsRecorder(() => 5);
    const toStage = vi.fn((x: number, y: number) => ({ x: x - 10, y: y - 20 }));
    const canvas = createMockCanvas(750, 1334);
    r.recordInitialCanvas(canvas);
    r.attach(canvas, fakeStage(), { toStage });
    for (let i = 0; i < 1000; i++) r.recordTouch('native', 'move', 1, i, i);
    r.recordTouch('native', 'end', 1, 100, 200);
    expect(toStage).not.toHaveBeenCalled();
    expect(r.touch('native')).toEqual({ phase: 'end', id: 1, x: 100, y: 200, stageX: 90, stageY: 180, count: 1001, at: 5 });
    expect(r.touch('forwarded')).toBeUndefined();
    const message = { type: 'viewport', x: 1, y: 2, width: 375, height: 667, pixelRatio: 2 };
    r.recordViewport(message, 2);
    r.recordViewport({ ...message, x: 3 }, 2);
    expect(r.viewport()).toMatchObject({ x: 3, count: 2, askedWidth: 750, askedHeight: 1334, canvasWidth: 750, canvasHeight: 1334, sentPixelRatio: 2, dialect: undefined });
    expect(r.canvas()).toEqual({ initialWidth: 750, initialHeight: 1334, width: 750, height: 1334 });
  });

  it('DIAG11 an engine dialect and canvas owner on the parsed viewport message are reported when present', () => {
    const r = new DiagnosticsRecorder(() => 0);
    r.attach(createMockCanvas(640, 960), fakeStage(), { toStage: (x, y) => ({ x, y }) });
    r.recordViewport({ x: 0, y: 0, width: 320, height: 480, dialect: 'cocos', canvasOwner: 'engine', fit: 'contain' } as never, undefined);
    expect(r.viewport()).toMatchObject({ dialect: 'cocos', canvasOwner: 'engine', fit: 'contain', sentPixelRatio: undefined, pixelRatio: undefined, askedWidth: undefined, canvasWidth: 640 });
    r.recordViewport({ x: 0, y: 0, width: 320, height: 480 }, 3);
    expect(r.viewport()).toMatchObject({ dialect: undefined, pixelRatio: 3, askedWidth: 960, askedHeight: 1440 });
  });

  it('DIAG11 a refused message is counted with the parser reason; the layout engine and its error are kept', () => {
    const r = new DiagnosticsRecorder(() => 0);
    r.recordIgnored('unknown-type: "x" (known: viewport, show)');
    r.recordIgnored('missing-field: width');
    expect(r.messages()).toEqual({ ignored: 2, lastIgnored: 'missing-field: width' });
    expect(r.layout().backend).toBe('starting');
    r.recordLayout('none', new RangeError('Array buffer allocation failed'));
    expect(r.layout()).toEqual({ backend: 'none', error: 'Array buffer allocation failed', firstLayoutMs: undefined });
  });

  it('DIAG12 timed frames: each frame callback is timed on the clock, the first frame that laid out a panel is kept, and the wrapper requests nothing itself', () => {
    let now = 0;
    const r = new DiagnosticsRecorder(() => now);
    const stage = fakeStage();
    r.attach(createMockCanvas(10, 10), stage, { toStage: (x, y) => ({ x, y }) });
    const queued: Array<(t: number) => void> = [];
    const host: FrameHost = {
      requestAnimationFrame: vi.fn((cb: (t: number) => void) => queued.push(cb)),
      cancelAnimationFrame: vi.fn(),
    };
    const frames = r.timeFrames(host);
    expect(host.requestAnimationFrame).not.toHaveBeenCalled();
    const run = (cost: number, layout: boolean, liveNodes: number): void => {
      frames.requestAnimationFrame(() => {
        now += cost;
        if (layout) stage.stats.layouts++;
        stage.layout.liveNodes = liveNodes;
      });
      queued.shift()!(now);
      now += 16 - cost;
    };
    run(3, true, 1); // the empty stage's layout: not a panel
    run(12, true, 40); // the panel's first layout
    run(1, false, 40);
    run(5, true, 40);
    expect(r.layout().firstLayoutMs).toBe(12);
    const f = r.frames();
    expect(f).toMatchObject({ frames: 4, intervalMs: 16, maxCostMs: 12, total: 4, driver: 'raf' });
    expect(host.requestAnimationFrame).toHaveBeenCalledTimes(4);
    frames.cancelAnimationFrame(7);
    expect(host.cancelAnimationFrame).toHaveBeenCalledWith(7);
    // Timer frames (a host whose rAF threw) are timed too; a host without setTimeout throws, as before.
    const timers: Array<() => void> = [];
    const withTimers = r.timeFrames({ ...host, setTimeout: (cb: () => void) => timers.push(cb), clearTimeout: vi.fn() });
    withTimers.setTimeout!(() => (now += 2), 16);
    timers[0]!();
    expect(r.frames().total).toBe(5);
    expect(() => frames.setTimeout!(() => undefined, 16)).toThrow(/setTimeout/);
  });

  it('DIAG12 the friend result is sampled when it arrives (never the list) and described only when read; the shape holds no value', () => {
    const r = new DiagnosticsRecorder(() => 0);
    let reads = 0;
    const record = { openid: 'MARK-1', nickname: 'MARK', KVDataList: [{ key: 'score', value: 'MARK9' }] };
    const counted = new Proxy(record, {
      get: (t, k, recv) => {
        reads++;
        return Reflect.get(t, k, recv);
      },
    });
    const list = [counted, ...Array.from({ length: 5000 }, (_, i) => ({ openid: `MARK-${i + 2}` }))];
    const raw = { data: list };
    r.recordFriendResult(raw);
    // Hidden report: the records are not read yet, and the sample keeps the first records only.
    expect(reads).toBe(0);
    const sample = (r as unknown as { _friendSample: { records: unknown[] } })._friendSample;
    expect(sample.records.length).toBe(FRIEND_SHAPE_SAMPLE);
    expect(Object.values(sample)).not.toContain(list);
    list.length = 0;
    const shape = r.friendResult()!;
    expect(reads).toBeGreaterThan(0);
    expect(shape.count).toBe(5001);
    expect(shape.friendKeys.map((k) => k.key)).toEqual(['openid', 'nickname', 'KVDataList']);
    expect(JSON.stringify(shape)).not.toContain('MARK');
    // Described once: the sample is dropped, a second read returns the same shape.
    expect(r.friendResult()).toBe(shape);
  });
});
