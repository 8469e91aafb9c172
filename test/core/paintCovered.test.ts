import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Canvas2D } from '../../src/host/types.js';
import { Node } from '../../src/core/index.js';
import { createTextMeasurer } from '../../src/paint/index.js';
import { ScrollView, Text, View } from '../../src/widgets/index.js';
import { createHarness, Probe } from './harness.js';
import type { ProbeRecord } from './harness.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';

/** A probe that also paints an opaque box (so it can cover a region). */
class CoveringProbe extends Probe {
  public override coversBox(): boolean {
    return true;
  }
}

describe('PAINTR8 a scroll view repaints exactly its clip', () => {
  it('PAINTR8 scrolling repaints the clip (box less its bottom inset) with no anti-aliasing margin: a sibling over the inset is not repainted', async () => {
    const h = await createHarness({ width: 100, height: 200, pixelRatio: 3 });
    const log: ProbeRecord[] = [];
    const panel = h.stage.root.appendChild(new Node({ width: 100, height: 200 }));
    const scroll = panel.appendChild(new ScrollView({ position: 'absolute', left: 0, top: 20, width: 100, height: 160 }));
    for (let i = 0; i < 20; i++) scroll.appendChild(new View({ height: 20, backgroundColor: i % 2 ? '#eeeeee' : '#dddddd' }));
    const above = panel.appendChild(new Probe(log, { position: 'absolute', left: 0, top: 0, width: 100, height: 20 }, 'above'));
    const below = panel.appendChild(new Probe(log, { position: 'absolute', left: 0, top: 180, width: 100, height: 20 }, 'below'));
    h.frames.flush();
    log.length = 0;
    const regions = h.stage.stats.regionPaints;
    scroll.scrollTo(40, false);
    h.frames.flush();
    expect(h.stage.stats.regionPaints).toBe(regions + 1);
    // The neighbours touching the clip's edges are not repainted: the region stops at the clip.
    expect(log.map((r) => r.name)).toEqual([]);
    expect(above.parent).toBe(panel);
    expect(below.parent).toBe(panel);
  });
});

describe('PAINTR9 a region repaint starts at the node that covers it', () => {
  it('PAINTR9 what lies under an opaque box containing the region is not painted; what lies over it is', async () => {
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 2 });
    const log: ProbeRecord[] = [];
    const back = h.stage.root.appendChild(new Probe(log, { width: 100, height: 100, flexDirection: 'column' }, 'back'));
    back.appendChild(new Probe(log, { height: 10 }, 'under'));
    const cover = back.appendChild(new CoveringProbe(log, { width: 80, height: 60, padding: 10 }, 'cover'));
    const inner = cover.appendChild(new Probe(log, { width: 20, height: 20 }, 'inner'));
    h.stage.root.appendChild(new Probe(log, { position: 'absolute', left: 5, top: 15, width: 10, height: 10 }, 'over'));
    h.frames.flush();
    log.length = 0;
    const covered = h.stage.stats.coveredPaints;
    inner.markPaintDirty();
    h.frames.flush();
    expect(log.map((r) => r.name)).toEqual(['cover', 'inner', 'over']);
    expect(h.stage.stats.coveredPaints).toBe(covered + 1);
    // The cover keeps its place and scale: same transform as in a full paint.
    expect(log[0]!.transform).toEqual([2, 0, 0, 2, 0, 20]);
  });

  it('PAINTR9 no cover: translucent, rounded, non-opaque colours, a region reaching past the box or into a rounded clip corner', async () => {
    const cases: Array<{ style: ConstructorParameters<typeof View>[0]; opacity?: number; clipRadius?: number; mark?: 'edge' }> = [
      { style: { backgroundColor: '#ffffff', opacity: 0.5 } },
      { style: { backgroundColor: '#ffffff', borderRadius: 4 } },
      { style: { backgroundColor: 'rgba(255, 255, 255, 0.5)' } },
      { style: { backgroundColor: '#ffffff80' } },
      { style: { backgroundColor: 'white' } },
      { style: { backgroundColor: '#ffffff', backgroundGradient: { from: '#000000', to: '#ffffff', angle: 90 } } },
      { style: { backgroundColor: '#ffffff' }, clipRadius: 20 },
    ];
    for (const c of cases) {
      const h = await createHarness({ width: 100, height: 100 });
      const log: ProbeRecord[] = [];
      const back = h.stage.root.appendChild(new Probe(log, { width: 100, height: 100, overflow: c.clipRadius ? 'hidden' : 'visible', borderRadius: c.clipRadius ?? 0 }, 'back'));
      const box = back.appendChild(new View({ width: 100, height: 100, ...c.style }));
      const child = box.appendChild(new View({ width: 10, height: 10, backgroundColor: '#000000' }));
      h.frames.flush();
      log.length = 0;
      child.markPaintDirty();
      h.frames.flush();
      expect(log.map((r) => r.name), JSON.stringify(c)).toEqual(['back']);
      expect(h.stage.stats.coveredPaints).toBe(0);
    }
    // An opaque square box covers when the region is inside it, not when the region reaches past it.
    const h = await createHarness({ width: 100, height: 100 });
    const box = h.stage.root.appendChild(new View({ width: 50, height: 50, backgroundColor: '#ffffff' }));
    const inside = box.appendChild(new View({ margin: 5, width: 10, height: 10 }));
    const edge = box.appendChild(new View({ width: 50, height: 10 }));
    h.frames.flush();
    inside.markPaintDirty();
    h.frames.flush();
    expect(h.stage.stats.coveredPaints).toBe(1);
    edge.markPaintDirty();
    h.frames.flush();
    expect(h.stage.stats.coveredPaints).toBe(1);
  });

  it('PAINTR9 on a real raster, a covered region repaint gives the pixels of a full repaint', async () => {
    const canvas = createCanvas(300, 300);
    const measurer = createTextMeasurer(canvas.getContext('2d') as unknown as Canvas2D);
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 3, canvas: canvas as unknown as MockCanvas, stage: { measurer } });
    // The list sits clear of the card's rounded corners (padding = radius), so the card's clip can be skipped.
    const card = h.stage.root.appendChild(new View({ width: 100, height: 100, padding: 12, flexDirection: 'column', backgroundColor: '#203040', borderRadius: 12, overflow: 'hidden' }));
    card.appendChild(new View({ height: 12, backgroundColor: '#aa0000' }));
    const list = card.appendChild(new View({ flexGrow: 1, backgroundColor: '#ffffff' }));
    // No scrollbar: its fade would differ between the two paints.
    const scroll = list.appendChild(new ScrollView({ flexGrow: 1 }, { showsScrollbar: false }));
    for (let i = 0; i < 12; i++) scroll.appendChild(new Text(`row ${i}`, { height: 15, fontSize: 10, color: '#112233' }));
    h.frames.flush();
    scroll.scrollTo(23, false);
    h.frames.flush();
    expect(h.stage.stats.coveredPaints).toBe(1);
    const afterRegion = canvas.toBuffer('image/png');
    h.stage.invalidateAll();
    h.frames.flush();
    expect(afterRegion.equals(canvas.toBuffer('image/png'))).toBe(true);
  });
});

describe('PAINTR10 a clip holding the whole area drawn is not set', () => {
  it('PAINTR10 a scroll frame sets no clip for the list (the region is its clip); a region the clip cuts, or a rounded clip, still sets it', async () => {
    const h = await createHarness({ width: 100, height: 200, pixelRatio: 3 });
    const scroll = h.stage.root.appendChild(new ScrollView({ position: 'absolute', left: 0, top: 20, width: 100, height: 160 }, { showsScrollbar: false }));
    for (let i = 0; i < 20; i++) scroll.appendChild(new View({ height: 20, backgroundColor: i % 2 ? '#eeeeee' : '#dddddd' }));
    const rounded = h.stage.root.appendChild(new View({ position: 'absolute', left: 10, top: 185, width: 30, height: 10, overflow: 'hidden', borderRadius: 3 }));
    const inner = rounded.appendChild(new View({ width: 30, height: 10, backgroundColor: '#123456' }));
    h.frames.flush();
    const clips = (): number => h.ctx.__getEvents().filter((e) => e.type === 'clip').length;
    h.ctx.__clearEvents();
    scroll.scrollTo(40, false);
    h.frames.flush();
    // One clip: the region's own. The scroll view's clip would hold the whole region.
    expect(clips()).toBe(1);
    h.ctx.__clearEvents();
    inner.markPaintDirty();
    h.frames.flush();
    // The region (the box plus 1 px) is wider than the rounded clip: region clip + the rounded one.
    expect(clips()).toBe(2);
    // A full paint clips the scroll view (it does not hold the canvas) and the rounded box.
    h.ctx.__clearEvents();
    h.stage.invalidateAll();
    h.frames.flush();
    expect(clips()).toBe(2);
  });
});

describe('PAINTR11 a repaint is cut to the clips above the node', () => {
  it('PAINTR11 a change under a clip repaints only what of it shows; a change wholly clipped away asks for no frame', async () => {
    const h = await createHarness({ width: 100, height: 200, pixelRatio: 2 });
    const log: ProbeRecord[] = [];
    h.stage.root.appendChild(new Probe(log, { position: 'absolute', left: 0, top: 0, width: 100, height: 20 }, 'title'));
    const scroll = h.stage.root.appendChild(new ScrollView({ position: 'absolute', left: 0, top: 20, width: 100, height: 160 }, { showsScrollbar: false }));
    const rows: Node[] = [];
    for (let i = 0; i < 20; i++) rows.push(scroll.appendChild(new View({ height: 20, backgroundColor: i % 2 ? '#eeeeee' : '#dddddd' })));
    scroll.scrollTo(10, false);
    h.frames.flush();
    log.length = 0;
    // Row 0 now sits half above the list's top edge: its repaint stops at the clip, so the title is left alone.
    rows[0]!.setStyle({ backgroundColor: '#ff0000' });
    expect(h.frames.flush()).toBe(1);
    expect(log).toEqual([]);
    // Row 15 is wholly below the list's bottom edge: nothing of it shows, no frame.
    rows[15]!.setStyle({ backgroundColor: '#00ff00' });
    expect(h.frames.flush()).toBe(0);
  });
});

