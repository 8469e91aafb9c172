import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Canvas2D } from '../../src/host/types.js';
import { CachedContext } from '../../src/paint/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import type { MockContext } from '../helpers/mockCanvas.js';

function cached(): { ctx: CachedContext; raw: MockContext; types: () => string[] } {
  const raw = createMockCanvas(100, 100).getContext('2d');
  const ctx = new CachedContext(raw);
  return { ctx, raw, types: () => raw.__getEvents().map((e) => e.type) };
}

describe('CachedContext', () => {
  it('PAINT9 a style set to the value the host already has makes no host call; reads come from the cache', () => {
    const { ctx, raw, types } = cached();
    ctx.fillStyle = '#fff';
    ctx.fillStyle = '#fff';
    ctx.font = '10px a';
    ctx.font = '10px a';
    ctx.globalAlpha = 0.5;
    ctx.globalAlpha = 0.5;
    ctx.textAlign = 'left';
    ctx.textAlign = 'left';
    expect(types()).toEqual(['fillStyle', 'font', 'globalAlpha', 'textAlign']);
    expect([ctx.fillStyle, ctx.font, ctx.globalAlpha, ctx.textAlign]).toEqual(['#fff', '10px a', 0.5, 'left']);
    expect(ctx.stateCalls).toBe(4);
    expect(ctx.stateSkips).toBe(4);
    // Forgetting (someone drew on the raw context) passes the next write on.
    raw.__clearEvents();
    ctx.invalidate();
    ctx.fillStyle = '#fff';
    expect(types()).toEqual(['fillStyle']);
  });

  it('PAINT9 setTransform reaches the host only before drawing, and only when the scale changes (a translation shifts the coordinates instead)', () => {
    const { ctx, raw, types } = cached();
    ctx.setTransform(2, 0, 0, 2, 10, 10);
    ctx.setTransform(2, 0, 0, 2, 30, 30); // a node that draws nothing
    expect(types()).toEqual([]);
    ctx.fillRect(0, 0, 5, 5);
    expect(types()).toEqual(['setTransform', 'fillRect']);
    raw.__clearEvents();
    ctx.setTransform(2, 0, 0, 2, 50, 40);
    ctx.fillRect(1, 2, 5, 5);
    // Same scale: no setTransform, the rectangle is shifted by (50 - 30, 40 - 30) / 2 user units.
    const events = raw.__getEvents();
    expect(events.map((e) => e.type)).toEqual(['fillRect']);
    const rect = events[0]!.props as { x: number; y: number };
    expect([rect.x, rect.y]).toEqual([11, 7]);
    expect(events[0]!.transform).toEqual([2, 0, 0, 2, 30, 30]);
    expect(ctx.getTransform()).toEqual({ a: 2, b: 0, c: 0, d: 2, e: 50, f: 40 });
    raw.__clearEvents();
    ctx.setTransform(3, 0, 0, 3, 0, 0);
    ctx.fillRect(0, 0, 1, 1);
    expect(types()).toEqual(['setTransform', 'fillRect']);
  });

  it('PAINT9 save and restore bring the cache back with the host state; an unmatched restore forgets everything', () => {
    const { ctx, raw, types } = cached();
    ctx.fillStyle = 'red';
    ctx.save();
    ctx.fillStyle = 'blue';
    ctx.restore();
    raw.__clearEvents();
    ctx.fillStyle = 'red'; // the host is back to red: nothing to do
    expect(types()).toEqual([]);
    ctx.restore(); // more restores than saves (error recovery)
    raw.__clearEvents();
    ctx.fillStyle = 'red';
    expect(types()).toEqual(['fillStyle']);
  });

  it('PAINT9 with a gradient as the paint, the host gets the real transform (gradients map through it at fill time)', () => {
    const { ctx, raw } = cached();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillRect(0, 0, 1, 1);
    const gradient = ctx.createLinearGradient!(0, 0, 10, 0);
    ctx.fillStyle = gradient as unknown as object;
    raw.__clearEvents();
    ctx.setTransform(1, 0, 0, 1, 20, 0);
    ctx.fillRect(0, 0, 10, 10);
    const events = raw.__getEvents();
    expect(events.map((e) => e.type)).toEqual(['setTransform', 'fillRect']);
    expect((events[1]!.props as { x: number }).x).toBe(0);
  });

  it('PAINT9 on a real raster, shifted coordinates and lazy transforms draw the same pixels as plain setTransform calls', () => {
    const draw = (c: Canvas2D): void => {
      for (let i = 0; i < 6; i++) {
        c.setTransform(3, 0, 0, 3, i * 7, i * 11);
        c.fillStyle = i % 2 === 0 ? '#f80' : '#08f';
        c.fillRect(0.5, 0.25, 4, 3);
        c.beginPath();
        c.arc(6, 6, 2.5, 0, Math.PI * 2);
        c.fill();
        c.font = '10px sans-serif';
        c.textBaseline = 'middle';
        c.fillText('Ag', 1, 5);
      }
    };
    const plain = createCanvas(120, 160);
    const viaCache = createCanvas(120, 160);
    draw(plain.getContext('2d') as unknown as Canvas2D);
    draw(new CachedContext(viaCache.getContext('2d') as unknown as Canvas2D));
    const a = plain.getContext('2d').getImageData(0, 0, 120, 160).data;
    const b = viaCache.getContext('2d').getImageData(0, 0, 120, 160).data;
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });
});
