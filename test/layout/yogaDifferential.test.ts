/**
 * The JavaScript yoga build (wasm2js, what ships) against yoga-layout's own WebAssembly build: the
 * same random style trees, laid out by both, must give bit-identical boxes. Node has WebAssembly,
 * so the reference runs here; the ODC never loads it.
 */
import fc from 'fast-check';
import { loadYoga as loadWasmYoga } from 'yoga-layout/load';
import type { Config, Node as YogaNode, Yoga } from 'yoga-layout/load';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_SETTERS } from '../../src/layout/yoga/styleTable.js';
import type { LayoutStyle } from '../../src/layout/index.js';
import { Direction, loadYoga, loadYogaSync, MeasureMode } from '../../src/yoga/index.js';

type Len = number | `${number}%`;
const len = (max: number): fc.Arbitrary<Len> =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true }).map((v) => Math.round(v * 8) / 8),
    fc.integer({ min: 0, max: 100 }).map((p) => `${p}%` as const),
  );
const dim = (max: number) => fc.oneof(len(max), fc.constant('auto' as const));
const marginLen = fc.oneof(fc.integer({ min: -10, max: 20 }), fc.integer({ min: 0, max: 30 }).map((p) => `${p}%` as const), fc.constant('auto' as const));
const align = fc.constantFrom('auto', 'flex-start', 'center', 'flex-end', 'stretch', 'baseline', 'space-between', 'space-around', 'space-evenly') as fc.Arbitrary<
  NonNullable<LayoutStyle['alignItems']>
>;

/** Every key of the style table, each present about half the time. */
const STYLE_ARBS: { [K in keyof Required<LayoutStyle>]: fc.Arbitrary<LayoutStyle[K]> } = {
  width: dim(200),
  height: dim(200),
  minWidth: len(120),
  minHeight: len(120),
  maxWidth: len(240),
  maxHeight: len(240),
  flexDirection: fc.constantFrom('row', 'column', 'row-reverse', 'column-reverse'),
  flexGrow: fc.constantFrom(0, 0.5, 1, 2, 3),
  flexShrink: fc.constantFrom(0, 0.5, 1, 2),
  flexBasis: dim(150),
  flexWrap: fc.constantFrom('nowrap', 'wrap', 'wrap-reverse'),
  justifyContent: fc.constantFrom('flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly'),
  alignItems: align,
  alignSelf: align,
  alignContent: align,
  padding: len(20),
  paddingHorizontal: len(20),
  paddingVertical: len(20),
  paddingTop: len(20),
  paddingRight: len(20),
  paddingBottom: len(20),
  paddingLeft: len(20),
  margin: marginLen,
  marginHorizontal: marginLen,
  marginVertical: marginLen,
  marginTop: marginLen,
  marginRight: marginLen,
  marginBottom: marginLen,
  marginLeft: marginLen,
  borderWidth: fc.constantFrom(0, 1, 2, 3.5),
  position: fc.constantFrom('relative', 'absolute'),
  top: len(50),
  right: len(50),
  bottom: len(50),
  left: len(50),
  gap: fc.constantFrom(0, 2, 7.5),
  rowGap: fc.constantFrom(0, 3, 10),
  columnGap: fc.constantFrom(0, 4, 12.25),
  aspectRatio: fc.constantFrom(0.5, 1, 1.5, 3),
  display: fc.constantFrom('flex', 'flex', 'flex', 'none'),
};
const styleArb = fc.record(STYLE_ARBS, { requiredKeys: [] }) as fc.Arbitrary<LayoutStyle>;

interface Tree {
  style: LayoutStyle;
  /** A text leaf: laid out by a measure function (glyphs of `glyph` px, wrapped at the offered width). */
  text?: { chars: number; glyph: number; line: number };
  children: readonly Tree[];
}
const textArb = fc.record({ chars: fc.integer({ min: 0, max: 40 }), glyph: fc.constantFrom(5, 6.5, 8), line: fc.constantFrom(12, 16.5) });
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ style: styleArb, text: textArb, children: fc.constant([]) }),
    fc.record({ style: styleArb, children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
})).tree;

const caseArb = fc.record({
  tree: treeArb,
  width: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  height: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  scale: fc.constantFrom(0, 1, 2, 3),
  rtl: fc.boolean(),
  /** A second style for some nodes, applied after the first layout (incremental relayout). */
  patch: fc.array(fc.tuple(fc.nat(), styleArb), { maxLength: 3 }),
});

type AnySetter = (node: YogaNode, value: unknown) => void;
const SETTERS = LAYOUT_SETTERS as unknown as Record<string, AnySetter>;

function measureText(text: NonNullable<Tree['text']>) {
  return (width: number, widthMode: MeasureMode): { width: number; height: number } => {
    const natural = text.chars * text.glyph;
    if (widthMode === MeasureMode.Undefined || natural <= width) return { width: natural, height: text.line };
    const perLine = Math.max(1, Math.floor(width / text.glyph));
    return { width: widthMode === MeasureMode.Exactly ? width : perLine * text.glyph, height: Math.ceil(text.chars / perLine) * text.line };
  };
}

function build(yoga: Yoga, config: Config, tree: Tree, all: YogaNode[]): YogaNode {
  const node = yoga.Node.create(config);
  all.push(node);
  for (const key of Object.keys(tree.style)) SETTERS[key]!(node, (tree.style as Record<string, unknown>)[key]);
  if (tree.text !== undefined) node.setMeasureFunc(measureText(tree.text));
  tree.children.forEach((child, i) => node.insertChild(build(yoga, config, child, all), i));
  return node;
}

type Box = [number, number, number, number, number, number];
function boxes(all: YogaNode[]): Box[] {
  return all.map((n) => {
    const l = n.getComputedLayout();
    return [l.left, l.top, l.width, l.height, l.right, l.bottom];
  });
}

/** Lays the case out with one yoga build; returns every node's box after the first and the incremental pass. */
function layOut(yoga: Yoga, c: CaseValue): { first: Box[]; second: Box[] } {
  const config = yoga.Config.create();
  config.setUseWebDefaults(true);
  config.setPointScaleFactor(c.scale);
  const all: YogaNode[] = [];
  const root = build(yoga, config, c.tree, all);
  const direction = c.rtl ? Direction.RTL : Direction.LTR;
  root.calculateLayout(c.width, c.height, direction);
  const first = boxes(all);
  for (const [index, style] of c.patch) {
    const node = all[index % all.length]!;
    for (const key of Object.keys(style)) SETTERS[key]!(node, (style as Record<string, unknown>)[key]);
  }
  root.calculateLayout(c.width, c.height, direction);
  const second = boxes(all);
  // Free parents before children (yoga's freeRecursive is quadratic on wide parents).
  for (const n of all) n.free();
  config.free();
  return { first, second };
}
type CaseValue = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Same numbers bit for bit (NaN equals NaN, +0 differs from -0). */
function sameBoxes(a: Box[], b: Box[]): boolean {
  return a.length === b.length && a.every((box, i) => box.every((v, j) => Object.is(v, b[i]![j])));
}

describe('LAYOUT yoga JavaScript build', () => {
  let wasm: Yoga;
  let js: Yoga;
  beforeAll(async () => {
    wasm = await loadWasmYoga();
    js = loadYogaSync();
  });

  it('LAYOUT30 lays out 1,000 random style trees (every style key, text leaves, RTL, point scales, incremental relayout) exactly like the WebAssembly build', () => {
    let nodes = 0;
    let texts = 0;
    const keysSeen = new Set<string>();
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = layOut(wasm, c);
        const b = layOut(js, c);
        nodes += a.first.length;
        const walk = (t: Tree): void => {
          if (t.text !== undefined) texts++;
          for (const k of Object.keys(t.style)) keysSeen.add(k);
          t.children.forEach(walk);
        };
        walk(c.tree);
        return sameBoxes(a.first, b.first) && sameBoxes(a.second, b.second);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
    // The run was not vacuous: it covered many nodes, text leaves and every key of the style table.
    expect(nodes).toBeGreaterThan(3000);
    expect(texts).toBeGreaterThan(300);
    expect([...keysSeen].sort()).toEqual(Object.keys(LAYOUT_SETTERS).sort());
  });

  it('LAYOUT31 loadYoga() resolves like yoga-layout/load, and every call gives an independent instance', async () => {
    const a = await loadYoga();
    const b = loadYogaSync();
    expect(a).not.toBe(b);
    const n = a.Node.create();
    n.setWidth(10);
    n.calculateLayout(undefined, undefined, Direction.LTR);
    expect(n.getComputedWidth()).toBe(10);
    n.free();
    expect(Object.keys(a).sort()).toEqual(Object.keys(wasm).sort());
  });
});
