import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  createTextMeasurer,
  ellipsize,
  layoutText,
  splitGraphemes,
  splitGraphemesFallback,
} from '../../src/paint/index.js';
import type { GraphemeSplitter } from '../../src/paint/index.js';
import type { Canvas2D } from '../../src/host/index.js';
import { createFakeMeasure, createFakeTextContext, fakeWidth } from './fakeMeasure.js';

const F = '10px test';

describe('layoutText wrapping', () => {
  it('TEXT5 wraps Latin text at spaces and trims the spaces at line ends', () => {
    const m = createFakeMeasure();
    const r = layoutText(m, 'the quick brown fox', F, { maxWidth: 10 });
    expect(r.lines).toEqual(['the quick', 'brown fox']);
    expect(r.width).toBe(9);
    expect(r.truncated).toBe(false);
  });

  it('TEXT5 a word longer than the line breaks between graphemes', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, 'ab abcdefghij', F, { maxWidth: 4 }).lines).toEqual(['ab', 'abcd', 'efgh', 'ij']);
    // A grapheme is never split even when it alone is wider than the line.
    expect(layoutText(m, '👨‍👩‍👧👨‍👩‍👧', F, { maxWidth: 1 }).lines).toEqual(['👨‍👩‍👧', '👨‍👩‍👧']);
  });

  it('TEXT5 each line is measured whole, so kerning that widens it moves a word down', () => {
    // Spaces measured inside a line cost 0.5 more than alone: summed token widths underestimate.
    const m = { measure: (_f: string, t: string) => fakeWidth(t) + (t.length > 1 ? (t.split(' ').length - 1) * 0.5 : 0) };
    expect(layoutText(m, 'ab cd ef', F, { maxWidth: 5 }).lines).toEqual(['ab', 'cd', 'ef']);
    expect(layoutText(m, 'ab cd ef', F, { maxWidth: 5.5 }).lines).toEqual(['ab cd', 'ef']);
  });

  it('TEXT6 CJK breaks between any two characters and next to Latin words', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, '你好世界朋友', F, { maxWidth: 5 }).lines).toEqual(['你好', '世界', '朋友']);
    expect(layoutText(m, 'hi你好world', F, { maxWidth: 6 }).lines).toEqual(['hi你好', 'world']);
  });

  it('TEXT6 closing CJK punctuation never starts a line, opening never ends one', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, '你好。世界', F, { maxWidth: 4 }).lines).toEqual(['你', '好。', '世界']);
    expect(layoutText(m, '你「好」', F, { maxWidth: 6 }).lines).toEqual(['你', '「好」']);
  });

  it('TEXT7 every newline starts a new line; a trailing newline adds none', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, 'a\nb\r\n\nc\n', F, { maxWidth: 50 }).lines).toEqual(['a', 'b', '', 'c']);
    expect(layoutText(m, '', F, { maxWidth: 50 })).toEqual({ lines: [], width: 0, truncated: false });
  });

  it('TEXT10 a non-positive or NaN maxWidth gives no lines instead of looping', () => {
    const m = createFakeMeasure();
    for (const maxWidth of [0, -5, Number.NaN]) {
      expect(layoutText(m, 'hello world', F, { maxWidth })).toEqual({ lines: [], width: 0, truncated: true });
    }
    expect(layoutText(m, 'hello world', F, { maxWidth: Infinity }).lines).toEqual(['hello world']);
    expect(() => layoutText(m, 'x', F, { maxWidth: 5, maxLines: -1 })).toThrow(RangeError);
  });

  it('TEXT12 right-to-left text is kept in logical order and wrapped at spaces', () => {
    const m = createFakeMeasure();
    const r = layoutText(m, 'שלום עולם مرحبا', F, { maxWidth: 10, maxLines: 2 });
    expect(r.lines).toEqual(['שלום עולם', 'مرحبا']);
  });
});

describe('layoutText truncation', () => {
  it('TEXT8 maxLines cuts the text and the last line ends with the ellipsis by measured width', () => {
    const m = createFakeMeasure();
    const r = layoutText(m, 'the quick brown fox jumps', F, { maxWidth: 10, maxLines: 2 });
    expect(r.lines).toEqual(['the quick', 'brown fox…']);
    expect(r.truncated).toBe(true);
    const tight = layoutText(m, 'aaaa bbbbbbbbb ccc', F, { maxWidth: 9, maxLines: 2 });
    expect(tight.lines).toEqual(['aaaa', 'bbbbbbbb…']);
  });

  it('TEXT8 trailing spaces are trimmed before the ellipsis and a custom ellipsis is honoured', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, 'ab cd\nxyz', F, { maxWidth: 6, maxLines: 1 }).lines).toEqual(['ab cd…']);
    expect(layoutText(m, 'ab   cdef', F, { maxWidth: 6, wrap: false }).lines).toEqual(['ab…']);
    expect(layoutText(m, 'abcdefgh', F, { maxWidth: 6, wrap: false, ellipsis: '...' }).lines).toEqual(['abc...']);
    expect(layoutText(m, 'abcdefgh', F, { maxWidth: 2, wrap: false, ellipsis: '...' }).lines).toEqual(['']);
  });

  it('TEXT13 without wrapping each paragraph is one line, ellipsized when too wide', () => {
    const m = createFakeMeasure();
    const r = layoutText(m, 'short\nmuch too long line\nlast', F, { maxWidth: 8, wrap: false, maxLines: 2 });
    expect(r.lines).toEqual(['short', 'much to…']);
    expect(r.truncated).toBe(true);
  });

  it('TEXT14 ellipsize fits one line and never splits emoji or flags', () => {
    const m = createFakeMeasure();
    expect(ellipsize(m, 'hello', F, 5)).toBe('hello');
    expect(ellipsize(m, 'hello world', F, 6)).toBe('hello…');
    expect(ellipsize(m, 'ab🇯🇵🇺🇸cd', F, 6)).toBe('ab🇯🇵…');
    expect(ellipsize(m, 'ab🇯🇵🇺🇸cd', F, 4)).toBe('ab…');
    expect(ellipsize(m, 'first\nsecond', F, 50)).toBe('first…');
    expect(ellipsize(m, 'x', F, 0)).toBe('');
  });
});

describe('layoutText measuring cost', () => {
  it('TEXT11 a second layout of the same text makes no measureText calls', () => {
    const ctx = createFakeTextContext();
    const m = createTextMeasurer(ctx as unknown as Canvas2D);
    const text = 'Alexandra Johnson 你好世界 👨‍👩‍👧 the quick brown fox jumps over the lazy dog';
    const first = layoutText(m, text, F, { maxWidth: 17, maxLines: 3 });
    const calls = m.measureCalls;
    expect(calls).toBeGreaterThan(0);
    const second = layoutText(m, text, F, { maxWidth: 17, maxLines: 3 });
    expect(m.measureCalls).toBe(calls);
    expect(second).toEqual(first);
  });

  it('TEXT11 a line that fits costs one measurement; an ellipsis costs O(log n)', () => {
    const m = createFakeMeasure();
    layoutText(m, 'Alexandra', F, { maxWidth: 20, maxLines: 1 });
    expect(m.calls.length).toBe(2); // the fit check, then the reported width (a cache hit in practice)
    m.calls.length = 0;
    const long = 'x'.repeat(1000);
    expect(ellipsize(m, long, F, 100)).toBe(`${'x'.repeat(99)}…`);
    expect(m.calls.length).toBeLessThanOrEqual(14);
  });
});

const PIECES = ['a', 'b', 'Wo', ' ', ' ', '你', '好', '。', '😀', '👍🏽', '👨‍👩‍👧', '🇯🇵', '1️⃣', 'e\u0301', 'ش', 'ة'];

function boundaries(graphemes: readonly string[]): Set<number> {
  const set = new Set<number>([0]);
  let o = 0;
  for (const g of graphemes) set.add((o += g.length));
  return set;
}

function checkLayout(split: GraphemeSplitter) {
  return fc.property(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 0, max: 4 }),
    (parts, maxWidth, maxLines) => {
      const text = parts.join('');
      const m = createFakeMeasure();
      const r = layoutText(m, text, F, { maxWidth, maxLines, splitGraphemes: split });
      const bounds = boundaries(split(text));
      if (maxLines > 0) expect(r.lines.length).toBeLessThanOrEqual(maxLines);
      let cursor = 0;
      r.lines.forEach((line, i) => {
        const isLast = i === r.lines.length - 1;
        const body = isLast && r.truncated && line.endsWith('…') ? line.slice(0, -1) : line;
        const width = fakeWidth(line);
        if (width > maxWidth) {
          // Only a single grapheme wider than the whole line may overflow.
          expect(split(line).length).toBe(1);
        }
        if (body === '') return;
        let at = text.indexOf(body, cursor);
        while (at !== -1 && !(bounds.has(at) && bounds.has(at + body.length))) at = text.indexOf(body, at + 1);
        expect(at).toBeGreaterThanOrEqual(0);
        cursor = at + body.length;
      });
      if (!r.truncated) {
        // Nothing was dropped: the lines hold every non-space grapheme of the input.
        expect(r.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    },
  );
}

describe('layoutText properties', () => {
  it('TEXT9 lines are runs of whole input graphemes that fit maxWidth (Intl.Segmenter path)', () => {
    fc.assert(checkLayout((t) => splitGraphemes(t)), { numRuns: 300 });
  });

  it('TEXT9 lines are runs of whole input graphemes that fit maxWidth (fallback path)', () => {
    fc.assert(checkLayout(splitGraphemesFallback), { numRuns: 300 });
  });
});

const trimEnd = (s: string): string => s.replace(/\s+$/u, '');

/** The longest grapheme prefix of `rest` that fits with the ellipsis, found by a linear scan. */
function bestFit(rest: string, maxWidth: number): string {
  const gs = splitGraphemes(rest);
  let best = '';
  for (let k = 0; k <= gs.length; k++) {
    const candidate = `${trimEnd(gs.slice(0, k).join(''))}…`;
    if (fakeWidth(candidate) <= maxWidth) best = candidate;
  }
  return best;
}

describe('layoutText cut lines', () => {
  it('TEXT15 a one-line name is cut at the last grapheme that fits, not at the last whole word', () => {
    const m = createFakeMeasure();
    expect(layoutText(m, 'Li Wonderfullylongname', F, { maxWidth: 15, maxLines: 1 }).lines).toEqual(['Li Wonderfully…']);
    expect(layoutText(m, 'Alexandra Johnson', F, { maxWidth: 12, maxLines: 1 }).lines).toEqual(['Alexandra J…']);
    // Spaces before the cut are trimmed, so the ellipsis never floats after a gap.
    expect(layoutText(m, 'Alexandra     Johnson', F, { maxWidth: 12, maxLines: 1 }).lines).toEqual(['Alexandra…']);
    // Emoji and flags stay whole.
    expect(layoutText(m, 'Li 🇯🇵🇺🇸🇫🇷 fan', F, { maxWidth: 8, maxLines: 1 }).lines).toEqual(['Li 🇯🇵🇺🇸…']);
  });

  it('TEXT15 the last of several lines continues the paragraph from its start', () => {
    const m = createFakeMeasure();
    const r = layoutText(m, 'the quick brown extraordinarily long fox', F, { maxWidth: 12, maxLines: 2 });
    expect(r.lines).toEqual(['the quick', 'brown extra…']);
    expect(r.truncated).toBe(true);
    // Cut at a paragraph end: the last line keeps what fits and still shows the ellipsis.
    expect(layoutText(m, 'ab\ncd ef\ngh', F, { maxWidth: 10, maxLines: 2 }).lines).toEqual(['ab', 'cd ef…']);
  });

  it('TEXT15 maxLines 1 ellipsizes with O(log n) measurements, without wrapping first', () => {
    const m = createFakeMeasure();
    const text = 'word '.repeat(400).trim();
    const r = layoutText(m, text, F, { maxWidth: 100, maxLines: 1 });
    expect(r.lines).toEqual([`${'word '.repeat(19)}word…`]);
    expect(fakeWidth(r.lines[0] ?? '')).toBeLessThanOrEqual(100);
    // The fit check, the ellipsis width, ~log2(2000) bisection steps and the reported width.
    expect(m.calls.length).toBeLessThanOrEqual(16);
  });

  it('TEXT15 a cut last line is the longest grapheme prefix of the remaining text that fits', () => {
    const words = ['Li', 'Alexandra', 'Wonderfullylongname', '你好', '世界', '😀', '👨‍👩‍👧', '🇯🇵', 'e\u0301', 'ab'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '  ', ''), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 1, max: 3 }),
        (parts, gaps, maxWidth, maxLines) => {
          const text = parts.map((w, i) => w + (gaps[i] ?? '')).join('');
          const r = layoutText(createFakeMeasure(), text, F, { maxWidth, maxLines });
          let cursor = 0;
          r.lines.slice(0, -1).forEach((line) => {
            expect(text.startsWith(line, cursor)).toBe(true);
            cursor += line.length;
            while (text[cursor] === ' ') cursor++;
          });
          const rest = trimEnd(text.slice(cursor));
          const last = r.lines[r.lines.length - 1];
          if (!r.truncated) expect(last).toBe(rest);
          else if (splitGraphemes(rest).length > 1 || fakeWidth(rest) <= maxWidth) expect(last).toBe(bestFit(rest, maxWidth));
        },
      ),
      { numRuns: 400 },
    );
  });
});
