import type { Canvas2D } from '../host/types.js';
import { Node } from '../core/index.js';
import type { MeasureMode, Style } from '../layout/index.js';
import { applyShadow, clearShadow, fontString, layoutText, lineHeightFor } from '../paint/index.js';
import { DEFAULT_FONT_FAMILY, DEFAULT_FONT_SIZE, DEFAULT_TEXT_COLOR, UNBOUNDED_WIDTH } from './constants.js';

/** Where a line of width `lineW` starts in a box `boxW` wide (a function, not a closure per paint). */
function lineX(align: 'left' | 'center' | 'right', boxW: number, lineW = 0): number {
  return align === 'center' ? (boxW - lineW) / 2 : align === 'right' ? boxW - lineW : 0;
}

/** A text of line breaks only (or empty) lays out as no line at all (see `layoutText`). */
const ONLY_LINE_BREAKS = /^[\r\n]*$/;

const FONT_KEYS = ['fontSize', 'fontWeight', 'fontFamily', 'fontStyle', 'lineHeight', 'maxLines'] as const;

/** The style keys {@link Text.font} and {@link Text.lineHeight} are derived from. */
const FONT_STRING_KEYS = ['fontSize', 'fontWeight', 'fontFamily', 'fontStyle', 'lineHeight'] as const;

interface FontMetrics {
  font: string;
  lineHeight: number;
}

interface TextLines {
  maxWidth: number;
  lines: string[];
  width: number;
  /** Each line's measured width, filled on the first centred or right-aligned paint. */
  widths?: number[];
}

/**
 * A text leaf: wraps at word boundaries (CJK anywhere), honours `maxLines` with an ellipsis fitted
 * by measured width (never splitting an emoji or grapheme cluster), measured through the stage's
 * cached measurer so a clean relayout measures nothing.
 *
 * @example
 * const name = new Text('Ada Lovelace', { fontSize: 16, color: '#222', maxLines: 1 });
 */
export class Text extends Node {
  private _text: string;
  private _cache: TextLines | undefined;
  // Derived once per font change: paint runs every scroll frame for every row's text.
  private _metrics: FontMetrics | undefined;

  public constructor(text: string, style?: Style) {
    super(style);
    this._text = typeof text === 'string' ? text : String(text);
    this.setMeasure((w, wm, h, hm) => this._measureText(w, wm, h, hm));
    this._updateTextKey();
  }

  /** The displayed string. */
  public get text(): string {
    return this._text;
  }

  /** Replaces the string; re-measures only if it changed. */
  public setText(text: string): this {
    const t = typeof text === 'string' ? text : String(text);
    if (t === this._text) return this;
    this._text = t;
    this._cache = undefined;
    this.markMeasureDirty();
    this.markPaintDirty();
    return this;
  }

  /** The lines currently laid out (after layout), as painted: fitted to {@link Text.fitWidth}. */
  public get lines(): readonly string[] {
    return this._linesFor(this.fitWidth()).lines;
  }

  /**
   * The width this text takes on one line with no limit, rounded up to whole logical px (what the
   * layout gives a text that is not stretched or constrained). Measured through the stage's cached
   * measurer; 0 when detached.
   */
  public get naturalWidth(): number {
    return Math.ceil(this._linesFor(UNBOUNDED_WIDTH).width);
  }

  /** The CSS font string in use. */
  public get font(): string {
    return this._fontMetrics().font;
  }

  /** Line height in logical px. */
  public get lineHeight(): number {
    return this._fontMetrics().lineHeight;
  }

  public override paintSelf(ctx: Canvas2D): void {
    const laid = this._linesFor(this.fitWidth());
    const lines = laid.lines;
    if (lines.length === 0) return;
    const s = this.style;
    const { font, lineHeight: lh } = this._fontMetrics();
    ctx.font = font;
    ctx.fillStyle = s.color ?? DEFAULT_TEXT_COLOR;
    ctx.textBaseline = 'middle';
    // Always drawn left-aligned, each line placed by its measured width (cached by the measurer): a row
    // mixing left, centred and right-aligned texts then changes no context state between them.
    ctx.textAlign = 'left';
    const align = s.textAlign ?? 'left';
    let widths = laid.widths;
    if (widths === undefined && align !== 'left') {
      const measurer = this.stage?.measurer;
      widths = laid.widths = lines.map((line) => (measurer === undefined ? 0 : measurer.measure(font, line)));
    }
    // Centre the block vertically when the box is taller than the text (e.g. stretched in a row).
    const top = Math.max(0, (this.height - lines.length * lh) / 2);
    const w = this.width;
    const stroke = s.textStroke !== undefined && s.textStroke.width > 0 ? s.textStroke : undefined;
    const shadow = s.textShadow;
    const effects = stroke !== undefined || shadow !== undefined;
    if (effects) {
      ctx.save();
      if (shadow !== undefined) applyShadow(ctx, shadow);
    }
    if (stroke !== undefined) {
      // The outline is centred on the glyph edge: twice the width leaves `width` outside the fill.
      ctx.strokeStyle = stroke.color;
      ctx.lineWidth = stroke.width * 2;
      ctx.lineJoin = 'round';
      for (let i = 0; i < lines.length; i++) ctx.strokeText?.(lines[i]!, lineX(align, w, widths?.[i]), top + i * lh + lh / 2);
      // The outline cast the shadow; the fill on top of it must not cast another.
      if (shadow !== undefined) clearShadow(ctx);
    }
    for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, lineX(align, w, widths?.[i]), top + i * lh + lh / 2);
    if (effects) ctx.restore();
  }

  /**
   * @internal Where the lines reach across the box when painted (their widest measured width placed by
   * `textAlign`), widened on each side for glyphs that overhang their advance: an eighth of the font size
   * (a quarter in italics).
   */
  public override _measureInk(width: number): void {
    const laid = this._linesFor(this.fitWidth());
    const align = this.style.textAlign ?? 'left';
    const left = lineX(align, width, laid.width);
    // Italic glyphs lean past their advance further than upright ones.
    const margin = (this.style.fontSize ?? DEFAULT_FONT_SIZE) / (this.style.fontStyle === 'italic' ? 4 : 8);
    this._inkX0 = left - margin;
    this._inkX1 = left + laid.width + margin;
  }

  /**
   * The width lines are fitted to (wrapped, ellipsized) when painted: the box's width. A subclass may
   * fit into less at paint time (room kept for a neighbour whose width depends on its content), so the
   * layout does not depend on the content and rebinding runs none.
   */
  protected fitWidth(): number {
    return this.width;
  }

  protected override onAttach(): void {
    // Lines cached on another stage were measured with that stage's measurer (maybe other fonts).
    this._cache = undefined;
    this._metrics = undefined;
  }

  protected override onStyleChange(prev: Style, next: Style): void {
    for (const key of FONT_STRING_KEYS) {
      if (prev[key] !== next[key]) {
        this._metrics = undefined;
        break;
      }
    }
    this._updateTextKey();
    for (const key of FONT_KEYS) {
      if (prev[key] !== next[key]) {
        this._cache = undefined;
        this.markMeasureDirty();
        return;
      }
    }
  }

  private _fontMetrics(): FontMetrics {
    let m = this._metrics;
    if (m === undefined) {
      const s = this.style;
      const font = fontString({
        size: s.fontSize ?? DEFAULT_FONT_SIZE,
        family: s.fontFamily ?? DEFAULT_FONT_FAMILY,
        weight: s.fontWeight ?? 'normal',
        style: s.fontStyle ?? 'normal',
      });
      m = { font, lineHeight: lineHeightFor(s.fontSize ?? DEFAULT_FONT_SIZE, s.lineHeight) };
      this._metrics = m;
    }
    return m;
  }

  /**
   * A text with no outline or shadow draws nothing but glyphs in one font and colour: the paint walk may
   * group it with others of the same font and colour (`_textKey`, `core/TextBatch.ts`).
   */
  private _updateTextKey(): void {
    const s = this.style;
    const plain = !(s.textStroke !== undefined && s.textStroke.width > 0) && s.textShadow === undefined;
    this._textKey = plain ? `${this._fontMetrics().font}\n${s.color ?? DEFAULT_TEXT_COLOR}` : undefined;
  }

  private _measureText(width: number, widthMode: MeasureMode, _h: number, _hm: MeasureMode): { width: number; height: number } {
    if (widthMode === 'exactly' && this.style.maxLines === 1) {
      // One line in a given width: one line high unless there is nothing to show, whatever the words
      // (they are fitted at paint), so asking again after a rebind costs no text layout.
      const shown = width > 0 && !ONLY_LINE_BREAKS.test(this._text);
      return { width, height: shown ? this.lineHeight : 0 };
    }
    const maxWidth = widthMode === 'undefined' || !Number.isFinite(width) ? UNBOUNDED_WIDTH : Math.max(0, width);
    const laid = this._linesFor(maxWidth);
    const w = widthMode === 'exactly' ? width : Math.min(Math.ceil(laid.width), maxWidth);
    return { width: w, height: laid.lines.length * this.lineHeight };
  }

  private _linesFor(maxWidth: number): TextLines {
    const c = this._cache;
    if (c !== undefined && (c.maxWidth === maxWidth || (c.width <= maxWidth && c.maxWidth >= maxWidth && c.lines.length <= 1))) {
      return c;
    }
    const stage = this.stage;
    if (stage === undefined || this._text === '' || !(maxWidth > 0)) return { maxWidth, lines: [], width: 0 };
    const res = layoutText(stage.measurer, this._text, this.font, {
      maxWidth,
      maxLines: this.style.maxLines ?? 0,
    });
    const laid = { maxWidth, lines: res.lines, width: res.width };
    this._cache = laid;
    return laid;
  }
}
