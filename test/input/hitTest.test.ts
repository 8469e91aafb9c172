import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Node, forEachPaintedNode, intersection, intersects, stageRectOf } from '../../src/core/index.js';
import type { Rect } from '../../src/core/index.js';
import type { Canvas2D } from '../../src/host/types.js';
import type { Style } from '../../src/layout/index.js';
import type { CachedContext } from '../../src/paint/index.js';
import { hitTest } from '../../src/input/index.js';
import { View } from '../../src/widgets/index.js';
import { createHarness } from './harness.js';
import type { MockContext } from '../helpers/mockCanvas.js';

/** A box that records where the stage really painted it (the transform of its own fillRect). */
class Probe extends Node {
  public painted: { x: number; y: number } | undefined;
  public constructor(style: Style, scroll = { x: 0, y: 0 }) {
    super(style);
    this._scrollX = scroll.x;
    this._scrollY = scroll.y;
  }
  public override paintSelf(ctx: Canvas2D): void {
    ctx.fillRect(0, 0, this.width, this.height);
    // The stage paints through its state cache; the host context underneath records the calls.
    const events = ((ctx as CachedContext).raw as MockContext).__getEvents();
    const last = events[events.length - 1]!;
    const t = last.transform;
    const at = last.props as { x: number; y: number };
    // transform = [a, b, c, d, e, f]: the rectangle's device origin is (a·x + e, d·y + f) (the cache may
    // shift coordinates instead of setting a transform); its logical position is that over the scale.
    this.painted = { x: (t[0]! * at.x + t[4]!) / t[0]!, y: (t[3]! * at.y + t[5]!) / t[3]! };
  }
}

function abs(left: number, top: number, width: number, height: number, extra: Style = {}): Style {
  return { position: 'absolute', left, top, width, height, ...extra };
}

type Spec = { l: number; t: number; w: number; h: number; clip: boolean; sx: number; sy: number; op: number; kids: Spec[] };
const leaf = fc.record({
  l: fc.integer({ min: -20, max: 120 }),
  t: fc.integer({ min: -20, max: 120 }),
  w: fc.integer({ min: 1, max: 120 }),
  h: fc.integer({ min: 1, max: 120 }),
  clip: fc.boolean(),
  sx: fc.integer({ min: -30, max: 30 }),
  sy: fc.integer({ min: -60, max: 60 }),
  op: fc.constantFrom(1, 1, 1, 0.5, 0),
});
const specAt = (depth: number): fc.Arbitrary<Spec> =>
  fc.tuple(leaf, depth === 0 ? fc.constant<Spec[]>([]) : fc.array(specAt(depth - 1), { maxLength: 3 })).map(([l, kids]) => ({ ...l, kids }));

type Harness = Awaited<ReturnType<typeof createHarness>>;

/** Replaces the stage's tree with probes built from `specs` (depth first); returns them. */
function buildProbes(h: Harness, specs: readonly Spec[]): Probe[] {
  h.stage.root.removeAllChildren();
  const probes: Probe[] = [];
  const build = (s: Spec): Probe => {
    const p = new Probe(abs(s.l, s.t, s.w, s.h, { overflow: s.clip ? 'hidden' : 'visible', opacity: s.op }), { x: s.sx, y: s.sy });
    probes.push(p);
    for (const k of s.kids) p.appendChild(build(k));
    return p;
  };
  for (const s of specs) h.stage.root.appendChild(build(s));
  h.stage.invalidateAll();
  return probes;
}

/** The visible part of `node`'s box worked out from its and its ancestors' styles (undefined: not shown). */
function visibleByStyles(node: Node): Rect | undefined {
  let visible: Rect | undefined = node.absoluteRect();
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) {
    if (n.style.display === 'none' || n.style.opacity === 0) return undefined;
    if (n !== node && n.style.overflow === 'hidden') visible = intersection(visible, n.absoluteRect());
    if (visible === undefined) return undefined;
  }
  return visible;
}

/**
 * For every probe the walk reaches: the shared geometry is where the stage painted it, and the centre of
 * its visible box hits it, a descendant or something painted over it; a probe the walk skips has no
 * visible area, and one the paint culled none on the canvas.
 */
function expectPaintAndHitsAgree(h: Harness, probes: readonly Probe[]): void {
  const order = new Map<Node, number>();
  forEachPaintedNode(h.stage.root, ({ node }) => order.set(node, order.size));
  for (const p of probes) {
    const where = stageRectOf(p);
    // Read from the styles themselves, not from what the nodes derived from them.
    expect(where.visible).toEqual(visibleByStyles(p));
    if (!order.has(p)) {
      expect(where.visible).toBeUndefined();
      expect(p.painted).toBeUndefined();
      continue;
    }
    // The stage culls by clip: a node its ancestors' clips (or the canvas edges) hide entirely is not drawn.
    const onCanvas = where.visible !== undefined && intersects(where.visible, { x: 0, y: 0, width: 240, height: 240 });
    if (p.painted === undefined) {
      expect(onCanvas).toBe(false);
      continue;
    }
    // The shared geometry is where the stage painted it (to the backing-store pixel).
    expect(Math.abs(p.painted.x - where.box.x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(p.painted.y - where.box.y)).toBeLessThanOrEqual(0.5);
    const abs = p.absoluteRect();
    expect([abs.x, abs.y]).toEqual([where.box.x, where.box.y]);
    const v = where.visible;
    if (v === undefined) continue;
    const hit = hitTest(h.stage.root, v.x + v.width / 2, v.y + v.height / 2);
    expect(hit).toBeDefined();
    let isSelfOrDescendant = false;
    for (let n: Node | undefined = hit; n !== undefined; n = n.parent) if (n === p) isSelfOrDescendant = true;
    // Otherwise something painted later covers the point.
    if (!isSelfOrDescendant) expect(order.get(hit!)!).toBeGreaterThan(order.get(p)!);
  }
}

describe('hitTest', () => {
  it('HIT1 children are hit in reverse paint order (topmost first)', async () => {
    const h = await createHarness(200, 200);
    const a = h.stage.root.appendChild(new View(abs(10, 10, 100, 100)));
    const b = h.stage.root.appendChild(new View(abs(50, 50, 100, 100)));
    h.settle();
    expect(hitTest(h.stage.root, 75, 75)).toBe(b);
    expect(hitTest(h.stage.root, 20, 20)).toBe(a);
    expect(hitTest(h.stage.root, 190, 190)).toBe(h.stage.root);
    expect(hitTest(h.stage.root, 250, 20)).toBeUndefined();
  });

  it('HIT2 content (scroll) offsets move children exactly as painting does', async () => {
    const h = await createHarness(200, 200);
    const box = h.stage.root.appendChild(new Probe(abs(0, 20, 200, 100, { overflow: 'hidden' }), { x: 0, y: 30 }));
    const child = box.appendChild(new Probe(abs(0, 40, 200, 20)));
    h.settle();
    // Child top on the stage: 20 (box) + 40 (child) - 30 (offset) = 30.
    expect(hitTest(h.stage.root, 5, 30)).toBe(child);
    expect(hitTest(h.stage.root, 5, 49.9)).toBe(child);
    expect(hitTest(h.stage.root, 5, 50)).toBe(box);
    expect(hitTest(h.stage.root, 5, 29.9)).toBe(box);
    expect(child.painted).toEqual({ x: 0, y: 30 });
  });

  it('HIT3 overflow hidden clips hit testing like painting', async () => {
    const h = await createHarness(200, 200);
    const clip = h.stage.root.appendChild(new View(abs(0, 0, 100, 100, { overflow: 'hidden' })));
    const inner = clip.appendChild(new View(abs(50, 50, 100, 100)));
    const open = h.stage.root.appendChild(new View(abs(0, 120, 50, 50)));
    const spill = open.appendChild(new View(abs(40, 0, 60, 20)));
    h.settle();
    expect(hitTest(h.stage.root, 75, 75)).toBe(inner);
    expect(hitTest(h.stage.root, 120, 75)).toBe(h.stage.root); // painted nowhere: clipped
    expect(hitTest(h.stage.root, 95, 130)).toBe(spill); // unclipped overflow is painted, so it is hit
  });

  it('HIT8 a rounded clip hides its children in the corners for hit testing, as for painting', async () => {
    const h = await createHarness(200, 200);
    const card = h.stage.root.appendChild(new View(abs(0, 0, 100, 100, { overflow: 'hidden', borderRadius: 50 })));
    const fill = card.appendChild(new View(abs(0, 0, 100, 100)));
    const square = h.stage.root.appendChild(new View(abs(110, 0, 80, 80, { overflow: 'hidden', borderRadius: [20, 0, 0, 0] })));
    const squareFill = square.appendChild(new View(abs(0, 0, 80, 80)));
    h.settle();
    expect(hitTest(h.stage.root, 50, 50)).toBe(fill); // centre of the circle
    expect(hitTest(h.stage.root, 5, 5)).not.toBe(fill); // top-left corner, outside the circle
    expect(hitTest(h.stage.root, 95, 95)).not.toBe(fill);
    expect(hitTest(h.stage.root, 50, 2)).toBe(fill); // on the circle's top edge
    expect(hitTest(h.stage.root, 112, 2)).not.toBe(squareFill); // inside the 20 px rounded corner's cut
    expect(hitTest(h.stage.root, 188, 2)).toBe(squareFill); // square top-right corner
    expect(hitTest(h.stage.root, 125, 15)).toBe(squareFill); // inside the rounded corner's arc
  });

  it('HIT4 display none and zero opacity subtrees are skipped', async () => {
    const h = await createHarness(200, 200);
    const under = h.stage.root.appendChild(new View(abs(0, 0, 100, 100)));
    const hidden = h.stage.root.appendChild(new View(abs(0, 0, 100, 100, { display: 'none' })));
    const faded = h.stage.root.appendChild(new View(abs(0, 0, 100, 100, { opacity: 0 })));
    faded.appendChild(new View(abs(0, 0, 50, 50, { opacity: 1 })));
    h.settle();
    expect(hitTest(h.stage.root, 10, 10)).toBe(under);
    faded.setStyle({ opacity: 0.5 });
    hidden.setStyle({ display: 'flex' });
    h.settle();
    expect(hitTest(h.stage.root, 10, 10)).toBe(faded.children[0]);
  });

  it('HIT5 pointerEvents none removes a subtree, box-none keeps only its children', async () => {
    const h = await createHarness(200, 200);
    const under = h.stage.root.appendChild(new View(abs(0, 0, 100, 100)));
    const overlay = h.stage.root.appendChild(new View(abs(0, 0, 100, 100)));
    const button = overlay.appendChild(new View(abs(0, 0, 20, 20)));
    h.settle();
    overlay.pointerEvents = 'box-none';
    expect(hitTest(h.stage.root, 50, 50)).toBe(under);
    expect(hitTest(h.stage.root, 10, 10)).toBe(button);
    overlay.pointerEvents = 'none';
    expect(hitTest(h.stage.root, 10, 10)).toBe(under);
  });

  it('HIT6 hitSlop enlarges a small target, inside its ancestors clips only', async () => {
    const h = await createHarness(200, 200);
    const clip = h.stage.root.appendChild(new View(abs(0, 0, 100, 100, { overflow: 'hidden' })));
    const small = clip.appendChild(new View(abs(80, 40, 10, 10)));
    h.settle();
    expect(hitTest(h.stage.root, 76, 45)).toBe(clip);
    small.hitSlop = 8;
    expect(hitTest(h.stage.root, 76, 45)).toBe(small);
    expect(hitTest(h.stage.root, 97, 45)).toBe(small);
    expect(hitTest(h.stage.root, 101, 45)).toBe(h.stage.root); // slop beyond the clip is not painted area
  });

  it('HIT7 for every painted node, the stage geometry matches the paint transforms and its visible centre hits it or something painted over it', async () => {
    const h = await createHarness(240, 240, 2);
    await fc.assert(
      fc.asyncProperty(fc.array(specAt(2), { minLength: 1, maxLength: 3 }), async (specs) => {
        const probes = buildProbes(h, specs);
        h.settle();
        expectPaintAndHitsAgree(h, probes);
      }),
      { numRuns: 60 },
    );
  });

  it('HIT9 after restyling (opacity, display and overflow set and reset by setStyle), painting and hit testing still agree', async () => {
    const h = await createHarness(240, 240, 2);
    const restyle = fc.record({
      opacity: fc.constantFrom<number | undefined>(undefined, 0, 0.5, 1),
      display: fc.constantFrom<Style['display']>(undefined, 'none', 'flex'),
      overflow: fc.constantFrom<Style['overflow']>(undefined, 'hidden', 'visible'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(specAt(2), { minLength: 1, maxLength: 3 }), fc.array(restyle, { maxLength: 24 }), async (specs, patches) => {
        const probes = buildProbes(h, specs);
        h.settle();
        patches.forEach((patch, i) => probes[i % probes.length]!.setStyle(patch));
        for (const p of probes) p.painted = undefined;
        h.stage.invalidateAll();
        h.settle();
        expectPaintAndHitsAgree(h, probes);
      }),
      { numRuns: 60 },
    );
  });
});
