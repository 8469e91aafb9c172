import type { Canvas2D } from '../host/index.js';

/**
 * The style half of {@link CachedContext}: fill and stroke styles, line width, alpha, font, text
 * alignment and baseline, each remembered and passed to the host only when it changes. A base class,
 * not a helper object, so a cached setter stays one call (the paint walk sets these for every node).
 */
export abstract class CachedStyles {
  /** The wrapped host context. */
  public readonly raw: Canvas2D;
  /** State changes passed on to the host (property writes and `setTransform` calls). */
  public stateCalls = 0;
  /** State changes answered from the cache (the host already had the value). */
  public stateSkips = 0;

  protected _fillStyle: string | object | undefined;
  protected _strokeStyle: string | object | undefined;
  protected _lineWidth = NaN;
  protected _globalAlpha = NaN;
  protected _font: string | undefined;
  protected _textAlign: string | undefined;
  protected _textBaseline: string | undefined;
  /** False while a fill or stroke style is a gradient or pattern (mapped through the transform at fill time). */
  protected _plainPaint = true;

  protected constructor(raw: Canvas2D) {
    this.raw = raw;
  }

  /** Forgets the styles the host holds: every next style write is passed on. */
  protected _invalidateStyles(): void {
    this._fillStyle = undefined;
    this._strokeStyle = undefined;
    this._lineWidth = NaN;
    this._globalAlpha = NaN;
    this._font = undefined;
    this._textAlign = undefined;
    this._textBaseline = undefined;
    this._plainPaint = true;
  }

  public get canvas(): unknown {
    return this.raw.canvas;
  }

  public get fillStyle(): string | object {
    return this._fillStyle ?? (this._fillStyle = this.raw.fillStyle);
  }
  public set fillStyle(v: string | object) {
    if (v === this._fillStyle) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.fillStyle = v;
    this._fillStyle = v;
    this._plainPaint = typeof v === 'string' && typeof this._strokeStyle !== 'object';
  }

  public get strokeStyle(): string | object {
    return this._strokeStyle ?? (this._strokeStyle = this.raw.strokeStyle);
  }
  public set strokeStyle(v: string | object) {
    if (v === this._strokeStyle) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.strokeStyle = v;
    this._strokeStyle = v;
    this._plainPaint = typeof v === 'string' && typeof this._fillStyle !== 'object';
  }

  public get lineWidth(): number {
    return this._lineWidth === this._lineWidth ? this._lineWidth : (this._lineWidth = this.raw.lineWidth);
  }
  public set lineWidth(v: number) {
    if (v === this._lineWidth) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.lineWidth = v;
    this._lineWidth = v;
  }

  public get globalAlpha(): number {
    return this._globalAlpha === this._globalAlpha ? this._globalAlpha : (this._globalAlpha = this.raw.globalAlpha);
  }
  public set globalAlpha(v: number) {
    if (v === this._globalAlpha) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.globalAlpha = v;
    // The host ignores values outside [0, 1] (and NaN): keep what it really holds.
    this._globalAlpha = v >= 0 && v <= 1 ? v : NaN;
  }

  public get font(): string {
    return this._font ?? (this._font = this.raw.font);
  }
  public set font(v: string) {
    if (v === this._font) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.font = v;
    this._font = v;
  }

  public get textAlign(): string {
    return this._textAlign ?? (this._textAlign = this.raw.textAlign);
  }
  public set textAlign(v: string) {
    if (v === this._textAlign) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.textAlign = v;
    this._textAlign = v;
  }

  public get textBaseline(): string {
    return this._textBaseline ?? (this._textBaseline = this.raw.textBaseline);
  }
  public set textBaseline(v: string) {
    if (v === this._textBaseline) {
      this.stateSkips++;
      return;
    }
    this.stateCalls++;
    this.raw.textBaseline = v;
    this._textBaseline = v;
  }

  // Rarely used state: passed straight through.
  public get lineCap(): string | undefined {
    return this.raw.lineCap;
  }
  public set lineCap(v: string | undefined) {
    if (v !== undefined) this.raw.lineCap = v;
  }
  public get lineJoin(): string | undefined {
    return this.raw.lineJoin;
  }
  public set lineJoin(v: string | undefined) {
    if (v !== undefined) this.raw.lineJoin = v;
  }
  public get shadowColor(): string | undefined {
    return this.raw.shadowColor;
  }
  public set shadowColor(v: string | undefined) {
    if (v !== undefined) this.raw.shadowColor = v;
  }
  public get shadowBlur(): number | undefined {
    return this.raw.shadowBlur;
  }
  public set shadowBlur(v: number | undefined) {
    if (v !== undefined) this.raw.shadowBlur = v;
  }
  public get shadowOffsetX(): number | undefined {
    return this.raw.shadowOffsetX;
  }
  public set shadowOffsetX(v: number | undefined) {
    if (v !== undefined) this.raw.shadowOffsetX = v;
  }
  public get shadowOffsetY(): number | undefined {
    return this.raw.shadowOffsetY;
  }
  public set shadowOffsetY(v: number | undefined) {
    if (v !== undefined) this.raw.shadowOffsetY = v;
  }
  public get imageSmoothingEnabled(): boolean | undefined {
    return this.raw.imageSmoothingEnabled;
  }
  public set imageSmoothingEnabled(v: boolean | undefined) {
    if (v !== undefined) this.raw.imageSmoothingEnabled = v;
  }
}
