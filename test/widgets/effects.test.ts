import { describe, expect, it, vi } from 'vitest';
import type { Canvas2D } from '../../src/host/types.js';
import { linearGradientFill } from '../../src/paint/index.js';
import { Text, View, paintBox } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';
import type { Harness } from '../core/harness.js';

type Event = ReturnType<Harness['ctx']['__getEvents']>[number];

/** Rounded to 1e-6, with -0 as 0. */
const round = (v: number): number => Math.round(v * 1e6) / 1e6 + 0;

function events(h: Harness, types: string[]): Event[] {
  return h.ctx.__getEvents().filter((e) => types.includes(e.type));
}

describe('drawn effects', () => {
  it('FX1 a gradient runs through the box like CSS linear-gradient (180° top to bottom, 90° left to right); a host without gradients gets the colour', () => {
    const calls: number[][] = [];
    const stops: Array<[number, string]> = [];
    const ctx = {
      createLinearGradient: (...a: number[]) => {
        calls.push(a);
        return { addColorStop: (o: number, c: string) => stops.push([o, c]) };
      },
    } as unknown as Canvas2D;
    expect(linearGradientFill(ctx, { from: '#fff', to: '#000', angle: 180 }, 0, 0, 100, 40)).toBeDefined();
    linearGradientFill(ctx, { from: '#fff', to: '#000', angle: 90 }, 10, 0, 100, 40);
    linearGradientFill(ctx, { from: '#fff', to: '#000', angle: 45 }, 0, 0, 100, 100);
    expect(calls[0]!.map(round)).toEqual([50, 0, 50, 40]);
    expect(calls[1]!.map(round)).toEqual([10, 20, 110, 20]);
    // 45°: corner to corner of a square.
    expect(calls[2]!.map(round)).toEqual([0, 100, 100, 0]);
    expect(stops.slice(0, 2)).toEqual([[0, '#fff'], [1, '#000']]);
    expect(linearGradientFill({} as Canvas2D, { from: '#fff', to: '#000', angle: 0 }, 0, 0, 10, 10)).toBeUndefined();
    const fillRect = vi.fn();
    const plain = { fillRect, set fillStyle(v: unknown) { plainFill.push(v); } } as unknown as Canvas2D;
    const plainFill: unknown[] = [];
    paintBox(plain, { backgroundColor: '#abcdef', backgroundGradient: { from: '#fff', to: '#000', angle: 180 } }, 10, 10);
    expect(plainFill).toEqual(['#abcdef']);
    expect(fillRect).toHaveBeenCalledTimes(1);
  });

  it('FX2 a box shadow is set for the fill only, scaled by the pixel ratio (canvas shadows ignore the transform), and restored after', async () => {
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 2 });
    h.stage.root.appendChild(new View({ width: 50, height: 20, backgroundColor: '#ffffff', borderWidth: 1, borderColor: '#000000', boxShadow: { color: '#ff0000', blur: 6, x: 1, y: 3 } }));
    h.frames.flush();
    const seq = events(h, ['save', 'restore', 'shadowBlur', 'shadowOffsetX', 'shadowOffsetY', 'fillRect', 'stroke']).map((e) => (e.props as { value?: number }).value === undefined ? e.type : `${e.type}=${(e.props as { value: number }).value}`);
    const fill = seq.indexOf('fillRect');
    expect(seq.slice(fill - 4, fill + 3)).toEqual(['save', 'shadowBlur=12', 'shadowOffsetX=2', 'shadowOffsetY=6', 'fillRect', 'restore', 'stroke']);
  });

  it('FX3 outlined text: the outline (twice the width, round joins) is stroked under the fill; a text shadow is cast once, by the outline', async () => {
    const h = await createHarness({ width: 200, height: 50, pixelRatio: 1 });
    h.stage.root.appendChild(new Text('Top', { fontSize: 20, color: '#ffffff', textStroke: { color: '#000000', width: 2 }, textShadow: { color: '#00ffff', blur: 4, x: 0, y: 0 } }));
    h.frames.flush();
    const seq = events(h, ['shadowColor', 'lineWidth', 'lineJoin', 'strokeText', 'fillText']).map((e) => (e.type === 'strokeText' || e.type === 'fillText' ? e.type : `${e.type}=${String((e.props as { value: unknown }).value)}`));
    expect(seq).toEqual(['shadowColor=#00ffff', 'lineWidth=4', 'lineJoin=round', 'strokeText', 'shadowColor=rgba(0, 0, 0, 0)', 'fillText']);
  });

  it('FX3 text without effects changes no shadow state and draws one fillText per line', async () => {
    const h = await createHarness({ width: 200, height: 50 });
    h.stage.root.appendChild(new Text('Plain', { fontSize: 20 }));
    h.frames.flush();
    expect(events(h, ['save', 'shadowBlur', 'strokeText']).length).toBe(0);
    expect(events(h, ['fillText'])).toHaveLength(1);
  });

  it('FONT2 a text is measured with the same font string it is painted with (family list and fallback stack included)', async () => {
    const h = await createHarness({ width: 300, height: 50 });
    const family = "GameFont, 'Helvetica Neue', Roboto, sans-serif";
    const measured: string[] = [];
    const measure = h.measurer.measure.bind(h.measurer);
    h.measurer.measure = (font: string, text: string): number => {
      measured.push(font);
      return measure(font, text);
    };
    const text = h.stage.root.appendChild(new Text('Leaderboard', { fontFamily: family, fontSize: 18, fontWeight: 700, textAlign: 'center' }));
    h.frames.flush();
    // The mock context re-serialises the font with double quotes.
    const painted = events(h, ['font']).map((e) => String((e.props as { value: unknown }).value).replace(/"/g, "'"));
    expect(text.font).toBe(`700 18px ${family}`);
    expect(measured.length).toBeGreaterThan(0);
    expect(new Set(measured)).toEqual(new Set([text.font]));
    expect(painted).toContain(text.font);
  });

  it('FX4 a node that draws past its box (box shadow, text shadow, text outline) is repainted with its reach: its own change clears it, a neighbour region crossing it repaints it', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const root = h.stage.root;
    root.setStyle({ flexDirection: 'column', padding: 40 });
    // Glow: blur 10 reaches 15 px (three standard deviations), offset 2 more; outline 3 under it.
    const glow = root.appendChild(new Text('12,345', { fontSize: 10, textShadow: { color: '#0ff', blur: 10, x: 0, y: 2 }, textStroke: { color: '#000', width: 3 } }));
    const below = root.appendChild(new View({ height: 20, backgroundColor: '#eee', marginTop: 10 }));
    h.frames.flush();
    expect(glow._paintOutset).toBe(3 + 15 + 2);
    const g = glow.absoluteRect();
    // The glow's own change clears and repaints its box widened by its reach (plus a pixel).
    h.ctx.__clearEvents();
    glow.setText('99');
    h.frames.flush();
    const clears = events(h, ['clearRect']).map((e) => e.props);
    expect(clears).toEqual([{ x: Math.floor(g.x - 21), y: Math.floor(g.y - 21), width: expect.any(Number), height: Math.ceil(g.height + 42) }]);
    expect(clears[0]!.width).toBeGreaterThanOrEqual(g.width + 42);
    // The box below lies inside the glow's reach but outside its box: repainting it repaints the glow too.
    h.ctx.__clearEvents();
    below.markPaintDirty();
    h.frames.flush();
    expect(events(h, ['fillText']).map((e) => e.props.text)).toContain('99');
    // Effects removed: the old reach is cleared too, not just the box.
    h.ctx.__clearEvents();
    glow.setStyle({ textShadow: undefined, textStroke: undefined });
    h.frames.flush();
    expect(glow._paintOutset).toBe(0);
    expect(events(h, ['clearRect']).map((e) => e.props)).toContainEqual(expect.objectContaining({ x: Math.floor(g.x - 21), y: Math.floor(g.y - 21) }));
    // A box shadow reaches past a plain view too; no effect, no reach.
    expect(new View({ boxShadow: { color: '#000', blur: 4, x: 0, y: 6 } })._paintOutset).toBe(12);
    expect(new View({ backgroundColor: '#fff' })._paintOutset).toBe(0);
  });
});
