import type { Canvas2D } from '../host/index.js';

/** The context state a `save()` keeps and a `restore()` brings back (what the wrapped context has). */
interface SavedState {
  fillStyle: string | object | undefined;
  strokeStyle: string | object | undefined;
  lineWidth: number;
  globalAlpha: number;
  font: string | undefined;
  textAlign: string | undefined;
  textBaseline: string | undefined;
  /** The transform the wrapped context has, `NaN` in `a` when unknown. */
  ra: number;
  rb: number;
  rc: number;
  rd: number;
  re: number;
  rf: number;
  /** The transform asked for (applied lazily before the next drawing call). */
  wa: number;
  wb: number;
  wc: number;
  wd: number;
  we: number;
  wf: number;
}

/**
 * A 2D context in front of the host's: it remembers the state it set (fill and stroke styles, line
 * width, alpha, font, text alignment and baseline, the transform) and calls the host only when a value
 * changes, and it applies `setTransform` lazily, right before the next call that draws or adds to a
 * path. A retained tree sets a transform and an alpha for every node it visits; most nodes (containers,
 * boxes without a background) draw nothing, and most siblings share styles, so most of those calls
 * never reach the host (each one is a native call on @napi-rs/canvas and a bridge call on devices).
 *
 * Reads (`ctx.font`, `ctx.globalAlpha`, ...) answer from the cache. Whoever draws on the wrapped context
 * directly must call {@link CachedContext.invalidate} before drawing through this one again; the stage
 * does at the start of every paint, so code outside the stage's paint (a fallback screen, a game) may
 * use the raw context freely.
 *
 * @example
 * const ctx = new CachedContext(canvas.getContext('2d'));
 * ctx.fillStyle = '#fff'; ctx.fillStyle = '#fff'; // one host call
 */
export class CachedContext implements Canvas2D {
  /** The wrapped host context. */
  public readonly raw: Canvas2D;
  /** State changes passed on to the host (property writes and `setTransform` calls). */
  public stateCalls = 0;
  /** State changes answered from the cache (the host already had the value). */
  public stateSkips = 0;

  private _fillStyle: string | object | undefined;
  private _strokeStyle: string | object | undefined;
  private _lineWidth = NaN;
  private _globalAlpha = NaN;
  private _font: string | undefined;
  private _textAlign: string | undefined;
  private _textBaseline: string | undefined;
  // The transform the host has (`_ra` NaN: unknown) and the one asked for.
  private _ra = NaN;
  private _rb = 0;
  private _rc = 0;
  private _rd = 1;
  private _re = 0;
  private _rf = 0;
  private _wa = 1;
  private _wb = 0;
  private _wc = 0;
  private _wd = 1;
  private _we = 0;
  private _wf = 0;
  /**
   * Offset added to drawing coordinates, user units: when the transform asked for differs from the
   * host's by a translation only, drawing at shifted coordinates replaces a `setTransform` call.
   */
  private _ox = 0;
  private _oy = 0;
  /** False while a fill or stroke style is a gradient or pattern (mapped through the transform at fill time). */
  private _plainPaint = true;
  private readonly _stack: SavedState[] = [];

  /** The host's gradient factory, when it has one (feature-detected like the host's own member). */
  public readonly createLinearGradient: Canvas2D['createLinearGradient'];

  public constructor(raw: Canvas2D) {
    this.raw = raw;
    const create = raw.createLinearGradient;
    // Gradient coordinates are read in the transform in force when the shape is filled, not now.
    this.createLinearGradient = create === undefined ? undefined : (x0, y0, x1, y1) => create.call(raw, x0, y0, x1, y1);
  }

  /** Forgets what the host context holds: every next state write is passed on. */
  public invalidate(): void {
    this._fillStyle = undefined;
    this._strokeStyle = undefined;
    this._lineWidth = NaN;
    this._globalAlpha = NaN;
    this._font = undefined;
    this._textAlign = undefined;
    this._textBaseline = undefined;
    this._ra = NaN;
    this._plainPaint = true;
    this._stack.length = 0;
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

  public save(): void {
    this._stack.push({
      fillStyle: this._fillStyle,
      strokeStyle: this._strokeStyle,
      lineWidth: this._lineWidth,
      globalAlpha: this._globalAlpha,
      font: this._font,
      textAlign: this._textAlign,
      textBaseline: this._textBaseline,
      ra: this._ra,
      rb: this._rb,
      rc: this._rc,
      rd: this._rd,
      re: this._re,
      rf: this._rf,
      wa: this._wa,
      wb: this._wb,
      wc: this._wc,
      wd: this._wd,
      we: this._we,
      wf: this._wf,
    });
    this.raw.save();
  }

  public restore(): void {
    this.raw.restore();
    const s = this._stack.pop();
    if (s === undefined) {
      // More restores than saves (error recovery): whatever the host holds now is unknown.
      this.invalidate();
      return;
    }
    this._fillStyle = s.fillStyle;
    this._strokeStyle = s.strokeStyle;
    this._lineWidth = s.lineWidth;
    this._globalAlpha = s.globalAlpha;
    this._font = s.font;
    this._textAlign = s.textAlign;
    this._textBaseline = s.textBaseline;
    this._ra = s.ra;
    this._rb = s.rb;
    this._rc = s.rc;
    this._rd = s.rd;
    this._re = s.re;
    this._rf = s.rf;
    this._wa = s.wa;
    this._wb = s.wb;
    this._wc = s.wc;
    this._wd = s.wd;
    this._we = s.we;
    this._wf = s.wf;
    this._plainPaint = typeof this._fillStyle !== 'object' && typeof this._strokeStyle !== 'object';
  }

  /** Records the transform; the host gets it before the next drawing call, and only if it differs. */
  public setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this._wa = a;
    this._wb = b;
    this._wc = c;
    this._wd = d;
    this._we = e;
    this._wf = f;
  }

  /** The transform in force for the next drawing call: `{a, b, c, d, e, f}`. */
  public getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number } {
    return { a: this._wa, b: this._wb, c: this._wc, d: this._wd, e: this._we, f: this._wf };
  }

  public translate(x: number, y: number): void {
    // The host must hold the wanted transform itself (not a shifted one) before composing onto it.
    this._ra = NaN;
    this._flush();
    this.raw.translate(x, y);
    this._we += this._wa * x + this._wc * y;
    this._wf += this._wb * x + this._wd * y;
    // The host computes in its own precision: ask again next time rather than trust our arithmetic.
    this._ra = NaN;
  }

  public scale(x: number, y: number): void {
    this._ra = NaN;
    this._flush();
    this.raw.scale(x, y);
    this._wa *= x;
    this._wb *= x;
    this._wc *= y;
    this._wd *= y;
    this._ra = NaN;
  }

  public beginPath(): void {
    this.raw.beginPath();
  }
  public closePath(): void {
    this.raw.closePath();
  }
  public moveTo(x: number, y: number): void {
    this._flush();
    this.raw.moveTo(x + this._ox, y + this._oy);
  }
  public lineTo(x: number, y: number): void {
    this._flush();
    this.raw.lineTo(x + this._ox, y + this._oy);
  }
  public arc(x: number, y: number, r: number, start: number, end: number, ccw?: boolean): void {
    this._flush();
    if (ccw === undefined) this.raw.arc(x + this._ox, y + this._oy, r, start, end);
    else this.raw.arc(x + this._ox, y + this._oy, r, start, end, ccw);
  }
  public arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void {
    this._flush();
    this.raw.arcTo(x1 + this._ox, y1 + this._oy, x2 + this._ox, y2 + this._oy, r);
  }
  public quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void {
    this._flush();
    this.raw.quadraticCurveTo(cpx + this._ox, cpy + this._oy, x + this._ox, y + this._oy);
  }
  public rect(x: number, y: number, w: number, h: number): void {
    this._flush();
    this.raw.rect(x + this._ox, y + this._oy, w, h);
  }
  public fill(): void {
    this._flush();
    this.raw.fill();
  }
  public stroke(): void {
    this._flush();
    this.raw.stroke();
  }
  public clip(): void {
    this._flush();
    this.raw.clip();
  }
  public fillRect(x: number, y: number, w: number, h: number): void {
    this._flush();
    this.raw.fillRect(x + this._ox, y + this._oy, w, h);
  }
  public strokeRect(x: number, y: number, w: number, h: number): void {
    this._flush();
    this.raw.strokeRect(x + this._ox, y + this._oy, w, h);
  }
  public clearRect(x: number, y: number, w: number, h: number): void {
    this._flush();
    this.raw.clearRect(x + this._ox, y + this._oy, w, h);
  }
  public fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this._flush();
    if (maxWidth === undefined) this.raw.fillText(text, x + this._ox, y + this._oy);
    else this.raw.fillText(text, x + this._ox, y + this._oy, maxWidth);
  }
  /** Outlines text where the host can (a host without `strokeText` draws no outline). */
  public strokeText(text: string, x: number, y: number): void {
    if (this.raw.strokeText === undefined) return;
    this._flush();
    this.raw.strokeText(text, x + this._ox, y + this._oy);
  }
  public measureText(text: string): { width: number } {
    return this.raw.measureText(text);
  }
  public drawImage(image: unknown, dx: number, dy: number): void;
  public drawImage(image: unknown, dx: number, dy: number, dw: number, dh: number): void;
  public drawImage(image: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
  public drawImage(image: unknown, a: number, b: number, c?: number, d?: number, e?: number, f?: number, g?: number, h?: number): void {
    this._flush();
    // Hosts check the argument count (3, 5 or 9): pass exactly what the caller passed.
    const ox = this._ox;
    const oy = this._oy;
    if (c === undefined || d === undefined) this.raw.drawImage(image, a + ox, b + oy);
    else if (e === undefined || f === undefined || g === undefined || h === undefined) this.raw.drawImage(image, a + ox, b + oy, c, d);
    else this.raw.drawImage(image, a, b, c, d, e + ox, f + oy, g, h);
  }

  /**
   * Makes the next drawing call land where the transform asked for puts it: when the host's transform
   * has the same scale and no rotation, by shifting the coordinates (no host call); otherwise (or while
   * a gradient or pattern is the paint) by giving the host the transform.
   */
  private _flush(): void {
    const a = this._wa;
    const b = this._wb;
    const c = this._wc;
    const d = this._wd;
    const e = this._we;
    const f = this._wf;
    if (a === this._ra && d === this._rd && b === this._rb && c === this._rc) {
      if (e === this._re && f === this._rf) {
        this._ox = 0;
        this._oy = 0;
        this.stateSkips++;
        return;
      }
      if (b === 0 && c === 0 && a !== 0 && d !== 0 && this._plainPaint) {
        // Path points are mapped when they are added, so a shifted point lands exactly where the
        // wanted transform would map the point itself.
        this._ox = (e - this._re) / a;
        this._oy = (f - this._rf) / d;
        this.stateSkips++;
        return;
      }
    }
    this.stateCalls++;
    this.raw.setTransform(a, b, c, d, e, f);
    this._ra = a;
    this._rb = b;
    this._rc = c;
    this._rd = d;
    this._re = e;
    this._rf = f;
    this._ox = 0;
    this._oy = 0;
  }
}
