import type { DiagnosticsLabelOverrides } from './DiagnosticsLabelKey.js';
import type { PanelLabelOverrides } from './PanelLabelKey.js';

/** A value a panel option may hold: what crosses `postMessage` (primitives and plain objects, no arrays). */
export type PanelOptionValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly [key: string]: PanelOptionValue };

/**
 * The shape any panel's options must fit (what crosses `postMessage`). The prebuilt panels' option
 * interfaces are closed (no index signature), so a misspelt option is a compile error; declare your
 * own panels' options in {@link PanelOptionsMap}.
 */
export interface PanelOptionsBase {
  readonly [key: string]: PanelOptionValue;
}

/**
 * A score format (`format` option), checked at compile time: `'integer'`, `'integer:<separator>'`,
 * `'time'` (ms), `'time:ms'`, `'time:s'`, `'suffix:<text>'`, `'suffix.<decimals>:<text>'`, or the
 * object forms. Run-time validation still applies (separator 1–3 non-digits, decimals 0–6, …).
 */
export type ScoreFormatSpec =
  | 'integer'
  | `integer:${string}`
  | 'time'
  | 'time:ms'
  | 'time:s'
  | `suffix:${string}`
  | `suffix.${number}:${string}`
  | { readonly kind: 'integer'; readonly grouping?: boolean; readonly separator?: string }
  | { readonly kind: 'time'; readonly unit?: 'ms' | 's' }
  | { readonly kind: 'suffix'; readonly suffix: string; readonly decimals?: number };

/** One extra score column of the leaderboard (`columns` option): its format and caption. */
export interface LeaderboardColumnOptions {
  /** Score format of the column (default `'integer:,'`). */
  readonly format?: ScoreFormatSpec;
  /** Caption over the column (default its score key). */
  readonly label?: string;
}

/** Options of the prebuilt `leaderboard` panel. Augment this interface to add fields. */
export interface LeaderboardPanelOptions {
  /** Cloud storage key of the score (default `'score'`); with `tabs`, the tab selected (default the first). */
  scoreKey?: string;
  /**
   * Tabs under the title, `{scoreKey: label}` in tab order (2–4; messages carry no arrays). Every tab's
   * key is fetched with the first request, so a tap re-ranks at once without a refetch.
   */
  tabs?: { readonly [scoreKey: string]: string };
  /**
   * Up to two extra score columns before the score, `{scoreKey: {format?, label?}}` left to right, under
   * a caption row. Dropped on narrow panels, the last first (README "Narrow and landscape panels").
   */
  columns?: { readonly [scoreKey: string]: LeaderboardColumnOptions };
  /** `'desc'` (higher is better, default) or `'asc'` (e.g. fastest time). */
  order?: 'desc' | 'asc';
  /** Score format spec: `'integer'`, `'integer:,'`, `'time'`, `'time:s'`, `'suffix: pts'`, `'suffix.1: km'`. */
  format?: ScoreFormatSpec;
  /** Title bar text. */
  title?: string;
  /** Friends without a valid score: listed `'after'` the ranked ones (default) or `'hide'`. */
  unranked?: 'after' | 'hide';
  /** Any visible string, e.g. `{ title: 'Classement', you: 'Moi' }`. */
  labels?: PanelLabelOverrides;
}

/** Options of the prebuilt `share` panel: the direct-message card sent with `shareToUser`. */
export interface SharePanelOptions {
  title?: string;
  subtitle?: string;
  /** Card image URL (required: `shareToUser` sends no card without it). */
  imageUrl: string;
  /** Card template: 1 or 2. */
  templateType?: 1 | 2;
  labels?: PanelLabelOverrides;
}

/** Options of the prebuilt `surpass` banner (needs `setSelf` and a score). */
export interface SurpassPanelOptions {
  scoreKey?: string;
  order?: 'desc' | 'asc';
  format?: ScoreFormatSpec;
  labels?: PanelLabelOverrides;
}

/** Options of the prebuilt `diagnostics` panel (the device report; README "Checking a device"). */
export interface DiagnosticsPanelOptions {
  /** Cloud storage keys to ask for, comma separated (`'score,level'`, at most 8). */
  keys?: string;
  /** Any visible string of the report, e.g. `{ title: 'Vérification' }` (line ids stay). */
  labels?: DiagnosticsLabelOverrides;
}

/**
 * Options per panel name, used to type `show()`: only these names compile, so a misspelt panel name
 * is an error. Add your own panels by declaration merging:
 *
 * @example
 * declare module 'friendcanvas/main' { interface PanelOptionsMap { myPanel: { level: number } } }
 */
export interface PanelOptionsMap {
  leaderboard: LeaderboardPanelOptions;
  share: SharePanelOptions;
  surpass: SurpassPanelOptions;
  diagnostics: DiagnosticsPanelOptions;
}

/** The options type of panel `P`: typed for names in {@link PanelOptionsMap}, any record otherwise. */
export type PanelOptionsFor<P extends string> = P extends keyof PanelOptionsMap
  ? PanelOptionsMap[P]
  : Readonly<Record<string, unknown>>;

/**
 * What `show(panel, ...)` takes after the name: the options, which may be left out only when the panel
 * has no required option (`share` needs `imageUrl`; a declared panel's required options count too).
 */
export type PanelShowArgs<P extends string> = {} extends PanelOptionsFor<P> ? [options?: PanelOptionsFor<P>] : [options: PanelOptionsFor<P>];

/** Panel names `show()` accepts: the prebuilt ones plus any declared in {@link PanelOptionsMap}. */
export type PanelName = keyof PanelOptionsMap & string;
