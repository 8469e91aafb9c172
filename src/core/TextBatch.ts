import type { Canvas2D } from '../host/types.js';
import type { Node } from './Node.js';

/** A text whose paint was put off until its batch is drawn. */
interface DeferredText {
  /** Undefined while the record sits unused in the pool (a batch must not keep detached rows alive). */
  node: Node | undefined;
  /** The transform's translation (backing-store px) and the opacity it is drawn with. */
  tx: number;
  ty: number;
  alpha: number;
  /** Its box on the stage, logical px. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Its font-and-colour group: an index into the batch's keys, in order of first appearance. */
  group: number;
}

/**
 * Texts put off while a list's rows are painted, drawn afterwards grouped by font and colour, so a
 * frame sets each font and colour about once instead of once per row (setting a font is one of a
 * canvas's costliest state changes). Drawing order changes only where it cannot show: a text is put
 * off only inside a row that `containsPaint` (rows never overlap one another), anything that would draw
 * over a put-off text first draws the batch (`overlapsRow`, `overlapsAny`), and two overlapping texts
 * keep their order (a group drawn earlier never covers a text of a group drawn later: {@link TextBatch.add}).
 * Records are pooled: nothing is allocated per frame once the pool has grown to a frame's texts.
 */
export class TextBatch {
  private readonly _items: DeferredText[] = [];
  private readonly _keys: string[] = [];
  private _size = 0;
  /** The first record of the row being painted (its own texts are the only ones its draws can cover). */
  public rowStart = 0;

  /** Texts waiting. */
  public get size(): number {
    return this._size;
  }

  /**
   * Puts off `node`'s paint. Returns false, recording nothing, when it overlaps a waiting text of its
   * row whose group is drawn after its own: the caller draws the batch, then adds it again.
   */
  public add(node: Node, key: string, tx: number, ty: number, alpha: number, x0: number, y0: number, x1: number, y1: number): boolean {
    const keys = this._keys;
    let group = keys.indexOf(key);
    if (group < 0) group = keys.push(key) - 1;
    const items = this._items;
    for (let i = this.rowStart; i < this._size; i++) {
      const r = items[i]!;
      if (r.group > group && r.x0 < x1 && x0 < r.x1 && r.y0 < y1 && y0 < r.y1) return false;
    }
    let r = items[this._size];
    if (r === undefined) {
      r = { node, tx, ty, alpha, x0, y0, x1, y1, group };
      items.push(r);
    } else {
      r.node = node;
      r.tx = tx;
      r.ty = ty;
      r.alpha = alpha;
      r.x0 = x0;
      r.y0 = y0;
      r.x1 = x1;
      r.y1 = y1;
      r.group = group;
    }
    this._size++;
    return true;
  }

  /** Whether the rectangle (logical px) overlaps a waiting text of the row being painted. */
  public overlapsRow(x0: number, y0: number, x1: number, y1: number): boolean {
    return this._overlaps(this.rowStart, x0, y0, x1, y1);
  }

  /** Whether the rectangle (logical px) overlaps any waiting text. */
  public overlapsAny(x0: number, y0: number, x1: number, y1: number): boolean {
    return this._overlaps(0, x0, y0, x1, y1);
  }

  /**
   * Draws every waiting text, group by group (within a group in the order they were put off), and
   * empties the batch. `fail` receives a text whose paint threw; the others still draw.
   */
  public flush(ctx: Canvas2D, sx: number, sy: number, fail: (node: Node, err: unknown) => void): void {
    const n = this._size;
    const items = this._items;
    const groups = this._keys.length;
    // Emptied first: a paint that throws cannot leave texts to be drawn twice.
    this._size = 0;
    this.rowStart = 0;
    this._keys.length = 0;
    for (let g = 0; g < groups; g++) {
      for (let i = 0; i < n; i++) {
        const r = items[i]!;
        const node = r.node;
        if (r.group !== g || node === undefined) continue;
        ctx.globalAlpha = r.alpha;
        ctx.setTransform(sx, 0, 0, sy, r.tx, r.ty);
        try {
          node.paintSelf(ctx);
        } catch (err) {
          fail(node, err);
        }
      }
    }
    for (let i = 0; i < n; i++) items[i]!.node = undefined;
  }

  private _overlaps(from: number, x0: number, y0: number, x1: number, y1: number): boolean {
    const items = this._items;
    for (let i = from; i < this._size; i++) {
      const r = items[i]!;
      if (r.x0 < x1 && x0 < r.x1 && r.y0 < y1 && y0 < r.y1) return true;
    }
    return false;
  }
}
