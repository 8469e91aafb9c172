import type { Canvas2D, PlatformCanvas } from '../host/types.js';
import type { ImageLoader } from '../images/index.js';
import type { LayoutEngine } from '../layout/index.js';
import { CachedContext, createTextMeasurer } from '../paint/index.js';
import type { TextMeasurer } from '../paint/index.js';
import { DIRTY_LAYOUT, MAX_LEAKED_SAVES, SNAP_SLACK_PX } from './constants.js';
import { DirtyRegion } from './DirtyRegion.js';
import { paintTree } from './paintTree.js';
import type { PaintPass } from './paintTree.js';
import { FrameScheduler } from './FrameScheduler.js';
import type { FrameHost } from './FrameScheduler.js';
import { Node } from './Node.js';
import type { Rect } from './Rect.js';
import type { StageContext } from './StageContext.js';

/** What a stage needs from its host. */
export interface StageOptions {
  canvas: PlatformCanvas;
  layout: LayoutEngine;
  frames: FrameHost;
  /** Monotonic clock in ms. */
  now: () => number;
  /** Text measurer; default: a cached measurer over the canvas context. */
  measurer?: TextMeasurer;
  images?: ImageLoader;
  /** Receives errors thrown by user code during a frame (handlers, panels). Never rethrown. */
  onError?: (error: unknown) => void;
  /** Receives host failures (e.g. `requestAnimationFrame` throwing). Default: `onError`. */
  onHostError?: (error: unknown) => void;
}

/** Counters for tests and benchmarks. */
export interface StageStats {
  /** Frames run. */
  frames: number;
  /** Layout passes (frames where some layout was dirty). */
  layouts: number;
  /** Full-canvas repaints. */
  fullPaints: number;
  /** Partial repaints (one per dirty rectangle). */
  regionPaints: number;
  /** Nodes whose `paintSelf` ran. */
  nodesPainted: number;
}

/**
 * The root of a widget tree on one canvas: owns the logical size (the viewport's size in logical
 * px), the backing-store scale (independent x and y when the game stretches the canvas), the
 * frame scheduler, the layout pass and the paint pass.
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
  /**
   * The drawing context: the host's, behind a state cache ({@link CachedContext}) that passes a style
   * or transform change on only when the value differs from what the host already has.
   */
  public readonly ctx: CachedContext;
  /** The root node; sized to the logical viewport. */
  public readonly root: Node;
  public readonly stats: StageStats = { frames: 0, layouts: 0, fullPaints: 0, regionPaints: 0, nodesPainted: 0 };

  private readonly _canvas: PlatformCanvas;
  private readonly _scheduler: FrameScheduler;
  private readonly _now: () => number;
  private readonly _onError: ((error: unknown) => void) | undefined;
  private readonly _tickers = new Set<(now: number) => boolean>();
  private readonly _layoutRoots = new Set<Node>();
  private _width = 0;
  private _height = 0;
  private _scaleX = 1;
  private _scaleY = 1;
  private _layoutDirty = true;
  private readonly _dirty = new DirtyRegion();
  /** The canvas in logical px, kept current by `resize` (dirty rectangles are clipped to it). */
  private readonly _bounds = { x: 0, y: 0, width: 0, height: 0 };
  private readonly _pass: PaintPass;
  private _inFrame = false;
  private _disposed = false;
  private _paintFailed = false;

  public constructor(options: StageOptions) {
    const raw = options.canvas.getContext('2d');
    if (raw === null) throw new Error('friendcanvas: the canvas has no 2d context');
    const ctx = new CachedContext(raw);
    this.ctx = ctx;
    this._canvas = options.canvas;
    this.layout = options.layout;
    this.images = options.images;
    this.measurer = options.measurer ?? createTextMeasurer(ctx);
    this._now = options.now;
    this._onError = options.onError;
    this._pass = { ctx, scaleX: 1, scaleY: 1, x0: 0, y0: 0, x1: 0, y1: 0, painted: 0, failed: false, onError: (e) => this.reportError(e) };
    const onHostError = options.onHostError;
    this._scheduler = new FrameScheduler(options.frames, () => this.frame(), (e) => {
      if (onHostError === undefined) this.reportError(e);
      else {
        try {
          onHostError(e);
        } catch {
          // A reporter that throws must not break the caller either.
        }
      }
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
    try {
      if (this._canvas.width !== wantW) this._canvas.width = wantW;
    } catch {
      // Kept as is.
    }
    try {
      if (this._canvas.height !== wantH) this._canvas.height = wantH;
    } catch {
      // Kept as is.
    }
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
      this.markAllMeasureDirty(this.root);
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
    const r = node.absoluteRect();
    r.x -= 1;
    r.y -= 1;
    r.width += 2;
    r.height += 2;
    if (this._dirty.add(r, this._bounds)) this._request();
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
    if (add) this._layoutRoots.add(node);
    else this._layoutRoots.delete(node);
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
    return this._layoutRoots.size;
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
      if (this._paintFailed) this._resetContext();
    } catch (err) {
      this.reportError(err);
    } finally {
      this._inFrame = false;
    }
    if (this._tickers.size > 0 || this._layoutDirty || !this._dirty.isEmpty) {
      this._scheduler.request();
    }
  }

  /**
   * A paint that threw may have left `save()`s (and their clips) on the context. Pop whatever is left
   * (extra `restore()` calls are no-ops) and reset the state, so the next paint starts clean.
   */
  private _resetContext(): void {
    this._paintFailed = false;
    const ctx = this.ctx;
    for (let i = 0; i < MAX_LEAKED_SAVES; i++) ctx.restore();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
  }

  private _paintRoot(region: Rect | undefined): void {
    // One pass object per stage, reset per paint: nothing allocated per frame.
    const pass = this._pass;
    pass.scaleX = this._scaleX;
    pass.scaleY = this._scaleY;
    pass.painted = 0;
    pass.failed = false;
    const bounds = region ?? this._bounds;
    pass.x0 = bounds.x;
    pass.y0 = bounds.y;
    pass.x1 = bounds.x + bounds.width;
    pass.y1 = bounds.y + bounds.height;
    paintTree(pass, this.root, 0, 0, 1);
    this.stats.nodesPainted += pass.painted;
    if (pass.failed) this._paintFailed = true;
  }

  /** Requests a frame, except while one runs: its end checks what is still dirty and asks once. */
  private _request(): void {
    if (!this._inFrame) this._scheduler.request();
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
    this._layoutRoots.clear();
  }

  private markAllMeasureDirty(node: Node): void {
    // A new pixel scale changes yoga's rounding; re-measuring text keeps sizes consistent.
    node._forceMeasureDirty();
    for (const c of node.children) this.markAllMeasureDirty(c);
  }

  private _runLayout(): void {
    this._layoutDirty = false;
    this.stats.layouts++;
    const root = this.root;
    const rootLayout = root._layout;
    let mainChanged = false;
    if (rootLayout !== undefined && (rootLayout.isDirty() || (root.dirtyFlags & DIRTY_LAYOUT) !== 0)) {
      rootLayout.calculate(this._width, this._height);
      mainChanged = this._readTree(root);
    }
    for (const node of this._layoutRoots) {
      const ln = node._layout;
      const size = node.layoutRootSize;
      if (ln === undefined || size === undefined) continue;
      if (!ln.isDirty() && (node.dirtyFlags & DIRTY_LAYOUT) === 0) continue;
      // A row that relaid out repaints its own region only: where it was (it may shrink) and where it is.
      if (!mainChanged) this.invalidateNode(node);
      ln.calculate(size.width, size.height);
      this._readTree(node);
      if (!mainChanged) this.invalidateNode(node);
    }
    if (mainChanged) this.invalidateAll();
  }

  /** Reads new boxes top-down, entering only subtrees yoga reports as newly laid out. */
  private _readTree(node: Node): boolean {
    const ln = node._layout;
    if (ln === undefined) return false;
    if (!ln.hasNewLayout() && (node.dirtyFlags & DIRTY_LAYOUT) === 0) return false;
    let changed = node._readLayout();
    for (const child of node.children) {
      if (!child.isLayoutRoot && this._readTree(child)) changed = true;
    }
    return changed;
  }

  private _paint(): void {
    const ctx = this.ctx;
    const work = this._dirty.take(this._width * this._height);
    if (work !== 'full' && work.length === 0) return;
    // Anyone may have drawn on the host context since the last paint (a fallback screen, a game).
    ctx.invalidate();
    if (work === 'full') {
      this.stats.fullPaints++;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.clearRect(0, 0, this._canvas.width, this._canvas.height);
      this._paintRoot(undefined);
      return;
    }
    const rects = work;
    for (const r of rects) {
      this.stats.regionPaints++;
      // Snap the region outwards to whole backing-store pixels so anti-aliased edges leave no seams.
      // Yoga computes in float32, so an edge on the pixel grid can land a hair off it: allow slack.
      const x0 = Math.floor(r.x * this._scaleX + SNAP_SLACK_PX);
      const y0 = Math.floor(r.y * this._scaleY + SNAP_SLACK_PX);
      const x1 = Math.ceil((r.x + r.width) * this._scaleX - SNAP_SLACK_PX);
      const y1 = Math.ceil((r.y + r.height) * this._scaleY - SNAP_SLACK_PX);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      ctx.rect(x0, y0, x1 - x0, y1 - y0);
      ctx.clip();
      ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
      const region = { x: x0 / this._scaleX, y: y0 / this._scaleY, width: (x1 - x0) / this._scaleX, height: (y1 - y0) / this._scaleY };
      this._paintRoot(region);
      // A paint error may have left saves (and clips) behind: unwind everything now, including this
      // region's own save, so the next region is not clipped away; otherwise pop just our save.
      if (this._paintFailed) this._resetContext();
      else ctx.restore();
    }
  }
}
