import type { PlatformCanvas } from '../host/types.js';
import type { ImageLoader } from '../images/index.js';
import type { LayoutEngine } from '../layout/index.js';
import { CachedContext, createTextMeasurer, PictureBitmaps } from '../paint/index.js';
import type { TextMeasurer } from '../paint/index.js';
import { DirtyRegion } from './DirtyRegion.js';
import { FrameScheduler } from './FrameScheduler.js';
import { forceMeasureDirtyTree, layoutStage } from './layoutStage.js';
import type { LayoutRootsState } from './layoutStage.js';
import { LayoutTemplates } from './LayoutTemplates.js';
import { Node } from './Node.js';
import { repaintArea } from './repaintArea.js';
import type { StageContext } from './StageContext.js';
import type { StageOptions, StageStats } from './StageOptions.js';
import { StagePainter } from './StagePainter.js';
import type { PaintTarget } from './StagePainter.js';

/**
 * The root of a widget tree on one canvas: owns the logical size (the viewport's size in logical
 * px), the backing-store scale (independent x and y when the game stretches the canvas), the
 * frame scheduler and what is dirty; each frame runs the tickers, the layout step (`layoutStage`)
 * and the paint step (`StagePainter`).
 *
 * @example
 * const stage = new Stage({ canvas, layout: await createYogaLayoutEngine(), frames: host, now: () => host.now() });
 * stage.resize(375, 600, 3);
 * stage.root.appendChild(new Text('Hello'));
 */
export class Stage implements StageContext {
  public readonly layout: LayoutEngine;
  public readonly measurer: TextMeasurer;
  public readonly images: ImageLoader | undefined;
  public readonly pictures: PictureBitmaps | undefined;
  /**
   * The drawing context: the host's, behind a state cache ({@link CachedContext}) that passes a style
   * or transform change on only when the value differs from what the host already has.
   */
  public readonly ctx: CachedContext;
  /** The root node, sized to the logical viewport. */
  public readonly root: Node;
  public readonly stats: StageStats = { frames: 0, layouts: 0, fullPaints: 0, regionPaints: 0, coveredPaints: 0, nodesPainted: 0 };

  private readonly _canvas: PlatformCanvas;
  private readonly _scheduler: FrameScheduler;
  private readonly _now: () => number;
  private readonly _onError: ((error: unknown) => void) | undefined;
  private readonly _tickers = new Set<(now: number) => boolean>();
  /** The layout roots (list rows) and their templates, for the layout step. */
  private readonly _rows: LayoutRootsState & { readonly roots: Set<Node> };
  private _width = 0;
  private _height = 0;
  private _scaleX = 1;
  private _scaleY = 1;
  private _layoutDirty = true;
  private readonly _dirty = new DirtyRegion();
  /** The canvas in logical px, kept current by `resize` (dirty rectangles are clipped to it). */
  private readonly _bounds = { x: 0, y: 0, width: 0, height: 0 };
  private readonly _painter: StagePainter;
  /** What the painter paints on (one object, its scales kept current: nothing allocated per frame). */
  private readonly _target: PaintTarget;
  private readonly _invalidateRow = (row: Node): void => this.invalidateNode(row);
  private _inFrame = false;
  private _disposed = false;

  public constructor(options: StageOptions) {
    const raw = options.canvas.getContext('2d');
    if (raw === null) throw new Error('friendcanvas: the canvas has no 2d context');
    const ctx = new CachedContext(raw);
    this.ctx = ctx;
    this._canvas = options.canvas;
    this.layout = options.layout;
    this._rows = { roots: new Set(), templates: new LayoutTemplates(options.layout), all: false };
    this.images = options.images;
    this.pictures = options.createCanvas === undefined ? undefined : new PictureBitmaps(options.createCanvas, ctx, () => this.stats.frames);
    this.measurer = options.measurer ?? createTextMeasurer(ctx);
    this._now = options.now;
    this._onError = options.onError;
    const onPaintError = options.onPaintError;
    this._painter = new StagePainter(ctx, this.stats, (e, node) => {
      if (onPaintError === undefined) this.reportError(e);
      else callQuietly(() => onPaintError(e, node));
    });
    this._target = { canvas: options.canvas, bounds: this._bounds, scaleX: 1, scaleY: 1 };
    const onHostError = options.onHostError;
    this._scheduler = new FrameScheduler(options.frames, () => this.frame(), (e) => {
      if (onHostError === undefined) this.reportError(e);
      else callQuietly(() => onHostError(e));
    });
    this.root = new Node({ flexDirection: 'column', width: 0, height: 0 });
    this.root.name = 'root';
    this.root._attachAsRoot(this);
    this.resize(options.canvas.width, options.canvas.height, 1);
  }

  /** Logical width in px (the viewport width). */
  public get width(): number {
    return this._width;
  }
  /** Logical height in px. */
  public get height(): number {
    return this._height;
  }
  /** Backing-store px per logical px, horizontally. */
  public get scaleX(): number {
    return this._scaleX;
  }
  /** Backing-store px per logical px, vertically. */
  public get scaleY(): number {
    return this._scaleY;
  }
  /** The frame scheduler (tests read `framesRequested` and `pending`). */
  public get scheduler(): FrameScheduler {
    return this._scheduler;
  }

  /**
   * Sets the logical size and asks for a backing store of `width × pixelRatio` by
   * `height × pixelRatio`. Hosts that refuse canvas resizing (WeChat) keep their size; the scales
   * are then re-read from the canvas, so x and y may differ and the drawing still fills it.
   */
  public resize(width: number, height: number, pixelRatio: number): void {
    const w = Number.isFinite(width) && width > 0 ? width : 1;
    const h = Number.isFinite(height) && height > 0 ? height : 1;
    const pr = Number.isFinite(pixelRatio) && pixelRatio > 0 ? pixelRatio : 1;
    const wantW = Math.max(1, Math.round(w * pr));
    const wantH = Math.max(1, Math.round(h * pr));
    // Refused (sibling hosts): keep the canvas's own size and stretch to it. Each axis on its own,
    // so a host refusing one does not leave the other at a stale size.
    const canvas = this._canvas;
    callQuietly(() => canvas.width !== wantW && (canvas.width = wantW));
    callQuietly(() => canvas.height !== wantH && (canvas.height = wantH));
    this._setLogicalSize(w, h, wantW, wantH);
  }

  /**
   * Lays the stage out at `width` × `height` logical px and draws it at whatever size the canvas
   * has, without ever assigning the canvas's size (an engine owns it; assigning would also clear it).
   */
  public adoptCanvas(width: number, height: number): void {
    const w = Number.isFinite(width) && width > 0 ? width : 1;
    const h = Number.isFinite(height) && height > 0 ? height : 1;
    this._setLogicalSize(w, h, Math.max(1, Math.round(w)), Math.max(1, Math.round(h)));
  }

  private _setLogicalSize(w: number, h: number, fallbackW: number, fallbackH: number): void {
    const cw = this._canvas.width > 0 ? this._canvas.width : fallbackW;
    const ch = this._canvas.height > 0 ? this._canvas.height : fallbackH;
    const changed = w !== this._width || h !== this._height || cw / w !== this._scaleX || ch / h !== this._scaleY;
    this._width = w;
    this._height = h;
    this._bounds.width = w;
    this._bounds.height = h;
    this._scaleX = cw / w;
    this._scaleY = ch / h;
    this.layout.setPointScale(Math.max(this._scaleX, this._scaleY));
    this.root.setStyle({ width: w, height: h });
    if (changed) {
      this._dirty.markAll();
      this._layoutDirty = true;
      forceMeasureDirtyTree(this.root);
      this._rows.templates.clear();
      this._rows.all = true;
      this._request();
    }
  }
  /** Milliseconds from the host clock. */
  public now(): number {
    return this._now();
  }

  /** @internal */
  public invalidateLayout(): void {
    this._layoutDirty = true;
    this._request();
  }

  /** @internal */
  public invalidateNode(node: Node): void {
    const area = repaintArea(node);
    if (area !== undefined && this._dirty.add(area, this._bounds)) this._request();
  }

  /** Schedules a repaint of the whole canvas. */
  public invalidateAll(): void {
    this._dirty.markAll();
    this._request();
  }

  /** @internal */
  public addTicker(tick: (now: number) => boolean): () => void {
    this._tickers.add(tick);
    this._request();
    return () => {
      this._tickers.delete(tick);
    };
  }

  /** @internal */
  public registerLayoutRoot(node: Node, add: boolean): void {
    const rows = this._rows;
    if (add) rows.roots.add(node); // The last row gone (a panel hidden): the templates go too.
    else if (rows.roots.delete(node) && rows.roots.size === 0) rows.templates.clear();
  }

  /** @internal */
  public reportError(error: unknown): void {
    if (this._onError !== undefined) {
      try {
        this._onError(error);
      } catch {
        // An error reporter that throws must not break the frame either.
      }
    }
  }

  /** Number of nodes laying out on their own (virtualized rows). */
  public get layoutRootCount(): number {
    return this._rows.roots.size;
  }

  /** The row shapes laid out as templates, with counts (`LayoutTemplates.ts`). */
  public get layoutTemplates(): LayoutTemplates {
    return this._rows.templates;
  }

  /**
   * Runs one frame now: tickers (animations), layout if dirty, paint of dirty regions. Called by
   * the scheduler; tests and benchmarks may call it directly. Never throws.
   */
  public frame(): void {
    if (this._disposed || this._inFrame) return;
    this._inFrame = true;
    try {
      this.stats.frames++;
      const now = this._now();
      // Iterating the Set directly is safe while ticks delete themselves; no copy per frame.
      for (const tick of this._tickers) {
        let more = false;
        try {
          more = tick(now);
        } catch (err) {
          this.reportError(err);
        }
        if (!more) this._tickers.delete(tick);
      }
      if (this._layoutDirty) this._runLayout();
      this._paint();
    } catch (err) {
      this.reportError(err);
    } finally {
      this._inFrame = false;
    }
    if (this._tickers.size > 0 || this._layoutDirty || !this._dirty.isEmpty) {
      this._scheduler.request();
    }
  }

  /** True when nothing is waiting to be laid out, painted or animated. */
  public get isIdle(): boolean {
    return !this._layoutDirty && this._dirty.isEmpty && this._tickers.size === 0;
  }

  /** Releases the tree (freeing every layout node) and stops frames. */
  public dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    this._scheduler.dispose();
    this._tickers.clear();
    this.root.destroy();
    this._rows.roots.clear();
    this._rows.templates.clear();
    this.pictures?.clear();
  }

  /** Requests a frame, except while one runs: its end checks what is still dirty and asks once. */
  private _request(): void {
    if (!this._inFrame) this._scheduler.request();
  }
  private _runLayout(): void {
    this._layoutDirty = false;
    this.stats.layouts++;
    if (layoutStage(this.root, this._rows, this._width, this._height, this._invalidateRow)) this.invalidateAll();
  }

  private _paint(): void {
    const target = this._target;
    target.scaleX = this._scaleX;
    target.scaleY = this._scaleY;
    this._painter.paint(this._dirty.take(this._width * this._height), this.root, target);
  }
}

/** Calls a reporter (or a host setter); one that throws must not break the caller either. */
function callQuietly(report: () => unknown): void {
  try {
    report();
  } catch {
    // Nothing more to do.
  }
}
