import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIRTY_LAYOUT, DIRTY_PAINT, Node } from '../../src/core/index.js';
import { alphaFactor, clipsChildren } from '../../src/core/paintWalk.js';
import type { Style } from '../../src/layout/index.js';
import { createHarness, Scrolled } from './harness.js';

describe('Node tree', () => {
  it('NODE1 a style passed in or patched is copied, never mutated or retained', () => {
    const style: Style = { width: 10, backgroundColor: 'red' };
    const n = new Node(style);
    style.width = 99;
    expect(n.style.width).toBe(10);
    const patch: Partial<Style> = { height: 5 };
    n.setStyle(patch);
    patch.height = 77;
    expect(n.style.height).toBe(5);
    expect(style).toEqual({ width: 99, backgroundColor: 'red' });
  });

  it('NODE2 setStyle with unchanged values changes nothing and asks for no frame', async () => {
    const h = await createHarness();
    const n = h.stage.root.appendChild(new Node({ width: 10, backgroundColor: 'red' }));
    h.frames.flush();
    const before = h.frames.requested;
    const style = n.style;
    n.setStyle({ width: 10, backgroundColor: 'red', height: undefined });
    expect(n.style).toBe(style);
    expect(n.dirtyFlags).toBe(0);
    expect(h.frames.requested).toBe(before);
  });

  it('NODE2 a key set to undefined returns to its default', async () => {
    const h = await createHarness();
    const n = h.stage.root.appendChild(new Node({ height: 10, width: 30 }));
    h.frames.flush();
    expect(n.width).toBe(30);
    n.setStyle({ width: undefined });
    h.frames.flush();
    expect('width' in n.style).toBe(false);
    // Back to auto: stretched across the column root.
    expect(n.width).toBe(100);
  });

  it('NODE3 inserting a node into itself or its descendant throws and changes nothing', () => {
    const a = new Node();
    const b = a.appendChild(new Node());
    const c = b.appendChild(new Node());
    expect(() => a.appendChild(a)).toThrow(/own child/);
    expect(() => c.appendChild(a)).toThrow(/ancestor/);
    expect(a.parent).toBeUndefined();
    expect(c.children).toHaveLength(0);
    expect(b.children).toEqual([c]);
  });

  it('NODE4 adding a node that has a parent moves it; insertChild clamps the index', () => {
    const p1 = new Node();
    const p2 = new Node();
    const x = p1.appendChild(new Node());
    const y = p2.appendChild(new Node());
    p2.insertChild(x, -5);
    expect(p1.children).toHaveLength(0);
    expect(p2.children).toEqual([x, y]);
    const z = p2.insertChild(new Node(), 99);
    expect(p2.children).toEqual([x, y, z]);
    expect(x.parent).toBe(p2);
  });

  it('NODE4 a moved node keeps flex order in the layout tree', async () => {
    const h = await createHarness();
    const row = h.stage.root.appendChild(new Node({ flexDirection: 'row', height: 10 }));
    const [a, b, c] = [10, 20, 30].map((w) => row.appendChild(new Node({ width: w })));
    h.frames.flush();
    row.insertChild(c!, 0);
    h.frames.flush();
    expect([c!.x, a!.x, b!.x]).toEqual([0, 30, 40]);
  });

  it('NODE5 a node owns a layout node only while attached; removing a subtree frees all of it', async () => {
    const h = await createHarness();
    const sub = new Node();
    sub.appendChild(new Node()).appendChild(new Node());
    expect(sub._layout).toBeUndefined();
    h.stage.root.appendChild(sub);
    expect(sub._layout).toBeDefined();
    expect(sub.stage).toBe(h.stage);
    expect(h.layout.liveNodes).toBe(4);
    h.stage.root.removeChild(sub);
    expect(h.layout.liveNodes).toBe(1);
    expect(sub._layout).toBeUndefined();
    expect(sub.children[0]!.stage).toBeUndefined();
    // Re-adding builds fresh layout nodes with the same style.
    h.stage.root.appendChild(sub);
    expect(h.layout.liveNodes).toBe(4);
  });

  it('NODE5 layout nodes return to zero after many random add/remove operations and dispose', async () => {
    const h = await createHarness();
    const nodes: Node[] = [h.stage.root];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const op = rnd(3);
      const target = nodes[rnd(nodes.length)]!;
      if (op < 2 || target === h.stage.root) {
        nodes.push(target.appendChild(new Node({ width: rnd(20) })));
      } else {
        target.destroy();
      }
      if (i % 50 === 0) h.frames.flush();
    }
    let attached = 0;
    const count = (n: Node): void => {
      attached++;
      n.children.forEach(count);
    };
    count(h.stage.root);
    expect(h.layout.liveNodes).toBe(attached);
    h.stage.dispose();
    expect(h.layout.liveNodes).toBe(0);
  });

  it('NODE6 absoluteRect adds ancestors\' positions and subtracts their content offsets', async () => {
    const h = await createHarness();
    const outer = h.stage.root.appendChild(new Scrolled({ padding: 10, height: 80 }));
    const inner = outer.appendChild(new Node({ marginTop: 5, paddingLeft: 3, height: 40 }));
    const leaf = inner.appendChild(new Node({ width: 7, height: 8 }));
    h.frames.flush();
    expect(leaf.absoluteRect()).toEqual({ x: 13, y: 15, width: 7, height: 8 });
    outer.scrollTo(0, 12);
    expect(leaf.absoluteRect()).toEqual({ x: 13, y: 3, width: 7, height: 8 });
  });

  it('NODE7 dirty bits: a new node is layout- and paint-dirty; a frame clears both', async () => {
    const h = await createHarness();
    const n = new Node({ width: 5 });
    expect(n.dirtyFlags & DIRTY_LAYOUT).toBe(DIRTY_LAYOUT);
    h.stage.root.appendChild(n);
    h.frames.flush();
    expect(n.dirtyFlags).toBe(0);
    n.setStyle({ backgroundColor: 'red' });
    expect(n.dirtyFlags).toBe(DIRTY_PAINT);
    h.frames.flush();
    n.setStyle({ width: 6 });
    expect(n.dirtyFlags & DIRTY_LAYOUT).toBe(DIRTY_LAYOUT);
    h.frames.flush();
    expect(n.dirtyFlags).toBe(0);
  });

  it('NODE8 findByName searches depth first, self included', () => {
    const a = new Node();
    a.name = 'a';
    const b = a.appendChild(new Node());
    const c = b.appendChild(new Node());
    c.name = 'x';
    const d = a.appendChild(new Node());
    d.name = 'x';
    expect(a.findByName('a')).toBe(a);
    expect(a.findByName('x')).toBe(c);
    expect(a.findByName('nope')).toBeUndefined();
  });

  it('NODE9 errors thrown by lifecycle hooks are reported, not thrown', async () => {
    const h = await createHarness();
    class Bad extends Node {
      protected override onAttach(): void {
        throw new Error('attach');
      }
      protected override onLayout(): void {
        throw new Error('layout');
      }
      protected override onDetach(): void {
        throw new Error('detach');
      }
    }
    const bad = new Bad({ width: 10, height: 10 });
    expect(() => h.stage.root.appendChild(bad)).not.toThrow();
    expect(() => h.frames.flush()).not.toThrow();
    expect(() => bad.destroy()).not.toThrow();
    expect(h.errors.map((e) => (e as Error).message)).toEqual(['attach', 'layout', 'detach']);
    expect(h.layout.liveNodes).toBe(1);
  });
});

describe('Node style validation', () => {
  it('NODE10 invalid style values are rejected with a TypeError naming the key, before anything changes', async () => {
    const h = await createHarness();
    const node = h.stage.root.appendChild(new Node({ width: 10, height: 10 }));
    h.frames.flush();
    const before = { ...node.style };
    const frames = h.frames.requested;
    const bad: Array<Record<string, unknown>> = [
      { width: 'abc' },
      { height: Number.NaN },
      { flexDirection: 'sideways' },
      { opacity: 2 },
      { padding: -1 },
      { borderRadius: [1, 2, 3] },
      { maxLines: 1.5 },
      { fontWeight: 5000 },
      { colour: 'red' },
      { width: 20, alignItems: 'middle' },
    ];
    for (const patch of bad) {
      expect(() => node.setStyle(patch as Style)).toThrow(TypeError);
      expect(() => new Node(patch as Style)).toThrow(TypeError);
    }
    expect(() => node.setStyle({ width: 'abc' } as unknown as Style)).toThrow(/style\.width: expected .*got "abc"/);
    expect(() => node.setStyle({ colour: 'red' } as unknown as Style)).toThrow(/unknown style key "colour"/);
    // A key equal to what the style holds was checked when set; one equal to an inherited member is still unknown.
    expect(() => node.setStyle({ ...node.style, padding: -1 } as Style)).toThrow(/style\.padding/);
    expect(() => node.setStyle({ constructor: Object } as unknown as Style)).toThrow(/unknown style key "constructor"/);
    expect(() => node.setStyle({ toString: Object.prototype.toString } as unknown as Style)).toThrow(/unknown style key "toString"/);
    // Nothing changed: same style, no layout or paint work requested.
    expect(node.style).toEqual(before);
    expect(node.width).toBe(10);
    expect(h.frames.requested).toBe(frames);
    // Valid values of every kind are accepted, including resets.
    node.setStyle({ width: '50%', margin: 'auto', borderRadius: [1, 2, 3, 4], fontWeight: 'bold', opacity: 0.5, height: undefined });
    expect(node.style.width).toBe('50%');
    // An object value changed in place and passed again is checked again.
    const shadow = { color: '#000000', blur: 2, x: 0, y: 1 };
    node.setStyle({ boxShadow: shadow });
    shadow.blur = -1;
    expect(() => node.setStyle({ boxShadow: shadow })).toThrow(/style\.boxShadow/);
    node.setStyle({ boxShadow: undefined });
  });

  it('NODE11 a measured leaf whose new content gives every answer the layout asked for again invalidates no layout; another answer does', async () => {
    const h = await createHarness();
    let width = 10;
    class Leaf extends Node {
      public constructor(style: Style) {
        super(style);
        this.setMeasure((w, mode) => ({ width: mode === 'exactly' ? w : width, height: 12 }));
      }
      public change(): void {
        this.markMeasureDirty();
      }
    }
    const row = h.stage.root.appendChild(new Node({ flexDirection: 'row', height: 20 }));
    // Its width is given by the layout (grow from a zero basis): only its height is asked, and it never changes.
    const fixed = row.appendChild(new Leaf({ flexGrow: 1, flexBasis: 0 }));
    // Its width is its content's.
    const sized = row.appendChild(new Leaf({ flexShrink: 0 }));
    h.frames.flush();
    const layouts = h.stage.stats.layouts;
    width = 30;
    fixed.change();
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts);
    sized.change();
    h.frames.flush();
    expect(h.stage.stats.layouts).toBe(layouts + 1);
    expect(sized.width).toBe(30);
    expect(fixed.width).toBe(100 - 30);
  });

  it('NODE12 adding or removing a layout-root child (a list row) lays out that child only, never its parent', async () => {
    const h = await createHarness();
    const parent = h.stage.root.appendChild(new Node({ height: 50 }));
    h.frames.flush();
    const row = new Node({ flexDirection: 'row' });
    row.setLayoutRoot(100, 20);
    parent.appendChild(row);
    expect(parent.dirtyFlags & DIRTY_LAYOUT).toBe(0);
    expect(h.stage.root.dirtyFlags & DIRTY_LAYOUT).toBe(0);
    h.frames.flush();
    expect([row.width, row.height]).toEqual([100, 20]);
    parent.removeChild(row);
    expect(parent.dirtyFlags & DIRTY_LAYOUT).toBe(0);
  });
  it('NODE13 the paint rules a node stores (alpha factor, clip flag) are those of its current style, whatever patches it received', () => {
    const patch = fc.record(
      {
        opacity: fc.constantFrom<number | undefined>(undefined, 0, 0.25, 1),
        display: fc.constantFrom<Style['display']>(undefined, 'none', 'flex'),
        overflow: fc.constantFrom<Style['overflow']>(undefined, 'hidden', 'visible'),
        width: fc.constantFrom<number | undefined>(undefined, 10),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(patch, fc.array(patch, { maxLength: 8 }), (initial, patches) => {
        const node = new Node(initial as Style);
        const expectDerived = (): void => {
          expect(node._alphaFactor).toBe(alphaFactor(node.style));
          expect(node._clips).toBe(clipsChildren(node.style));
        };
        expectDerived();
        for (const p of patches) {
          node.setStyle(p);
          expectDerived();
        }
      }),
      { numRuns: 200 },
    );
    expect(alphaFactor({ display: 'none', opacity: 1 })).toBe(0);
    expect(alphaFactor({})).toBe(1);
    expect(alphaFactor({ opacity: 0.5 })).toBe(0.5);
  });
});
