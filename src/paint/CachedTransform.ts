import type { Canvas2D } from '../host/index.js';
import { CachedStyles } from './CachedStyles.js';

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
 * The transform half of {@link CachedContext}, with `save`/`restore` of everything cached: the
 * transform asked for is recorded and given to the host lazily ({@link CachedTransform._flush}, called
 * before each drawing call), or replaced by shifted drawing coordinates when only the translation
 * differs from what the host holds.
 */
export abstract class CachedTransform extends CachedStyles {
  // The transform the host has (`_ra` NaN: unknown) and the one asked for.
  protected _ra = NaN;
  protected _rb = 0;
  protected _rc = 0;
  protected _rd = 1;
  protected _re = 0;
  protected _rf = 0;
  protected _wa = 1;
  protected _wb = 0;
  protected _wc = 0;
  protected _wd = 1;
  protected _we = 0;
  protected _wf = 0;
  /**
   * Offset added to drawing coordinates, user units: when the transform asked for differs from the
   * host's by a translation only, drawing at shifted coordinates replaces a `setTransform` call.
   */
  protected _ox = 0;
  protected _oy = 0;
  private readonly _stack: SavedState[] = [];

  protected constructor(raw: Canvas2D) {
    super(raw);
  }

  /** Forgets what the host context holds: every next state write is passed on. */
  public invalidate(): void {
    this._invalidateStyles();
    this._ra = NaN;
    this._stack.length = 0;
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

  /**
   * The scale of the transform in force when it scales both axes alike and neither rotates nor skews
   * (what a bitmap drawn 1:1 in device pixels needs), else 0.
   */
  public uniformScale(): number {
    const a = this._wa;
    return this._wb === 0 && this._wc === 0 && a === this._wd && a > 0 ? a : 0;
  }

  /** Where the transform in force puts the origin, device px: `[e, f]` of {@link getTransform} (no allocation). */
  public originX(): number {
    return this._we;
  }
  public originY(): number {
    return this._wf;
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

  /**
   * Makes the next drawing call land where the transform asked for puts it: when the host's transform
   * has the same scale and no rotation, by shifting the coordinates (no host call); otherwise (or while
   * a gradient or pattern is the paint) by giving the host the transform.
   */
  protected _flush(): void {
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
