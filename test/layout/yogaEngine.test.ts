import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Node } from '../../src/core/index.js';
import { createYogaLayoutEngine, LAYOUT_KEYS } from '../../src/layout/index.js';
import type { Style } from '../../src/layout/index.js';
import { createHarness } from '../core/harness.js';

const styleArb: fc.Arbitrary<Style> = fc.record(
  {
    width: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom<Style['width']>('50%', 'auto')),
    height: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constant<Style['height']>('25%')),
    minWidth: fc.integer({ min: 0, max: 60 }),
    maxHeight: fc.integer({ min: 0, max: 60 }),
    flexGrow: fc.integer({ min: 0, max: 3 }),
    flexShrink: fc.integer({ min: 0, max: 3 }),
    flexBasis: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant<Style['flexBasis']>('20%')),
    alignSelf: fc.constantFrom<Style['alignSelf']>('flex-start', 'center', 'flex-end', 'stretch'),
    margin: fc.integer({ min: 0, max: 8 }),
    marginLeft: fc.constantFrom<Style['marginLeft']>('auto', 3),
    padding: fc.integer({ min: 0, max: 8 }),
    borderWidth: fc.integer({ min: 0, max: 4 }),
    position: fc.constantFrom<Style['position']>('relative', 'absolute'),
    top: fc.integer({ min: 0, max: 20 }),
    right: fc.integer({ min: 0, max: 20 }),
    aspectRatio: fc.constantFrom(0.5, 1, 2),
    display: fc.constantFrom<Style['display']>('flex', 'none'),
  },
  { requiredKeys: [] },
);

const containerArb: fc.Arbitrary<Style> = fc.record(
  {
    flexDirection: fc.constantFrom<Style['flexDirection']>('row', 'column', 'row-reverse', 'column-reverse'),
    flexWrap: fc.constantFrom<Style['flexWrap']>('nowrap', 'wrap', 'wrap-reverse'),
    justifyContent: fc.constantFrom<Style['justifyContent']>('flex-start', 'center', 'space-between'),
    alignItems: fc.constantFrom<Style['alignItems']>('flex-start', 'center', 'stretch'),
    alignContent: fc.constantFrom<Style['alignContent']>('flex-start', 'center', 'space-around'),
    gap: fc.integer({ min: 0, max: 10 }),
    rowGap: fc.integer({ min: 0, max: 10 }),
    paddingHorizontal: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

/** A patch turning `from` into `to`: keys only in `from` are set to undefined. */
function patchBetween(from: Style, to: Style): Partial<Style> {
  const patch: Record<string, unknown> = { ...to };
  for (const k of Object.keys(from)) if (!(k in to)) patch[k] = undefined;
  return patch as Partial<Style>;
}

describe('LAYOUT engine', () => {
  it('LAYOUT20 every LayoutStyle key is in the style table, and paint keys are not', () => {
    for (const k of ['width', 'minHeight', 'flexBasis', 'alignContent', 'paddingVertical', 'marginLeft', 'borderWidth', 'bottom', 'rowGap', 'aspectRatio', 'display']) {
      expect(LAYOUT_KEYS.has(k)).toBe(true);
    }
    for (const k of ['backgroundColor', 'borderColor', 'borderRadius', 'opacity', 'overflow', 'color', 'fontSize', 'textAlign']) {
      expect(LAYOUT_KEYS.has(k)).toBe(false);
    }
  });

  it('LAYOUT21 restyling a live tree (including resetting keys to undefined) lays out exactly like a tree built with the final style', async () => {
    const layout = await createYogaLayoutEngine();
    await fc.assert(
      fc.asyncProperty(
        containerArb,
        containerArb,
        fc.array(fc.tuple(styleArb, styleArb), { minLength: 1, maxLength: 3 }),
        async (c1, c2, kids) => {
          const boxes = (n: Node) => n.children.map((k) => [k.x, k.y, k.width, k.height]);
          const live = await createHarness({ layout, width: 120, height: 120 });
          const a = live.stage.root.appendChild(new Node({ width: 100, height: 100, ...c1 }));
          for (const [s1] of kids) a.appendChild(new Node(s1));
          live.frames.flush();
          a.setStyle(patchBetween(c1, c2));
          kids.forEach(([s1, s2], i) => a.children[i]!.setStyle(patchBetween(s1, s2)));
          live.frames.flush();
          const fresh = await createHarness({ layout, width: 120, height: 120 });
          const b = fresh.stage.root.appendChild(new Node({ width: 100, height: 100, ...c2 }));
          for (const [, s2] of kids) b.appendChild(new Node(s2));
          fresh.frames.flush();
          expect(boxes(a)).toEqual(boxes(b));
          live.stage.dispose();
          fresh.stage.dispose();
          expect(layout.liveNodes).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('LAYOUT22 a relayout reads boxes only from subtrees yoga laid out again', async () => {
    const h = await createHarness();
    const a = h.stage.root.appendChild(new Node({ width: 50, height: 50 }));
    const a1 = a.appendChild(new Node({ width: 10, height: 10 }));
    const b = h.stage.root.appendChild(new Node({ width: 50, height: 50 }));
    const b1 = b.appendChild(new Node({ width: 10, height: 10 }));
    h.frames.flush();
    const readA1 = vi.spyOn(a1, '_readLayout');
    const readB1 = vi.spyOn(b1, '_readLayout');
    b1.setStyle({ width: 20 });
    h.frames.flush();
    expect(b1.width).toBe(20);
    expect(readB1).toHaveBeenCalledTimes(1);
    expect(readA1).toHaveBeenCalledTimes(0);
    // Nothing dirty: a frame reads nothing at all.
    readB1.mockClear();
    const layouts = h.stage.stats.layouts;
    h.stage.frame();
    expect(h.stage.stats.layouts).toBe(layouts);
    expect(readB1).toHaveBeenCalledTimes(0);
  });

  it('LAYOUT23 layout is rounded to the backing-store pixel grid (1/3 px on a 3x screen)', async () => {
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 3 });
    const row = h.stage.root.appendChild(new Node({ flexDirection: 'row', height: 10 }));
    const kids = [0, 1, 2].map(() => row.appendChild(new Node({ flexGrow: 1 })));
    h.frames.flush();
    for (const k of kids) {
      expect(Math.abs(k.x * 3 - Math.round(k.x * 3))).toBeLessThan(1e-4);
      expect(Math.abs(k.width * 3 - Math.round(k.width * 3))).toBeLessThan(1e-4);
    }
    expect(kids.reduce((s, k) => s + k.width, 0)).toBeCloseTo(100, 3);
  });

  it('LAYOUT24 a layout root lays out on its own at the given size, placed by setFrameOrigin, and sizes to content when a size is undefined', async () => {
    const h = await createHarness();
    const list = h.stage.root.appendChild(new Node({ height: 100 }));
    const row = new Node({ flexDirection: 'row', padding: 2 });
    row.setLayoutRoot(80, undefined);
    row.appendChild(new Node({ width: 10, height: 12 }));
    list.appendChild(row);
    const sibling = list.appendChild(new Node({ height: 5 }));
    row.setFrameOrigin(7, 30);
    h.frames.flush();
    expect([row.x, row.y, row.width, row.height]).toEqual([7, 30, 80, 16]);
    // The row is not part of its parent's flex flow: the sibling sits at the top.
    expect(sibling.y).toBe(0);
    expect(h.stage.layoutRootCount).toBe(1);
    expect(() => sibling.setLayoutRoot(10, 10)).toThrow(/before the node is added/);
    row.destroy();
    expect(h.stage.layoutRootCount).toBe(0);
  });

  it('LAYOUT25 liveNodes counts one layout node per attached node and returns to zero on teardown', async () => {
    const h = await createHarness();
    const base = h.layout.liveNodes; // the root
    expect(base).toBe(1);
    const a = new Node();
    for (let i = 0; i < 5; i++) a.appendChild(new Node()).appendChild(new Node());
    expect(h.layout.liveNodes).toBe(base); // detached trees own no layout nodes
    h.stage.root.appendChild(a);
    expect(h.layout.liveNodes).toBe(base + 11);
    h.frames.flush();
    a.children[2]!.destroy();
    expect(h.layout.liveNodes).toBe(base + 9);
    a.removeAllChildren();
    expect(h.layout.liveNodes).toBe(base + 1);
    h.stage.root.appendChild(new Node()).appendChild(new Node());
    h.stage.dispose();
    expect(h.layout.liveNodes).toBe(0);
  });
});
