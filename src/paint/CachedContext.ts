import type { Canvas2D } from '../host/index.js';
import { CachedTransform } from './CachedTransform.js';

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
 * const ctx = new CachedContext(canvas.getContext('2d')!);
 * ctx.fillStyle = '#fff'; ctx.fillStyle = '#fff'; // one host call
 */
export class CachedContext extends CachedTransform implements Canvas2D {
  /** The host's gradient factory, when it has one (feature-detected like the host's own member). */
  public readonly createLinearGradient: Canvas2D['createLinearGradient'];

  public constructor(raw: Canvas2D) {
    super(raw);
    const create = raw.createLinearGradient;
    // Gradient coordinates are read in the transform in force when the shape is filled, not now.
    this.createLinearGradient = create === undefined ? undefined : (x0, y0, x1, y1) => create.call(raw, x0, y0, x1, y1);
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
}
