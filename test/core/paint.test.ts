import { describe, expect, it, vi } from 'vitest';
import { Node } from '../../src/core/index.js';
import { View } from '../../src/widgets/index.js';
import { createHarness, Probe, Scrolled } from './harness.js';
import type { Harness, ProbeRecord } from './harness.js';

/** The `rect` + `clip` pairs recorded since the last clear: [x, y, w, h] of each rectangular clip. */
function regionClips(h: Harness): number[][] {
  const events = h.ctx.__getEvents();
  const out: number[][] = [];
  for (let i = 0; i + 1 < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'rect' && events[i + 1]!.type === 'clip') {
      const p = e.props as { x: number; y: number; width: number; height: number };
      out.push([p.x, p.y, p.width, p.height]);
    }
  }
  return out;
}

describe('PAINT full repaints', () => {
  it('DRAW1 the first frame and every layout change repaint the whole canvas once', async () => {
    const h = await createHarness({ pixelRatio: 2 });
    const v = h.stage.root.appendChild(new View({ width: 10, height: 10, backgroundColor: 'red' }));
    h.frames.flush();
    expect(h.stage.stats).toMatchObject({ fullPaints: 1, regionPaints: 0 });
    v.setStyle({ width: 20 });
    h.frames.flush();
    expect(h.stage.stats).toMatchObject({ fullPaints: 2, regionPaints: 0, layouts: 2 });
    expect(vi.mocked(h.ctx.clearRect).mock.calls.at(-1)).toEqual([0, 0, 200, 200]);
  });

  it('DRAW2 overflow hidden clips children; nested clips stack and translations accumulate', async () => {
    const h = await createHarness({ pixelRatio: 2 });
    const log: ProbeRecord[] = [];
    const outer = h.stage.root.appendChild(new View({ flexDirection: 'column', margin: 5, padding: 4, height: 60, overflow: 'hidden' }));
    const inner = outer.appendChild(new View({ marginLeft: 3, padding: 2, height: 30, overflow: 'hidden' }));
    inner.appendChild(new Probe(log, { width: 5, height: 5 }, 'deep'));
    outer.appendChild(new Probe(log, { width: 5, height: 5 }, 'mid'));
    h.stage.root.appendChild(new Probe(log, { width: 5, height: 5 }, 'top'));
    h.frames.flush();
    const byName = Object.fromEntries(log.map((r) => [r.name, r]));
    // deep: 5 + 4 + 3 + 2 = 14 across, 5 + 4 + 2 = 11 down; ×2 device px.
    expect(byName.deep!.transform).toEqual([2, 0, 0, 2, 28, 22]);
    expect(byName.deep!.clips).toBe(2);
    // mid: after inner (30 tall) in the column: 5 + 4 = 9 across, 9 + 30 = 39 down.
    expect(byName.mid!.transform).toEqual([2, 0, 0, 2, 18, 78]);
    expect(byName.mid!.clips).toBe(1);
    // top: below outer's margin box (5 + 60 + 5), outside every clip.
    expect(byName.top!.transform).toEqual([2, 0, 0, 2, 0, 140]);
    expect(byName.top!.clips).toBe(0);
    const ev = h.ctx.__getEvents().map((e) => e.type);
    expect(ev.filter((t) => t === 'save').length).toBe(ev.filter((t) => t === 'restore').length);
  });

  it('DRAW2 content offsets (scrolling) translate children, not the container', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const sc = h.stage.root.appendChild(new Scrolled({ height: 50, overflow: 'hidden' }));
    sc.appendChild(new Probe(log, { width: 10, height: 20 }, 'row'));
    h.frames.flush();
    sc.scrollTo(0, 7);
    h.frames.flush();
    expect(log.at(-1)!.transform).toEqual([1, 0, 0, 1, 0, -7]);
  });

  it('DRAW3 opacity multiplies down the tree; zero opacity skips the subtree', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const a = h.stage.root.appendChild(new Probe(log, { height: 30, opacity: 0.5 }, 'a'));
    const b = a.appendChild(new Probe(log, { width: 10, height: 20, opacity: 0.5 }, 'b'));
    b.appendChild(new Probe(log, { width: 10, height: 10 }, 'c'));
    const z = h.stage.root.appendChild(new Probe(log, { height: 10, opacity: 0 }, 'z'));
    z.appendChild(new Probe(log, { height: 10 }, 'z-child'));
    h.frames.flush();
    expect(log.map((r) => [r.name, r.alpha])).toEqual([
      ['a', 0.5],
      ['b', 0.25],
      ['c', 0.25],
    ]);
  });

  it('DRAW4 display none is neither painted nor are its children', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const hidden = h.stage.root.appendChild(new Probe(log, { height: 10, display: 'none' }, 'hidden'));
    hidden.appendChild(new Probe(log, { width: 10, height: 10 }, 'hidden-child'));
    h.stage.root.appendChild(new Probe(log, { height: 10 }, 'shown'));
    h.frames.flush();
    expect(log.map((r) => r.name)).toEqual(['shown']);
    hidden.setStyle({ display: 'flex' });
    h.frames.flush();
    expect(log.map((r) => r.name).slice(1)).toEqual(['hidden', 'hidden-child', 'shown']);
  });

  it('DRAW5 node origins snap to whole device pixels', async () => {
    const h = await createHarness({ pixelRatio: 3 });
    const log: ProbeRecord[] = [];
    const holder = h.stage.root.appendChild(new Scrolled({ height: 50 }));
    holder.appendChild(new Probe(log, { width: 5, height: 5 }, 'p'));
    h.frames.flush();
    holder.scrollTo(0, 0.4);
    h.frames.flush();
    // 0.4 logical px scrolled → -1.2 device px → snapped to -1.
    expect(log.at(-1)!.transform).toEqual([3, 0, 0, 3, 0, -1]);
  });
});

describe('PAINT culling and host calls', () => {
  it('DRAW6 every paint culls by clip: children wholly under a clipping ancestor\'s edge, or outside the canvas, are not painted, even in a full repaint', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const clip = h.stage.root.appendChild(new Probe(log, { height: 40, overflow: 'hidden', flexDirection: 'column' }, 'clip'));
    clip.appendChild(new Probe(log, { height: 30, flexShrink: 0 }, 'inside'));
    clip.appendChild(new Probe(log, { height: 30, flexShrink: 0 }, 'straddles'));
    clip.appendChild(new Probe(log, { height: 30, flexShrink: 0 }, 'below'));
    h.stage.root.appendChild(new Probe(log, { position: 'absolute', left: 0, top: 120, width: 10, height: 10 }, 'offCanvas'));
    h.frames.flush();
    expect(h.stage.stats.fullPaints).toBe(1);
    expect(log.map((r) => r.name)).toEqual(['clip', 'inside', 'straddles']);
  });

  it('DRAW7 a node whose subtree containsPaint is skipped whole when its box misses the drawn area; without the promise its children are still visited', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const clip = h.stage.root.appendChild(new Probe(log, { height: 40, overflow: 'hidden' }, 'clip'));
    const contained = clip.appendChild(new Probe(log, { position: 'absolute', top: 50, width: 10, height: 10 }, 'contained'));
    contained.containsPaint = true;
    contained.appendChild(new Probe(log, { position: 'absolute', top: -50, width: 5, height: 5 }, 'breaksPromise'));
    const open = clip.appendChild(new Probe(log, { position: 'absolute', top: 50, width: 10, height: 10 }, 'open'));
    open.appendChild(new Probe(log, { position: 'absolute', top: -50, width: 5, height: 5 }, 'overflows'));
    h.frames.flush();
    expect(log.map((r) => r.name)).toEqual(['clip', 'overflows']);
  });

  it('DRAW8 a repaint calls the host only for what changes: nodes that draw nothing set no transform, shared styles are set once', async () => {
    const h = await createHarness({ pixelRatio: 2 });
    const column = h.stage.root.appendChild(new View({ flexDirection: 'column' }));
    for (let i = 0; i < 10; i++) {
      // A container that draws nothing, holding a box that draws: 20 nodes, 10 fills, one colour.
      column.appendChild(new View({ height: 8, paddingLeft: 2 })).appendChild(new View({ width: 8, height: 8, backgroundColor: '#123456' }));
    }
    h.frames.flush();
    h.ctx.__clearEvents();
    h.stage.invalidateAll();
    h.frames.flush();
    const count = (type: string): number => h.ctx.__getEvents().filter((e) => e.type === type).length;
    expect(count('fillRect')).toBe(10);
    expect(count('fillStyle')).toBe(1);
    // One transform for the clear and one for the boxes: every other box only shifts its coordinates.
    expect(count('setTransform')).toBe(2);
    expect(count('globalAlpha')).toBe(1);
  });
});

describe('PAINTR region repaints', () => {
  it('PAINTR1 a paint-only change repaints only that node\'s box, snapped outwards to device pixels', async () => {
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 3 });
    const v = h.stage.root.appendChild(new View({ marginLeft: 10.4, marginTop: 20, width: 15, height: 12, backgroundColor: 'red' }));
    h.frames.flush();
    h.ctx.__clearEvents();
    h.ctx.__clearDrawCalls();
    const stats = { ...h.stage.stats };
    v.setStyle({ backgroundColor: 'blue' });
    expect(h.frames.flush()).toBe(1);
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
    expect(h.stage.stats.layouts).toBe(stats.layouts);
    // Box [x 10.333, y 20, 15 × 12] (layout rounds to 1/3 px) plus one logical px of margin for
    // anti-aliasing, in device px: floor(9.333·3) = 28, floor(19·3) = 57, ceil(26.333·3) = 79, ceil(33·3) = 99.
    // (Yoga's float32 puts 9.333·3 at 27.99999…: snapping must not round that down to 27.)
    expect(v.x).toBeCloseTo(31 / 3, 5);
    expect(regionClips(h)).toEqual([[28, 57, 79 - 28, 99 - 57]]);
    expect(vi.mocked(h.ctx.clearRect).mock.calls.at(-1)).toEqual([28, 57, 51, 42]);
    expect(h.ctx.__getDrawCalls().map((d) => d.type)).toEqual(['clearRect', 'fillRect']);
  });

  it('PAINTR2 a region repaint paints only nodes that intersect it (plus their ancestors)', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const col = h.stage.root.appendChild(new Probe(log, { height: 100, flexDirection: 'column' }, 'col'));
    const far = col.appendChild(new Probe(log, { height: 40 }, 'far'));
    const near = col.appendChild(new Probe(log, { height: 10 }, 'near'));
    col.appendChild(new Node({ height: 10 }));
    const clip = col.appendChild(new Probe(log, { height: 40, overflow: 'hidden', flexDirection: 'column' }, 'clipper'));
    clip.appendChild(new Probe(log, { height: 10 }, 'clipped-child'));
    h.frames.flush();
    log.length = 0;
    near.markPaintDirty();
    h.frames.flush();
    // The region is near's box padded by 1 px, so far (ending where near starts) is touched too;
    // the clipper and its child lie outside and are skipped.
    expect(log.map((r) => r.name)).toEqual(['col', 'far', 'near']);
    log.length = 0;
    far.markPaintDirty();
    h.frames.flush();
    expect(log.map((r) => r.name)).toEqual(['col', 'far', 'near']);
    log.length = 0;
    clip.children[0]!.markPaintDirty();
    h.frames.flush();
    // The child's padded region reaches 1 px above the clipper; the clipper clips, so nothing else is walked.
    expect(log.map((r) => r.name)).toEqual(['col', 'clipper', 'clipped-child']);
  });

  it('PAINTR3 several small changes repaint as separate regions; overlapping ones merge', async () => {
    const h = await createHarness();
    const a = h.stage.root.appendChild(new View({ width: 10, height: 10 }));
    h.stage.root.appendChild(new View({ height: 50 }));
    const b = h.stage.root.appendChild(new View({ width: 10, height: 10 }));
    const c = h.stage.root.appendChild(new View({ width: 10, height: 10 }));
    h.frames.flush();
    const before = h.stage.stats.regionPaints;
    a.setStyle({ backgroundColor: 'red' });
    b.setStyle({ backgroundColor: 'red' });
    c.setStyle({ backgroundColor: 'red' }); // touches b's padded region: merged
    h.frames.flush();
    expect(h.stage.stats.regionPaints - before).toBe(2);
  });

  it('PAINTR4 dirty regions covering more than half the canvas repaint as one rectangle, their union; only the whole canvas is a full repaint', async () => {
    const h = await createHarness();
    const big = h.stage.root.appendChild(new View({ height: 60 }));
    const small = h.stage.root.appendChild(new View({ marginTop: 20, height: 10 }));
    const all = h.stage.root.appendChild(new View({ position: 'absolute', left: 0, top: 0, right: 0, bottom: 0 }));
    h.frames.flush();
    const stats = { ...h.stage.stats };
    h.ctx.__clearEvents();
    big.setStyle({ backgroundColor: 'red' });
    small.setStyle({ backgroundColor: 'blue' });
    h.frames.flush();
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
    // [0, -1] to [100, 91] (1 px of margin each side) clipped to the canvas: one rectangle.
    expect(regionClips(h)).toEqual([[0, 0, 100, 91]]);
    all.setStyle({ backgroundColor: 'green' });
    h.frames.flush();
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints + 1);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
  });

  it('PAINTR5 removing a node repaints where it was (no stale pixels), even when no box moved', async () => {
    const h = await createHarness();
    const box = h.stage.root.appendChild(new View({ height: 50 }));
    const gone = box.appendChild(new View({ position: 'absolute', left: 10, top: 10, width: 5, height: 5, backgroundColor: 'red' }));
    h.frames.flush();
    const before = h.stage.stats.fullPaints + h.stage.stats.regionPaints;
    h.ctx.__clearEvents();
    box.removeChild(gone);
    h.frames.flush();
    expect(h.stage.stats.fullPaints + h.stage.stats.regionPaints).toBe(before + 1);
    const cleared = vi.mocked(h.ctx.clearRect).mock.calls.at(-1)!;
    // The cleared area covers the removed box [10, 10, 5, 5].
    expect(cleared[0]).toBeLessThanOrEqual(10);
    expect(cleared[1]).toBeLessThanOrEqual(10);
    expect(cleared[0] + cleared[2]).toBeGreaterThanOrEqual(15);
    expect(cleared[1] + cleared[3]).toBeGreaterThanOrEqual(15);
  });

  it('PAINTR5 adding a node paints it even when its box equals one it had before', async () => {
    const h = await createHarness();
    const log: ProbeRecord[] = [];
    const box = h.stage.root.appendChild(new View({ height: 50 }));
    const p = box.appendChild(new Probe(log, { position: 'absolute', left: 10, top: 10, width: 5, height: 5 }, 'p'));
    h.frames.flush();
    box.removeChild(p);
    h.frames.flush();
    log.length = 0;
    box.appendChild(p);
    h.frames.flush();
    expect(log.map((r) => r.name)).toEqual(['p']);
  });

  it('PAINTR7 a layout root (list row) that shrinks repaints where it was and where it is, not the canvas', async () => {
    const h = await createHarness();
    const list = h.stage.root.appendChild(new Node({ height: 100 }));
    const row = new View({ flexDirection: 'column' });
    row.setLayoutRoot(40, undefined);
    const tall = row.appendChild(new View({ height: 30 }));
    list.appendChild(row);
    row.setFrameOrigin(0, 10);
    h.frames.flush();
    expect(row.height).toBe(30);
    const stats = { ...h.stage.stats };
    tall.setStyle({ height: 10 });
    h.frames.flush();
    expect(row.height).toBe(10);
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
    // The cleared region spans the old box (y 10..40), padded by 1 px.
    expect(vi.mocked(h.ctx.clearRect).mock.calls.at(-1)).toEqual([0, 9, 41, 32]);
  });

  it('PAINTR6 a node scrolled out of the canvas repaints nothing and requests no frame', async () => {
    const h = await createHarness();
    const sc = h.stage.root.appendChild(new Scrolled({ height: 100 }));
    sc.appendChild(new Node({ height: 10 }));
    const far = sc.appendChild(new View({ marginTop: 500, height: 10 }));
    h.frames.flush();
    const req = h.frames.requested;
    far.setStyle({ backgroundColor: 'red' });
    expect(h.frames.requested).toBe(req);
  });
});
