import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Node } from '../../src/core/index.js';
import { MAX_LAYOUT_TEMPLATES } from '../../src/core/constants.js';
import type { LayoutEngine, LayoutNode, Style } from '../../src/layout/index.js';
import { Text, View } from '../../src/widgets/index.js';
import { createHarness } from '../input/harness.js';
import type { Harness } from '../input/harness.js';

/** A row shape: a node's layout style, whether it is a text leaf, its children. */
interface Spec {
  style: Style;
  text: boolean;
  children: readonly Spec[];
}

const styleArb: fc.Arbitrary<Style> = fc.record(
  {
    flexDirection: fc.constantFrom('row', 'column', 'row-reverse'),
    width: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom('50%', '25%', 'auto')),
    height: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom('50%', 'auto')),
    flexGrow: fc.integer({ min: 0, max: 2 }),
    flexShrink: fc.integer({ min: 0, max: 2 }),
    padding: fc.integer({ min: 0, max: 8 }),
    marginLeft: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('auto')),
    alignItems: fc.constantFrom('flex-start', 'center', 'flex-end', 'stretch'),
    justifyContent: fc.constantFrom('flex-start', 'center', 'space-between'),
    gap: fc.integer({ min: 0, max: 6 }),
    position: fc.constantFrom('relative', 'absolute'),
    top: fc.integer({ min: 0, max: 20 }),
    display: fc.constantFrom('flex', 'none'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Style>;

const specArb: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ style: styleArb, text: fc.constant(true), children: fc.constant([]) }),
    fc.record({ style: styleArb, text: fc.constant(false), children: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;

const wordsArb = fc.array(fc.constantFrom('a', 'Ann', 'Bartholomew', '榜单', 'x y z', ''), { minLength: 1, maxLength: 6 });

function build(spec: Spec, texts: Text[]): Node {
  if (spec.text) {
    const t = new Text('', { fontSize: 12, maxLines: 1, ...spec.style });
    texts.push(t);
    return t;
  }
  const node = new View(spec.style);
  for (const c of spec.children) node.appendChild(build(c, texts));
  return node;
}

/**
 * The boxes yoga gives `row`'s subtree laid out on its own at `width` × `height`: fresh layout nodes
 * of the same styles, measured by the same nodes' measure functions (nothing shared with templates).
 */
function freshYogaBoxes(engine: LayoutEngine, row: Node, width: number, height: number | undefined): number[][] {
  const made: Array<[Node, LayoutNode]> = [];
  const mirror = (node: Node): LayoutNode => {
    const ln = engine.createNode();
    ln.applyStyle(node.style, {});
    const log = node._measureLog;
    if (log !== undefined) ln.setMeasure(log.fn);
    made.push([node, ln]);
    let i = 0;
    for (const c of node.children) if (!c.isLayoutRoot) ln.insertChild(mirror(c), i++);
    return ln;
  };
  const root = mirror(row);
  root.calculate(width, height);
  const boxes = made.map(([node, ln]) => {
    const b = ln.computed();
    return node === row ? [b.width, b.height] : [b.left, b.top, b.width, b.height];
  });
  for (const [, ln] of made) ln.free();
  return boxes;
}

function ownBoxes(row: Node): number[][] {
  const out: number[][] = [];
  const walk = (node: Node): void => {
    out.push(node === row ? [node.width, node.height] : [node.x, node.y, node.width, node.height]);
    for (const c of node.children) if (!c.isLayoutRoot) walk(c);
  };
  walk(row);
  return out;
}

interface RowScene {
  h: Harness;
  rows: Node[];
  texts: Text[][];
}

async function rowScene(spec: Spec, count: number, width: number, height: number | undefined): Promise<RowScene> {
  const h = await createHarness(320, 640);
  const holder = h.stage.root.appendChild(new View({ flexGrow: 1 }));
  const rows: Node[] = [];
  const texts: Text[][] = [];
  for (let i = 0; i < count; i++) {
    const own: Text[] = [];
    const row = build(spec, own);
    row.setLayoutRoot(width, height);
    row.setFrameOrigin(0, i * 70);
    holder.appendChild(row);
    rows.push(row);
    texts.push(own);
  }
  return { h, rows, texts };
}

describe('LayoutTemplates', () => {
  it('LAYT1 every row laid out from a template has the boxes yoga gives its subtree laid out on its own', async () => {
    let reused = 0;
    let calculated = 0;
    await fc.assert(
      fc.asyncProperty(
        specArb,
        fc.integer({ min: 40, max: 320 }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: 20, max: 80 })),
        fc.array(
          fc.tuple(fc.nat(), wordsArb, fc.option(fc.tuple(fc.nat(), styleArb)), fc.option(fc.integer({ min: 20, max: 80 }))),
          { minLength: 1, maxLength: 6 },
        ),
        async (spec, width, height, steps) => {
          const s = await rowScene(spec, 4, width, height);
          const heights: Array<number | undefined> = s.rows.map(() => height);
          const check = (): void => {
            s.h.settle();
            s.rows.forEach((row, i) => expect(ownBoxes(row)).toEqual(freshYogaBoxes(s.h.layout, row, width, heights[i])));
          };
          check();
          for (const [pick, words, restyle, resize] of steps) {
            // Rebind: new strings in one row (measured sizes may or may not change), and sometimes a
            // new layout style on one of its nodes (the row takes another shape).
            const r = pick % s.rows.length;
            s.texts[r]!.forEach((t, i) => t.setText(words[i % words.length]!));
            if (restyle !== null) {
              const nodes: Node[] = [];
              const walk = (n: Node): void => {
                nodes.push(n);
                n.children.forEach(walk);
              };
              walk(s.rows[r]!);
              nodes[restyle[0] % nodes.length]!.setStyle(restyle[1]);
            }
            // Rows of one shape and different heights (a list with variable row heights).
            if (resize !== null) {
              heights[r] = resize;
              s.rows[r]!.setLayoutRoot(width, resize);
            }
            check();
          }
          reused += s.h.stage.layoutTemplates.stats.reused;
          calculated += s.h.stage.layoutTemplates.stats.calculations;
          s.h.stage.dispose();
          expect(s.h.layout.liveNodes).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
    // Both paths ran: rows took a template's boxes as they were, and templates were calculated again.
    expect(reused).toBeGreaterThan(50);
    expect(calculated).toBeGreaterThan(50);
  }, 120_000);

  const rowSpec: Spec = {
    style: { flexDirection: 'row', alignItems: 'center', padding: 4 },
    text: false,
    children: [
      { style: { width: 20, height: 20 }, text: false, children: [] },
      { style: { flexShrink: 1 }, text: true, children: [] },
    ],
  };

  it('LAYT2 rows own no layout nodes: one template per shape, calculated once, reused while answers hold', async () => {
    const s = await rowScene(rowSpec, 10, 200, 50);
    s.texts.forEach((t, i) => t[0]!.setText(`Row ${i}`));
    s.h.settle();
    const t = s.h.stage.layoutTemplates;
    expect(t.count).toBe(1);
    // Root, holder and one template of 3 nodes, whatever the number of rows.
    expect(s.h.layout.liveNodes).toBe(2 + 3);
    const calcs = t.stats.calculations;
    const layouts = s.h.stage.stats.layouts;
    // Same measured size ("Row 7" → "Row 8"): the row's own log answers, no layout pass at all.
    s.texts[7]![0]!.setText('Row 8');
    s.h.settle();
    expect(s.h.stage.stats.layouts).toBe(layouts);
    // Another size: that row's layout asks the template again, once.
    s.texts[3]![0]!.setText('A much longer name');
    s.h.settle();
    expect(t.stats.calculations).toBe(calcs + 1);
    expect(ownBoxes(s.rows[3]!)).toEqual(freshYogaBoxes(s.h.layout, s.rows[3]!, 200, 50));
    // A layout style change gives that row a new shape (a second template); paint keys do not.
    s.rows[5]!.children[0]!.setStyle({ backgroundColor: '#f00' });
    s.h.settle();
    expect(t.count).toBe(1);
    s.rows[5]!.children[0]!.setStyle({ width: 30 });
    s.h.settle();
    expect(t.count).toBe(2);
    expect(s.rows[5]!.children[1]!.x).toBe(4 + 30);
    s.h.stage.dispose();
    expect(s.h.layout.liveNodes).toBe(0);
  });

  it('LAYT3 templates are bounded (least recently used freed) and a new pixel scale lays every row out again', async () => {
    const s = await rowScene(rowSpec, MAX_LAYOUT_TEMPLATES + 6, 200, 50);
    s.rows.forEach((row, i) => row.children[0]!.setStyle({ width: 10 + i }));
    s.h.settle();
    const t = s.h.stage.layoutTemplates;
    expect(t.count).toBe(MAX_LAYOUT_TEMPLATES);
    expect(s.h.layout.liveNodes).toBe(2 + 3 * MAX_LAYOUT_TEMPLATES);
    s.rows.forEach((row, i) => expect(row.children[1]!.x).toBe(4 + 10 + i));
    const created = t.stats.created;
    s.h.stage.resize(320, 640, 3);
    s.h.settle();
    // Every row laid out again at the new scale, from new templates.
    expect(t.stats.created - created).toBe(MAX_LAYOUT_TEMPLATES + 6);
    for (const row of s.rows) expect(ownBoxes(row)).toEqual(freshYogaBoxes(s.h.layout, row, 200, 50));
    s.h.stage.dispose();
    expect(s.h.layout.liveNodes).toBe(0);
  });

  /** A label that wraps (40 px high) below 150 px when `full`, and never wraps (20 px) otherwise. */
  class Label extends View {
    public full = true;
    public constructor(style: Style) {
      super(style);
      this.setMeasure((width, wm) => {
        const w = wm === 'undefined' ? 150 : Math.min(width, 150);
        return { width: w, height: this.full && w < 150 ? 40 : 20 };
      });
    }
    public setFull(full: boolean): void {
      if (full === this.full) return;
      this.full = full;
      this.markMeasureDirty();
    }
  }

  /** A row whose `onLayout` shortens its label when narrow, and may run a test's hook. */
  class ResponsiveRow extends View {
    public readonly label = new Label({ flexGrow: 1, flexBasis: 0 });
    public hook: (() => void) | undefined;
    public constructor() {
      super({ flexDirection: 'row', alignItems: 'flex-start', padding: 4 });
      this.appendChild(new View({ width: 20, height: 20 }));
      this.appendChild(this.label);
    }
    protected override onLayout(): void {
      this.label.setFull(this.width >= 150);
      this.hook?.();
    }
  }

  it('LAYT4 a row hook run while its boxes are applied can change content (checked against the new answers), remove rows or resize the stage', async () => {
    const h = await createHarness(320, 640);
    const holder = h.stage.root.appendChild(new View({ flexGrow: 1 }));
    const row = new ResponsiveRow();
    row.setLayoutRoot(250, undefined);
    holder.appendChild(row);
    h.settle();
    expect(row.label.height).toBe(20);
    // Narrow: the hook switches to the short text, which answers differently from the template's
    // questions asked with the long one; the row is laid out again with the short text.
    row.setLayoutRoot(100, undefined);
    h.settle();
    expect(row.label.full).toBe(false);
    expect(ownBoxes(row)).toEqual(freshYogaBoxes(h.layout, row, 100, undefined));
    expect(row.label.height).toBe(20);
    // A hook that removes the last row (its template freed mid-apply) or resizes the stage reports nothing.
    const other = new ResponsiveRow();
    other.setLayoutRoot(200, 50);
    other.hook = () => {
      other.hook = undefined;
      holder.removeChild(other);
      holder.removeChild(row);
    };
    holder.appendChild(other);
    h.settle();
    expect(other.parent).toBeUndefined();
    const third = new ResponsiveRow();
    third.setLayoutRoot(180, 50);
    third.hook = () => {
      third.hook = undefined;
      h.stage.resize(320, 640, 2);
    };
    holder.appendChild(third);
    h.settle();
    expect(h.errors).toEqual([]);
    expect(ownBoxes(third)).toEqual(freshYogaBoxes(h.layout, third, 180, 50));
    h.stage.dispose();
    expect(h.layout.liveNodes).toBe(0);
  });
});
