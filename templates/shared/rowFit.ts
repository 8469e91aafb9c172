import type { ThemeTokens } from '../../src/index.js';

/** The metric tokens of a theme. */
type ThemeMetrics = ThemeTokens['metrics'];
/** Names of the metric tokens. */
type MetricKey = keyof ThemeMetrics;
import { AVATAR_ROW_MARGIN_PX, FIT_LEVELS, SHORT_PANEL_HEIGHT_PX, SHORT_PANEL_METRICS } from './constants.js';

/** What a list row needs, to fit a panel's width. */
export interface RowFitInput {
  /** The game's theme. */
  readonly theme: ThemeTokens;
  /** The panel's size, logical px (0: not laid out yet, the theme is kept). */
  readonly width: number;
  readonly height: number;
  /** Width of the rank column, logical px; 0 for rows without one (share list). */
  readonly rankWidth: number;
  /** Width of what ends the row (the widest score, or the share button), logical px. */
  readonly trailingWidth: number;
  /** Widths of the extra columns asked for, left to right, logical px. */
  readonly columnWidths: readonly number[];
  /** Room the name needs to show at least four characters, logical px. */
  readonly nameMinWidth: number;
}

/** How rows fit: the theme with fitted metrics, and how many extra columns are shown. */
export interface RowFitResult {
  readonly theme: ThemeTokens;
  readonly columns: number;
  /** Index in `FIT_LEVELS` used (0: the theme's own metrics). */
  readonly level: number;
}

/** The room a row leaves its name with these metrics and columns, logical px. */
export function nameRoom(m: Pick<ThemeMetrics, 'padding' | 'gap' | 'avatarSize'>, input: RowFitInput, columns: number): number {
  let used = 2 * m.padding + m.avatarSize + m.gap + m.gap + input.trailingWidth;
  if (input.rankWidth > 0) used += input.rankWidth + m.gap;
  for (let i = 0; i < columns; i++) used += input.columnWidths[i]! + m.gap;
  return input.width - used;
}

/**
 * Fits list rows to a panel: tries the theme's own metrics, then tighter padding and gaps, then
 * smaller avatars (`FIT_LEVELS`, never larger than the theme's), first with every extra column and
 * then dropping them from the last to the first, and takes the first layout that leaves the name
 * `nameMinWidth`; if none does, the tightest layout without extra columns. Short (landscape) panels
 * also get shorter rows and title bar. Pure; the same inputs give equal metrics.
 */
export function fitRow(input: RowFitInput): RowFitResult {
  const base = input.theme.metrics;
  const short = input.height > 0 && input.height < SHORT_PANEL_HEIGHT_PX;
  const tall: Partial<Record<MetricKey, number>> = short ? SHORT_PANEL_METRICS : {};
  const metricsAt = (level: number): ThemeMetrics => {
    const l: Partial<Record<MetricKey, number>> = { ...FIT_LEVELS[level], ...tall };
    const out: Record<MetricKey, number> = { ...base };
    for (const key of Object.keys(l) as MetricKey[]) out[key] = Math.min(base[key], l[key] ?? base[key]);
    // An avatar keeps clear of the row's edges (rows touch: two avatars never do).
    out.avatarSize = Math.min(out.avatarSize, out.rowHeight - 2 * AVATAR_ROW_MARGIN_PX);
    return out;
  };
  const wanted = input.columnWidths.length;
  if (input.width > 0) {
    for (let columns = wanted; columns >= 0; columns--) {
      for (let level = 0; level < FIT_LEVELS.length; level++) {
        const m = metricsAt(level);
        if (nameRoom(m, input, columns) >= input.nameMinWidth) return result(input.theme, m, columns, level);
      }
    }
    return result(input.theme, metricsAt(FIT_LEVELS.length - 1), 0, FIT_LEVELS.length - 1);
  }
  return result(input.theme, metricsAt(0), wanted, 0);
}

/**
 * `next` with `prev`'s theme object when both fit the same base theme to the same metrics, so a
 * refit that changes nothing restyles nothing (callers compare themes by identity).
 */
export function keepFittedTheme(prev: RowFitResult | undefined, next: RowFitResult, base: ThemeTokens, prevBase: ThemeTokens | undefined): RowFitResult {
  if (prev === undefined || prevBase !== base) return next;
  const a = prev.theme.metrics;
  const b = next.theme.metrics;
  const same = (Object.keys(a) as MetricKey[]).every((k) => a[k] === b[k]);
  return same ? { ...next, theme: prev.theme } : next;
}

function result(theme: ThemeTokens, metrics: ThemeMetrics, columns: number, level: number): RowFitResult {
  const same = (Object.keys(metrics) as MetricKey[]).every((k) => metrics[k] === theme.metrics[k]);
  return { theme: same ? theme : Object.freeze({ ...theme, metrics: Object.freeze(metrics) }), columns, level };
}
