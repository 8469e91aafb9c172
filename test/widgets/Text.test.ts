/**
 * Text widget. The harness measurer makes each character fontSize / 10 px wide, so at 10px a
 * string's width is its length.
 */
import { describe, expect, it, vi } from 'vitest';
import { BalancedText, Text, View, measureTextOn } from '../../src/widgets/index.js';
import { createFakeMeasurer, createHarness } from '../core/harness.js';
import type { TextMeasurer } from '../../src/paint/index.js';
import type { Harness } from '../core/harness.js';
import { fontString } from '../../src/paint/index.js';

// The real font builder behind a spy (the door re-exports it), so tests can count font string builds.
vi.mock('../../src/paint/fontString.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/paint/fontString.js')>();
  return { ...actual, fontString: vi.fn(actual.fontString) };
});

/** fillText calls recorded since the last clear: [text, x, y]. */
function texts(h: Harness): Array<[string, number, number]> {
  return vi.mocked(h.ctx.fillText).mock.calls.map((c) => [c[0], c[1], c[2]]);
}

async function inBox(width: number, text: string, style: ConstructorParameters<typeof Text>[1] = {}) {
  const h = await createHarness({ width: 200, height: 200 });
  const box = h.stage.root.appendChild(new View({ width, flexDirection: 'column', alignItems: 'flex-start' }));
  const t = box.appendChild(new Text(text, { fontSize: 10, lineHeight: 12, ...style }));
  h.frames.flush();
  return { h, box, t };
}

describe('Text layout', () => {
  it('TEXTW1 sizes to its content: measured width, lines × line height', async () => {
    const { t } = await inBox(100, 'hello');
    expect([t.width, t.height]).toEqual([5, 12]);
    expect(t.lines).toEqual(['hello']);
  });

  it('TEXTW1 wraps at word boundaries to the available width', async () => {
    const { h, t } = await inBox(7, 'aaa bbb ccc');
    expect(t.lines).toEqual(['aaa bbb', 'ccc']);
    expect([t.width, t.height]).toEqual([7, 24]);
    expect(texts(h).map((c) => c[0])).toEqual(['aaa bbb', 'ccc']);
    // Lines are drawn one line height apart, vertically centred in their line.
    expect(texts(h).map((c) => c[2])).toEqual([6, 18]);
  });

  it('TEXTW1 the default line height is 1.2 × fontSize', async () => {
    const { t } = await inBox(100, 'x', { lineHeight: undefined, fontSize: 20 });
    expect(t.height).toBe(24);
  });

  it('TEXTW2 maxLines cuts the text and ends the last line with an ellipsis that fits', async () => {
    const { h, t } = await inBox(8, 'one two three four five', { maxLines: 2 });
    expect(t.lines).toHaveLength(2);
    expect(t.lines[0]).toBe('one two');
    expect(t.lines[1]!.endsWith('\u2026')).toBe(true);
    expect(t.lines[1]!.length).toBeLessThanOrEqual(8);
    expect(t.height).toBe(24);
    expect(texts(h).map((c) => c[0])).toEqual(t.lines);
  });

  it('TEXTW2 maxLines 1 in a row ellipsizes to the width the row leaves', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const row = h.stage.root.appendChild(new View({ width: 30, flexDirection: 'row' }));
    const name = row.appendChild(new Text('Ada Lovelace the first programmer', { fontSize: 10, maxLines: 1 }));
    row.appendChild(new View({ width: 10, flexShrink: 0 }));
    h.frames.flush();
    expect(name.width).toBe(20);
    expect(name.lines).toHaveLength(1);
    expect(name.lines[0]!.endsWith('\u2026')).toBe(true);
    expect(name.lines[0]!.length).toBeLessThanOrEqual(20);
  });

  it('TEXTW3 textAlign places lines at the left edge, the centre or the right edge (drawn left-aligned at the measured offset)', async () => {
    // 'hi' at 10px is 2 px wide with the fake measurer.
    for (const [align, x] of [
      ['left', 0],
      ['center', 24],
      ['right', 48],
    ] as const) {
      const h = await createHarness({ width: 200, height: 200 });
      h.stage.root.appendChild(new Text('hi', { fontSize: 10, width: 50, textAlign: align }));
      h.frames.flush();
      expect(texts(h)[0]![1]).toBe(x);
      // One alignment for every text: neighbours aligned differently change no context state.
      expect(h.ctx.textAlign).toBe('left');
    }
  });

  it('TEXTW4 a font change re-measures and relays out; colour and alignment only repaint', async () => {
    const { h, t } = await inBox(100, 'hello');
    const calls = h.measurer.measureCalls;
    const layouts = h.stage.stats.layouts;
    t.setStyle({ color: 'red', textAlign: 'right' });
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts);
    expect(h.measurer.measureCalls).toBe(calls);
    t.setStyle({ fontSize: 20, lineHeight: 24 });
    h.frames.flush();
    expect([t.width, t.height]).toEqual([10, 24]);
    expect(h.measurer.measureCalls).toBeGreaterThan(calls);
    expect(t.font).toContain('20px');
  });

  it('TEXTW4 changing maxLines re-lays out the lines', async () => {
    const { h, t } = await inBox(7, 'aaa bbb ccc');
    t.setStyle({ maxLines: 1 });
    h.frames.flush();
    expect(t.lines).toHaveLength(1);
    expect(t.height).toBe(12);
  });

  it('TEXTW5 setText with the same string is a no-op: no frame', async () => {
    const { h, t } = await inBox(100, 'hello');
    const req = h.frames.requested;
    expect(t.setText('hello')).toBe(t);
    expect(h.frames.requested).toBe(req);
    t.setText('hello there');
    expect(h.frames.flush()).toBe(1);
    expect(t.width).toBe(11);
    expect(t.text).toBe('hello there');
  });

  it('TEXTW5 an empty string has no size and draws nothing', async () => {
    const { h, t } = await inBox(100, '');
    expect([t.width, t.height]).toEqual([0, 0]);
    expect(texts(h)).toEqual([]);
  });
});

describe('Text measurement counts', () => {
  it('TEXTW6 the same string in the same font is measured once across widgets', async () => {
    const h = await createHarness({ width: 200, height: 200, stage: { measurer: undefined } });
    const spy = vi.spyOn(h.ctx, 'measureText');
    const col = h.stage.root.appendChild(new View({ flexDirection: 'column', alignItems: 'flex-start' }));
    for (let i = 0; i < 5; i++) col.appendChild(new Text('Ada Lovelace', { fontSize: 10 }));
    h.frames.flush();
    expect(spy.mock.calls.filter((c) => c[0] === 'Ada Lovelace')).toHaveLength(1);
    expect(h.stage.measurer.measureCalls).toBe(spy.mock.calls.length);
  });

  it('TEXTW6 a clean relayout measures nothing (sibling paint change, sibling resize, parent resize)', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const row = h.stage.root.appendChild(new View({ flexDirection: 'row', width: 150 }));
    const col = row.appendChild(new View({ flexDirection: 'column', width: 100 }));
    const t = col.appendChild(new Text('one two three four five six', { fontSize: 10 }));
    const sib = row.appendChild(new View({ width: 20 }));
    h.frames.flush();
    expect(t.lines.length).toBeGreaterThan(0);
    const measured = h.measurer.measureCalls;
    const hits = h.measurer.hits;
    sib.setStyle({ backgroundColor: 'red' });
    h.frames.flush();
    sib.setStyle({ width: 30 });
    h.frames.flush();
    row.setStyle({ width: 160 });
    h.frames.flush();
    expect(h.measurer.measureCalls).toBe(measured);
    // Not even the cache is consulted for a paint-only change: the lines are kept.
    const hits2 = h.measurer.hits;
    sib.setStyle({ backgroundColor: 'blue' });
    h.frames.flush();
    expect(h.measurer.hits).toBe(hits2);
    expect(hits2).toBeGreaterThanOrEqual(hits);
  });

  it('TEXTW6 a wrapped text repainted without relayout does not re-run line layout', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const col = h.stage.root.appendChild(new View({ flexDirection: 'column', width: 9, alignItems: 'flex-start' }));
    const t = col.appendChild(new Text('aaa bb cc dddd', { fontSize: 10 }));
    h.frames.flush();
    expect(t.lines.length).toBe(2);
    const hits = h.measurer.hits + h.measurer.measureCalls;
    t.setStyle({ color: 'red' });
    h.frames.flush();
    t.setStyle({ color: 'blue' });
    h.frames.flush();
    expect(h.measurer.hits + h.measurer.measureCalls).toBe(hits);
  });

  it('TEXTW7 a text moved to another stage measures with that stage\'s measurer', async () => {
    const a = await createHarness();
    // Stage b's font is twice as wide.
    const base = createFakeMeasurer();
    const wide: TextMeasurer = {
      measure: (font, text) => 2 * base.measure(font, text),
      get measureCalls() {
        return base.measureCalls;
      },
      get hits() {
        return base.hits;
      },
      get size() {
        return base.size;
      },
      clear: () => base.clear(),
    };
    const b = await createHarness({ stage: { measurer: wide } });
    const col = (h: Harness) => h.stage.root.appendChild(new View({ flexDirection: 'column', alignItems: 'flex-start' }));
    const t = col(a).appendChild(new Text('abc', { fontSize: 10 }));
    a.frames.flush();
    expect(t.width).toBe(3);
    col(b).appendChild(t);
    b.frames.flush();
    expect(t.width).toBe(6);
    expect(a.layout.liveNodes).toBe(2);
    expect(b.layout.liveNodes).toBe(3);
  });
});

describe('Text paint cost', () => {
  it('TEXTW8 repainting builds the font string once; a font change rebuilds it and applies', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const col = h.stage.root.appendChild(new View({ flexDirection: 'column', alignItems: 'flex-start' }));
    const t = col.appendChild(new Text('Ada', { fontSize: 10, fontWeight: 'bold' }));
    const sib = col.appendChild(new View({ width: 10, height: 10 }));
    const built = vi.mocked(fontString);
    built.mockClear();
    const fonts: string[] = [];
    const fill = vi.mocked(h.ctx.fillText);
    fill.mockImplementation(() => fonts.push(h.ctx.font));
    h.frames.flush();
    for (let i = 0; i < 50; i++) {
      sib.setStyle({ backgroundColor: i % 2 === 0 ? 'red' : 'blue' });
      t.setStyle({ color: i % 2 === 0 ? '#111' : '#222' });
      h.frames.flush();
    }
    expect(fonts.length).toBeGreaterThanOrEqual(50);
    expect(built.mock.calls.length).toBeLessThanOrEqual(1);
    expect(new Set(fonts)).toEqual(new Set(['bold 10px sans-serif']));
    built.mockClear();
    fonts.length = 0;
    t.setStyle({ fontSize: 20 });
    h.frames.flush();
    expect(built).toHaveBeenCalledTimes(1);
    expect(fonts.at(-1)).toContain('20px');
    expect(t.lineHeight).toBe(24);
    t.setStyle({ lineHeight: 30 });
    h.frames.flush();
    expect(t.lineHeight).toBe(30);
    expect(t.height).toBe(30);
  });

  it('TEXTW9 a one-line text in a box the layout fixes is rebound with another string without layout; a text sized by its content relays out', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const row = h.stage.root.appendChild(new View({ flexDirection: 'row', alignItems: 'center', width: 50, height: 20 }));
    const fixed = row.appendChild(new Text('Ada', { fontSize: 10, maxLines: 1, flexGrow: 1, flexBasis: 0 }));
    const sized = row.appendChild(new Text('12', { fontSize: 10, maxLines: 1, flexShrink: 0 }));
    h.frames.flush();
    const layouts = h.stage.stats.layouts;
    fixed.setText('Grace Hopper and a very long name that will not fit in the row at all');
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts);
    expect(fixed.lines[0]!.endsWith('…')).toBe(true);
    fixed.setText(''); // nothing to show: no line, no height
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts + 1);
    sized.setText('12345');
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts + 2);
    expect(sized.width).toBe(5);
  });

  it('TEXTW10 naturalWidth is the one-line width rounded up; a subclass may fit its lines into less than its box at paint (fitWidth)', async () => {
    class Narrow extends Text {
      protected override fitWidth(): number {
        return this.width - 6;
      }
    }
    const h = await createHarness({ width: 200, height: 200 });
    const t = h.stage.root.appendChild(new Narrow('abcdefghij', { fontSize: 10, width: 12, maxLines: 1 }));
    h.frames.flush();
    expect(t.naturalWidth).toBe(10);
    // 12 px box, 6 px to fit into: 'abcde' + '…' (the fake ellipsis is 1 px).
    expect(t.lines).toEqual(['abcde…']);
    expect(texts(h).at(-1)![0]).toBe('abcde…');
  });
});

describe('BalancedText and measureTextOn (toolkit helpers the prebuilt panels use)', () => {
  it('TEXTW11 BalancedText keeps the greedy line count at the narrowest width: no word left alone on its last line', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const box = h.stage.root.appendChild(new View({ width: 10, flexDirection: 'column', alignItems: 'flex-start' }));
    const greedy = box.appendChild(new Text('aaaa bbbb cc', { fontSize: 10, lineHeight: 12 }));
    const balanced = box.appendChild(new BalancedText('aaaa bbbb cc', { fontSize: 10, lineHeight: 12 }));
    h.frames.flush();
    expect(greedy.lines).toEqual(['aaaa bbbb', 'cc']);
    expect(balanced.lines).toEqual(['aaaa', 'bbbb cc']);
    expect([balanced.width, balanced.height]).toEqual([7, 24]);
  });

  it('TEXTW12 measureTextOn measures with the stage the node is on, and is undefined while it is detached', async () => {
    const h = await createHarness({ width: 200, height: 200 });
    const node = new View();
    expect(measureTextOn(node, '10px sans-serif', 'hello')).toBeUndefined();
    h.stage.root.appendChild(node);
    expect(measureTextOn(node, '10px sans-serif', 'hello')).toBe(h.stage.measurer.measure('10px sans-serif', 'hello'));
    expect(measureTextOn(node, '20px sans-serif', 'hello')).toBe(10);
  });
});
