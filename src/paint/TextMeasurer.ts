import type { Canvas2D } from '../host/index.js';
import { DEFAULT_MEASURE_CACHE_ENTRIES } from './constants.js';
import { MeasureCache } from './MeasureCache.js';

/**
 * Measures text widths through a canvas context, caching each font + text pair.
 * Widths are in the context's current units: measure with an identity transform to get logical px.
 */
export interface TextMeasurer {
  /** Width of `text` drawn with `font` (canvas font syntax), in px. */
  measure(font: string, text: string): number;
  /** How many times `ctx.measureText` has been called. */
  readonly measureCalls: number;
  /** How many measurements were answered from the cache. */
  readonly hits: number;
  /** How many measurements the cache holds now. */
  readonly size: number;
  /** Drops every cached measurement (e.g. after a web font loads); counters are kept. */
  clear(): void;
}

/** Options of {@link createTextMeasurer}. */
export interface TextMeasurerOptions {
  /** Bound on cached measurements (entries); least recently used are dropped first. Default 2000. */
  maxEntries?: number;
}

/** The only place that text widths are measured: every widget shares one per context. */
class CachedTextMeasurer implements TextMeasurer {
  private readonly _ctx: Canvas2D;
  private readonly _cache: MeasureCache;
  private _lastFontSet: string | undefined;
  private _lastFontRead: string | undefined;
  private _measureCalls = 0;
  private _hits = 0;

  public constructor(ctx: Canvas2D, maxEntries: number) {
    this._ctx = ctx;
    this._cache = new MeasureCache(maxEntries);
  }

  public get measureCalls(): number {
    return this._measureCalls;
  }

  public get hits(): number {
    return this._hits;
  }

  public get size(): number {
    return this._cache.size;
  }

  public measure(font: string, text: string): number {
    if (text === '') return 0;
    const cached = this._cache.get(font, text);
    if (cached !== undefined) {
      this._hits++;
      return cached;
    }
    this._applyFont(font);
    this._measureCalls++;
    const raw = this._ctx.measureText(text).width;
    const width = Number.isFinite(raw) && raw > 0 ? raw : 0;
    this._cache.set(font, text, width);
    return width;
  }

  public clear(): void {
    this._cache.clear();
  }

  private _applyFont(font: string): void {
    // Setting ctx.font re-parses the font on every host, so skip it when nothing changed. Painting
    // shares the context, so also compare the read-back value to notice fonts set by someone else.
    if (font === this._lastFontSet && this._ctx.font === this._lastFontRead) return;
    this._ctx.font = font;
    this._lastFontSet = font;
    this._lastFontRead = this._ctx.font;
  }
}

/**
 * Creates a {@link TextMeasurer} over `ctx`, caching up to `maxEntries` measurements (LRU).
 *
 * @example
 * const m = createTextMeasurer(ctx);
 * const w = m.measure('16px sans-serif', 'Hello');
 */
export function createTextMeasurer(ctx: Canvas2D, options: TextMeasurerOptions = {}): TextMeasurer {
  const maxEntries = options.maxEntries ?? DEFAULT_MEASURE_CACHE_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`createTextMeasurer: maxEntries must be an integer >= 1, got ${String(maxEntries)}`);
  }
  if (ctx === null || typeof ctx !== 'object' || typeof ctx.measureText !== 'function') {
    throw new TypeError('createTextMeasurer: ctx must be a 2D context with measureText');
  }
  return new CachedTextMeasurer(ctx, maxEntries);
}
