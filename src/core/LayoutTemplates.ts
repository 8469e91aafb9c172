import type { LayoutEngine, LayoutNode } from '../layout/index.js';
import { MAX_LAYOUT_TEMPLATES } from './constants.js';
import { MeasureLog } from './MeasureLog.js';
import type { Node } from './Node.js';

const NO_ROW: readonly Node[] = [];

/**
 * One row shape in the layout engine: a layout node per row node (pre-order) and, for each measured
 * leaf, the questions the layout asked and the answers. While a row is laid out, `row` holds its
 * nodes and the measure functions answer for them; otherwise it is empty (no row is retained).
 */
class LayoutTemplate {
  public readonly nodes: LayoutNode[] = [];
  public readonly logs: Array<MeasureLog | undefined> = [];
  public row: readonly Node[] = NO_ROW;
  /** False before the first calculation (or after one threw). */
  public calculated = false;
}

/** Counts for tests and the benchmark. */
export interface LayoutTemplateStats {
  /** Templates created (a row shape seen for the first time, or again after eviction). */
  created: number;
  /** Layout calculations run on a template (a new shape or size, or a measured answer differed). */
  calculations: number;
  /** Rows laid out by copying a template's boxes without any calculation. */
  reused: number;
}

/**
 * Lays out layout roots (list rows) without a layout node per row. Rows of one shape (the same tree
 * of layout styles, the same measured leaves) share a template: the engine lays the template out once
 * and each row takes its boxes. Exact, not approximate: yoga's result depends only on the styles, the
 * root size and what the measure functions answer, so a row whose measure functions give every answer
 * the template was given (asked again, as `Node.markMeasureDirty` does) gets the same boxes; when an
 * answer differs the template is built anew and calculated for that row (yoga's incremental relayout
 * can round differently from a fresh layout). Live layout nodes stay at one template per shape (at most
 * {@link MAX_LAYOUT_TEMPLATES}, least recently used evicted) instead of a subtree per row, and building
 * or recycling a row creates none.
 */
export class LayoutTemplates {
  public readonly stats: LayoutTemplateStats = { created: 0, calculations: 0, reused: 0 };
  private readonly _byShape = new Map<string, LayoutTemplate>();

  public constructor(private readonly _engine: LayoutEngine) {}

  /** Number of templates alive. */
  public get count(): number {
    return this._byShape.size;
  }

  /** Lays out `root` (a layout root) at `width` × `height` logical px and applies the boxes to its nodes. */
  public layout(root: Node, width: number | undefined, height: number | undefined): void {
    const row: Node[] = [];
    const parents: number[] = [];
    // The size is part of the key: yoga's result for a root laid out again at another size can keep
    // unrounded values from the previous calculation (a 50% width of 211 px: 106 fresh, 105.5 after
    // 211×20 then 211×21), so a template is only ever calculated at one size.
    const shape = `${width ?? 'auto'}x${height ?? 'auto'}:${collect(root, -1, row, parents)}`;
    let t = this._byShape.get(shape);
    const created = t === undefined;
    if (t === undefined) {
      t = this._create(row, parents);
      this._byShape.set(shape, t);
      this._evict();
    } else {
      // Most recently used last.
      this._byShape.delete(shape);
      this._byShape.set(shape, t);
    }
    t.row = row;
    try {
      let dirty = !t.calculated;
      for (let i = 0; i < row.length && !dirty; i++) {
        const log = t.logs[i];
        if (log !== undefined && !log.answersHold()) dirty = true;
      }
      if (dirty && !created) {
        // A measured answer differs (or the last calculation threw). yoga laying the same tree out again
        // can round a box differently from a fresh layout (LAYT1 found a width of 8 against 9), so the
        // template is built anew: a row's boxes are always those of its subtree laid out on its own.
        t.row = NO_ROW;
        free(t);
        t = this._create(row, parents);
        this._byShape.set(shape, t);
        t.row = row;
      }
      if (dirty) {
        t.calculated = false;
        this.stats.calculations++;
        t.nodes[0]!.calculate(width, height);
        t.calculated = true;
      } else {
        this.stats.reused++;
      }
      // In phases: every box is read and every measure log adopted before the first `onLayout` hook
      // runs. A hook may change a later node's content (checked against the new answers, so it relays
      // the row out next frame if they differ), remove rows (freeing this template) or move a node out
      // of the row (it then keeps its new place's box).
      const nodes = t.nodes;
      const boxes = row.map((_, i) => nodes[i]!.computed());
      for (let i = 0; i < row.length; i++) row[i]!._adoptTemplate(t.logs[i]);
      t.row = NO_ROW;
      for (let i = 0; i < row.length; i++) row[i]!._applyTemplateBox(boxes[i]!, root);
    } finally {
      t.row = NO_ROW;
    }
  }

  /** Frees every template (a new pixel scale rounds differently: every row lays out again). */
  public clear(): void {
    for (const t of this._byShape.values()) free(t);
    this._byShape.clear();
  }

  private _create(row: readonly Node[], parents: readonly number[]): LayoutTemplate {
    this.stats.created++;
    const t = new LayoutTemplate();
    const childCounts: number[] = [];
    for (let i = 0; i < row.length; i++) {
      const node = row[i]!;
      const ln = this._engine.createNode();
      ln.applyStyle(node.style, {});
      let log: MeasureLog | undefined;
      if (node._measureLog !== undefined) {
        const index = i;
        // Asks whichever row is being laid out: the template's answers are that row's.
        log = new MeasureLog((w, wm, h, hm) => t.row[index]!._measureLog!.fn(w, wm, h, hm));
        ln.setMeasure(log.recording());
      }
      t.nodes.push(ln);
      t.logs.push(log);
      childCounts.push(0);
      const p = parents[i]!;
      if (p >= 0) t.nodes[p]!.insertChild(ln, childCounts[p]!++);
    }
    return t;
  }

  private _evict(): void {
    for (const [shape, t] of this._byShape) {
      if (this._byShape.size <= MAX_LAYOUT_TEMPLATES) return;
      this._byShape.delete(shape);
      free(t);
    }
  }
}

/** Frees a template's layout nodes, parents first (yoga then detaches each parent's children at once). */
function free(t: LayoutTemplate): void {
  for (const ln of t.nodes) ln.free();
  t.nodes.length = 0;
}

/**
 * Lists `node`'s subtree in pre-order (with each node's parent index), leaving out nested layout roots
 * (they lay out on their own), and returns its shape: every node's layout style and measuredness,
 * bracketed by the tree structure.
 */
function collect(node: Node, parent: number, row: Node[], parents: number[]): string {
  const index = row.length;
  row.push(node);
  parents.push(parent);
  let shape = `${node._shape()}(`;
  for (const child of node.children) if (!child.isLayoutRoot) shape += collect(child, index, row, parents);
  return `${shape})`;
}
