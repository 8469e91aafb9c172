import type { PlatformCanvas } from '../host/types.js';
import { createTextMeasurer, layoutText } from '../paint/index.js';
import type { ThemeTokens } from '../theme/index.js';
import { NO_LAYOUT_MESSAGE } from './constants.js';

/** Text size of the no-layout message as a fraction of the canvas width, and its bounds in canvas px. */
const FONT_FRACTION = 0.05;
const MIN_FONT_PX = 12;
const MAX_FONT_PX = 64;
/** Horizontal padding as a fraction of the canvas width. */
const PADDING_FRACTION = 0.08;

/**
 * The last resort when no layout engine could load (LAYOUT5): a plain message drawn straight on
 * the shared canvas with nothing but `fillRect`, `measureText` and `fillText`, so a shown panel is
 * never a blank rectangle.
 */
export class NoLayoutScreen {
  private _shown = false;
  private _message = NO_LAYOUT_MESSAGE;

  public constructor(
    private readonly _canvas: PlatformCanvas,
    private readonly _theme: () => ThemeTokens,
  ) {}

  /** LAYOUT5: the screen used when no layout engine loaded; warns once with the reason. */
  public static forLayoutError(canvas: PlatformCanvas, theme: () => ThemeTokens, error: unknown, warn: (message: string) => void): NoLayoutScreen {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`friendcanvas: no layout engine (${reason.slice(0, 200)}); panels are replaced by a plain message`);
    return new NoLayoutScreen(canvas, theme);
  }

  public get shown(): boolean {
    return this._shown;
  }

  /** Shows (or redraws) the message; `message` replaces the default when it is a non-empty string. */
  public show(message?: unknown): void {
    this._shown = true;
    if (typeof message === 'string' && message.trim() !== '') this._message = message.slice(0, 200);
    this.redraw();
  }

  /** Clears the canvas (a `hide` message). */
  public hide(): void {
    this._shown = false;
    const ctx = this._canvas.getContext('2d');
    if (ctx === null) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this._canvas.width, this._canvas.height);
  }

  /** Draws again after the canvas was resized or the theme changed; nothing while hidden. */
  public redraw(): void {
    if (!this._shown) return;
    const ctx = this._canvas.getContext('2d');
    if (ctx === null) return;
    const { width, height } = this._canvas;
    const t = this._theme();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = t.colors.background;
    ctx.fillRect(0, 0, width, height);
    const size = Math.round(Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, width * FONT_FRACTION)));
    const font = `${size}px ${t.font.family}`;
    // The same line breaking as Text widgets (grapheme-safe), with no layout engine involved.
    const { lines } = layoutText(createTextMeasurer(ctx), this._message, font, { maxWidth: width * (1 - 2 * PADDING_FRACTION), wrap: true });
    ctx.font = font;
    ctx.fillStyle = t.colors.textSecondary;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const lineHeight = size * 1.4;
    const top = height / 2 - ((lines.length - 1) * lineHeight) / 2;
    lines.forEach((line, i) => ctx.fillText(line, width / 2, top + i * lineHeight));
  }
}
