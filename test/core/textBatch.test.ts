import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import type { Canvas2D } from '../../src/host/types.js';
import { Node } from '../../src/core/index.js';
import { createTextMeasurer } from '../../src/paint/index.js';
import { Text, View } from '../../src/widgets/index.js';
import { createHarness } from './harness.js';
import type { Harness } from './harness.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';

const BOLD = { fontSize: 10, fontWeight: 'bold', color: '#111111' } as const;
const PLAIN = { fontSize: 10, color: '#222222' } as const;

/** A list-like column of `n` rows 20 px high, each a tinted box with a bold rank and a plain name. */
function rows(h: Harness, n: number, apart = true, contained = true): { column: Node; rows: Node[] } {
  const column = h.stage.root.appendChild(new View({ flexDirection: 'column', width: 100 }));
  column.childrenApart = apart;
  const out: Node[] = [];
  for (let i = 0; i < n; i++) {
    const row = column.appendChild(new View({ flexDirection: 'row', height: 20, backgroundColor: i % 2 === 0 ? '#eeeeee' : '#dddddd' }));
    row.containsPaint = contained;
    row.appendChild(new Text(String(i + 1), { ...BOLD, width: 20 }));
    row.appendChild(new Text(`name${i}`, { ...PLAIN, flexGrow: 1 }));
    out.push(row);
  }
  return { column, rows: out };
}

/** The recorded events since the last clear, as `fillText:<text>`, `font`, `fillStyle`, `fillRect`. */
function events(h: Harness): string[] {
  return h.ctx.__getEvents().flatMap((e) => {
    if (e.type === 'fillText') return [`fillText:${(e.props as { text: string }).text}`];
    if (e.type === 'font' || e.type === 'fillStyle' || e.type === 'fillRect' || e.type === 'save' || e.type === 'restore' || e.type === 'clip') return [e.type];
    return [];
  });
}

async function repaint(h: Harness): Promise<string[]> {
  h.frames.flush();
  h.ctx.__clearEvents();
  h.stage.invalidateAll();
  h.frames.flush();
  return events(h);
}

describe('DRAW9 texts of rows drawn grouped by font and colour', () => {
  it('DRAW9 rows under a childrenApart parent set each font once per frame: boxes first, then every rank, then every name', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    rows(h, 8);
    const ev = await repaint(h);
    expect(ev.filter((e) => e === 'font')).toHaveLength(2);
    const texts = ev.filter((e) => e.startsWith('fillText:'));
    expect(texts).toEqual([...Array.from({ length: 8 }, (_, i) => `fillText:${i + 1}`), ...Array.from({ length: 8 }, (_, i) => `fillText:name${i}`)]);
    // Every row's box is drawn before any text (the texts lie over the boxes).
    expect(ev.lastIndexOf('fillRect')).toBeLessThan(ev.indexOf('fillText:1'));
    expect(h.stage.stats.nodesPainted).toBeGreaterThan(0);
  });

  it('DRAW9 without the promises (childrenApart, containsPaint) texts are drawn row by row', async () => {
    for (const [apart, contained] of [[false, true], [true, false]] as const) {
      const h = await createHarness({ width: 100, height: 200 });
      rows(h, 4, apart, contained);
      const ev = await repaint(h);
      expect(ev.filter((e) => e.startsWith('fillText:'))).toEqual(['fillText:1', 'fillText:name0', 'fillText:2', 'fillText:name1', 'fillText:3', 'fillText:name2', 'fillText:4', 'fillText:name3']);
      expect(ev.filter((e) => e === 'font')).toHaveLength(8);
    }
  });

  it('DRAW9 a draw that would cover a waiting text draws the batch first', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    const { rows: all } = rows(h, 3);
    // An overlay over the second row's rank, drawn after it in the same row.
    all[1]!.appendChild(new View({ position: 'absolute', left: 0, top: 0, width: 20, height: 20, backgroundColor: '#ff0000' }));
    const ev = await repaint(h);
    const overlay = ev.lastIndexOf('fillRect');
    // Ranks 1 and 2 (and name 0, name 1) are on the canvas before the overlay; row 3's texts after it.
    for (const t of ['fillText:1', 'fillText:2', 'fillText:name0', 'fillText:name1']) expect(ev.indexOf(t)).toBeLessThan(overlay);
    for (const t of ['fillText:3', 'fillText:name2']) expect(ev.indexOf(t)).toBeGreaterThan(overlay);
  });

  it('DRAW9 two overlapping texts keep their order even when their groups were met the other way round', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    const column = h.stage.root.appendChild(new View({ flexDirection: 'column', width: 100 }));
    column.childrenApart = true;
    const first = column.appendChild(new View({ height: 20 }));
    first.containsPaint = true;
    first.appendChild(new Text('boldA', { ...BOLD, position: 'absolute', left: 0, top: 0, width: 50 }));
    first.appendChild(new Text('plainA', { ...PLAIN, position: 'absolute', left: 50, top: 0, width: 50 }));
    const second = column.appendChild(new View({ height: 20 }));
    second.containsPaint = true;
    // Plain first, then bold over it: the bold group is drawn first in a batch, so it must not wait with the plain one.
    second.appendChild(new Text('plainB', { ...PLAIN, position: 'absolute', left: 0, top: 0, width: 60 }));
    // The mock measures a string as 1 px per character: 'plainB' reaches x = 6, 'boldB' starts at 3.
    second.appendChild(new Text('boldB', { ...BOLD, position: 'absolute', left: 3, top: 0, width: 60 }));
    const texts = (await repaint(h)).filter((e) => e.startsWith('fillText:'));
    expect(texts.indexOf('fillText:plainB')).toBeLessThan(texts.indexOf('fillText:boldB'));
    expect(texts).toHaveLength(4);
  });

  it('DRAW9 overlaps are judged where the glyphs reach, not by the boxes: a right-aligned score spanning the row keeps the batch whole', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    const column = h.stage.root.appendChild(new View({ flexDirection: 'column', width: 100 }));
    column.childrenApart = true;
    // The first row names the groups bold-then-plain (a player's own row, all bold); in the others the
    // plain name comes first and a bold score, right-aligned in a box over the whole row, comes second.
    for (let i = 0; i < 6; i++) {
      const row = column.appendChild(new View({ height: 20 }));
      row.containsPaint = true;
      row.appendChild(new Text(i === 0 ? 'me' : `name${i}`, { ...(i === 0 ? BOLD : PLAIN), position: 'absolute', left: 0, top: 0, width: 40 }));
      row.appendChild(new Text(String(100 - i), { ...BOLD, textAlign: 'right', position: 'absolute', left: 0, top: 0, width: 100 }));
    }
    const ev = await repaint(h);
    // One batch: each font once (the boxes overlap, the glyphs do not).
    expect(ev.filter((e) => e === 'font')).toHaveLength(2);
    expect(ev.filter((e) => e.startsWith('fillText:'))).toEqual(['fillText:me', ...Array.from({ length: 6 }, (_, i) => `fillText:${100 - i}`), ...Array.from({ length: 5 }, (_, i) => `fillText:name${i + 1}`)]);
    // Glyphs that do reach each other still keep their order: a longer name runs into its score.
    const long = column.children[3]!.children[0] as Text;
    long.setText('x'.repeat(97));
    long.setStyle({ width: 100 });
    const after = (await repaint(h)).filter((e) => e.startsWith('fillText:'));
    expect(after.indexOf(`fillText:${'x'.repeat(97)}`)).toBeLessThan(after.indexOf('fillText:97'));
  });

  it('DRAW9 texts inside a clip within a row are drawn inside that clip', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    const { rows: all } = rows(h, 2);
    const clipped = all[1]!.appendChild(new View({ width: 30, height: 20, overflow: 'hidden' }));
    clipped.appendChild(new Text('inside', { ...PLAIN, width: 60 }));
    const ev = await repaint(h);
    const inside = ev.indexOf('fillText:inside');
    const clip = ev.lastIndexOf('clip', inside);
    const restore = ev.indexOf('restore', inside);
    expect(clip).toBeGreaterThanOrEqual(0);
    expect(restore).toBeGreaterThan(inside);
    // Nothing else is drawn inside that clip: the rows' other texts come before it or after the restore.
    for (const t of ['fillText:1', 'fillText:2', 'fillText:name0', 'fillText:name1']) {
      const at = ev.indexOf(t);
      expect(at < clip || at > restore).toBe(true);
    }
  });

  it('DRAW9 a text whose paint throws is reported and drawn empty; the other texts of the batch still draw', async () => {
    const h = await createHarness({ width: 100, height: 200 });
    const { rows: all } = rows(h, 3);
    const broken = all[1]!.children[1] as Text;
    const paint = vi.spyOn(broken, 'paintSelf').mockImplementation(() => {
      throw new Error('boom');
    });
    const ev = await repaint(h);
    expect(h.errors).toHaveLength(1);
    expect(ev.filter((e) => e.startsWith('fillText:'))).toEqual(['fillText:1', 'fillText:2', 'fillText:3', 'fillText:name0', 'fillText:name2']);
    expect(broken._paintBroken).toBe(true);
    paint.mockRestore();
  });

  it('DRAW9 on a real raster, grouped texts draw the same pixels as row-by-row texts (a scrolled region too)', async () => {
    const draw = async (apart: boolean): Promise<Buffer> => {
      const canvas = createCanvas(300, 600);
      const measurer = createTextMeasurer(canvas.getContext('2d') as unknown as Canvas2D);
      const h = await createHarness({ width: 100, height: 200, pixelRatio: 3, canvas: canvas as unknown as MockCanvas, stage: { measurer } });
      const { rows: all } = rows(h, 9, apart);
      all[4]!.appendChild(new View({ position: 'absolute', left: 10, top: 5, width: 30, height: 10, backgroundColor: '#3355ff' }));
      h.frames.flush();
      // A region repaint (one row restyled) after the full one.
      all[2]!.setStyle({ backgroundColor: '#ffeecc' });
      h.frames.flush();
      return canvas.toBuffer('image/png');
    };
    expect((await draw(true)).equals(await draw(false))).toBe(true);
  });
});
