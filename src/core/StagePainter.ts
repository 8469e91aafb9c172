import type { PlatformCanvas } from '../host/types.js';
import type { CachedContext } from '../paint/index.js';
import { MAX_LEAKED_SAVES, SNAP_SLACK_PX } from './constants.js';
import type { Node } from './Node.js';
import { flushTexts, paintFailed, paintTree } from './paintTree.js';
import { TextBatch } from './TextBatch.js';
import { findCover, paintFromCover } from './paintCovered.js';
import type { PaintPass } from './paintTree.js';
import type { Rect } from './Rect.js';
import type { StageStats } from './StageOptions.js';

/** Where a stage paints: the canvas, its logical bounds and its scales (backing-store px per logical px). */
export interface PaintTarget {
  readonly canvas: PlatformCanvas;
  /** The canvas in logical px. */
  readonly bounds: Rect;
  scaleX: number;
  scaleY: number;
}

/**
 * The stage's paint step: clears and repaints the whole canvas or each dirty rectangle (snapped outwards
 * to whole backing-store pixels), walking the tree with `paintTree`, and leaves the context clean after
 * paint code threw. One pass object per stage, reset per paint: nothing allocated per frame.
 */
export class StagePainter {
  private readonly _ctx: CachedContext;
  private readonly _pass: PaintPass;
  private readonly _stats: StageStats;
  private _failed = false;
  /** The nodes from the root down to the cover of the region being painted (reused). */
  private readonly _cover: Node[] = [];

  public constructor(ctx: CachedContext, stats: StageStats, onError: (error: unknown, node: Node) => void) {
    this._ctx = ctx;
    this._stats = stats;
    const pass: PaintPass = {
      ctx,
      scaleX: 1,
      scaleY: 1,
      x0: 0,
      y0: 0,
      x1: 0,
      y1: 0,
      painted: 0,
      failed: false,
      onError,
      texts: new TextBatch(),
      flushFailed: (node, err) => paintFailed(pass, node, err),
      dx0: 0,
      dy0: 0,
      dx1: 0,
      dy1: 0,
      inRow: false,
      rx0: 0,
      ry0: 0,
      rx1: 0,
      ry1: 0,
    };
    this._pass = pass;
  }

  /** Paints `root` over the canvas (`'full'`) or over each dirty rectangle (logical px). */
  public paint(work: 'full' | readonly Rect[], root: Node, target: PaintTarget): void {
    if (work !== 'full' && work.length === 0) return;
    const ctx = this._ctx;
    // Anyone may have drawn on the host context since the last paint (a fallback screen, a game).
    ctx.invalidate();
    if (work === 'full') {
      this._stats.fullPaints++;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.clearRect(0, 0, target.canvas.width, target.canvas.height);
      this._setDrawn(0, 0, target.canvas.width, target.canvas.height);
      this._paintRoot(root, target, undefined);
      if (this._failed) this._resetContext();
      return;
    }
    const { scaleX, scaleY } = target;
    for (const r of work) {
      this._stats.regionPaints++;
      // Snap the region outwards to whole backing-store pixels so anti-aliased edges leave no seams.
      // Yoga computes in float32, so an edge on the pixel grid can land a hair off it: allow slack.
      const x0 = Math.floor(r.x * scaleX + SNAP_SLACK_PX);
      const y0 = Math.floor(r.y * scaleY + SNAP_SLACK_PX);
      const x1 = Math.ceil((r.x + r.width) * scaleX - SNAP_SLACK_PX);
      const y1 = Math.ceil((r.y + r.height) * scaleY - SNAP_SLACK_PX);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      ctx.rect(x0, y0, x1 - x0, y1 - y0);
      ctx.clip();
      ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
      const region = { x: x0 / scaleX, y: y0 / scaleY, width: (x1 - x0) / scaleX, height: (y1 - y0) / scaleY };
      // Start at the node whose opaque paint covers the region (a list's background), if there is one.
      const covered = findCover(root, scaleX, scaleY, x0, y0, x1, y1, this._cover);
      if (covered) this._stats.coveredPaints++;
      this._setDrawn(x0, y0, x1, y1);
      this._paintRoot(root, target, region, covered ? this._cover : undefined);
      // Hold no nodes between paints: a panel torn down must not stay alive through its path.
      this._cover.length = 0;
      // A paint error may have left saves (and clips) behind: unwind everything now, including this
      // region's own save, so the next region is not clipped away; otherwise pop just our save.
      if (this._failed) this._resetContext();
      else ctx.restore();
    }
  }

  /** The area the paint draws, backing-store px (`PaintPass.dx0`…). */
  private _setDrawn(x0: number, y0: number, x1: number, y1: number): void {
    const pass = this._pass;
    pass.dx0 = x0;
    pass.dy0 = y0;
    pass.dx1 = x1;
    pass.dy1 = y1;
  }

  private _paintRoot(root: Node, target: PaintTarget, region: Rect | undefined, cover?: readonly Node[]): void {
    const pass = this._pass;
    pass.scaleX = target.scaleX;
    pass.scaleY = target.scaleY;
    pass.painted = 0;
    pass.failed = false;
    const bounds = region ?? target.bounds;
    pass.x0 = bounds.x;
    pass.y0 = bounds.y;
    pass.x1 = bounds.x + bounds.width;
    pass.y1 = bounds.y + bounds.height;
    pass.inRow = false;
    if (cover === undefined) paintTree(pass, root, 0, 0, 1);
    else paintFromCover(pass, cover, 0, 0, 0);
    // Texts are drawn when their rows are done; nothing may wait past the pass (defensive).
    if (pass.texts.size > 0) flushTexts(pass);
    this._stats.nodesPainted += pass.painted;
    if (pass.failed) this._failed = true;
  }

  /**
   * A paint that threw may have left `save()`s (and their clips) on the context. Pop whatever is left
   * (extra `restore()` calls are no-ops) and reset the state, so the next paint starts clean.
   */
  private _resetContext(): void {
    this._failed = false;
    const ctx = this._ctx;
    for (let i = 0; i < MAX_LEAKED_SAVES; i++) ctx.restore();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
  }
}
