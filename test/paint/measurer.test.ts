import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createTextMeasurer } from '../../src/paint/index.js';
import type { Canvas2D } from '../../src/host/index.js';
import { createFakeTextContext } from './fakeMeasure.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function fake() {
  const ctx = createFakeTextContext();
  let calls = 0;
  const measureText = ctx.measureText.bind(ctx);
  ctx.measureText = (text: string) => {
    calls++;
    return measureText(text);
  };
  return { ctx, calls: () => calls, asCanvas: ctx as unknown as Canvas2D };
}

describe('createTextMeasurer', () => {
  it('TEXT1 caches by font and text: a repeated measurement calls measureText once', () => {
    const f = fake();
    const m = createTextMeasurer(f.asCanvas);
    expect(m.measure('10px a', 'hello')).toBe(5);
    expect(m.measure('10px a', 'hello')).toBe(5);
    expect(m.measure('12px a', 'hello')).toBe(5);
    expect(m.measureCalls).toBe(2);
    expect(f.calls()).toBe(2);
    expect(m.hits).toBe(1);
    expect(m.measure('10px a', '')).toBe(0);
    expect(m.measureCalls).toBe(2);
  });

  it('TEXT1 works on the recording mock context', () => {
    const ctx = createMockCanvas().getContext('2d');
    const m = createTextMeasurer(ctx);
    expect(m.measure('10px sans-serif', 'abcd')).toBe(4);
    m.clear();
    expect(m.size).toBe(0);
    m.measure('10px sans-serif', 'abcd');
    expect(m.measureCalls).toBe(2);
  });

  it('TEXT2 the cache is an LRU bounded by entry count', () => {
    const f = fake();
    const m = createTextMeasurer(f.asCanvas, { maxEntries: 2 });
    m.measure('f', 'a');
    m.measure('f', 'b');
    m.measure('f', 'a'); // a is now the most recent
    m.measure('f', 'c'); // evicts b
    expect(m.size).toBe(2);
    m.measure('f', 'a');
    expect(m.measureCalls).toBe(3);
    m.measure('f', 'b');
    expect(m.measureCalls).toBe(4);
    expect(() => createTextMeasurer(f.asCanvas, { maxEntries: 0 })).toThrow(RangeError);
  });

  it('TEXT3 sets ctx.font only when the font changes or someone else changed it', () => {
    const f = fake();
    const m = createTextMeasurer(f.asCanvas);
    m.measure('10px a', 'x');
    m.measure('10px a', 'y');
    m.measure('10px a', 'z');
    expect(f.ctx.fontWrites).toBe(1);
    m.measure('12px a', 'x');
    expect(f.ctx.fontWrites).toBe(2);
    f.ctx.font = 'bold 30px other'; // a painter used the shared context
    const writes = f.ctx.fontWrites;
    m.measure('12px a', 'q');
    expect(f.ctx.fontWrites).toBe(writes + 1);
    expect(f.ctx.font).toBe('12px a');
  });
  it('TEXT21 (property) answers, counts and evicts exactly as a reference LRU keyed by font and text', () => {
    const op = fc.tuple(fc.constantFrom('10px a', '12px a', 'bold 10px a'), fc.constantFrom('a', 'bb', 'ccc', 'dddd', 'e', 'ff'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 60 }), (maxEntries, ops) => {
        const f = fake();
        const m = createTextMeasurer(f.asCanvas, { maxEntries });
        const ref = new Map<string, number>();
        let misses = 0;
        for (const [font, text] of ops) {
          const key = `${font}|${text}`;
          const width = m.measure(font, text);
          const cached = ref.get(key);
          if (cached !== undefined) {
            ref.delete(key);
            expect(width).toBe(cached);
          } else {
            misses++;
            if (ref.size === maxEntries) ref.delete(ref.keys().next().value!);
          }
          ref.set(key, width);
          expect(m.measureCalls).toBe(misses);
          expect(m.size).toBe(ref.size);
        }
      }),
      { numRuns: 300 },
    );
  });
});
