/** A value a panel option may hold: what crosses `postMessage` (primitives and plain objects, no arrays). */
export type PanelOptionValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly [key: string]: PanelOptionValue };

/** Options common to every panel: open-ended, validated at run time by the protocol limits. */
export interface PanelOptionsBase {
  readonly [key: string]: PanelOptionValue;
}

/** Options of the prebuilt `leaderboard` panel. Augment this interface to add fields. */
export interface LeaderboardPanelOptions extends PanelOptionsBase {
  /** Cloud storage key of the score (default `'score'`). */
  scoreKey?: string;
  /** `'desc'` (higher is better, default) or `'asc'` (e.g. fastest time). */
  order?: 'desc' | 'asc';
  /** Score format spec: `'integer'`, `'integer:,'`, `'time'`, `'time:s'`, `'suffix: pts'`, `'suffix.1: km'`. */
  format?: string;
  /** Title bar text. */
  title?: string;
  /** Friends without a valid score: listed `'after'` the ranked ones (default) or `'hide'`. */
  unranked?: 'after' | 'hide';
  /** Any visible string, e.g. `{ title: 'Classement', you: 'Moi' }`. */
  labels?: { readonly [key: string]: string };
}

/** Options of the prebuilt `share` panel: the direct-message card sent with `shareToUser`. */
export interface SharePanelOptions extends PanelOptionsBase {
  title?: string;
  subtitle?: string;
  /** Card image URL (required by `shareToUser`). */
  imageUrl?: string;
  /** Card template: 1 or 2. */
  templateType?: 1 | 2;
  labels?: { readonly [key: string]: string };
}

/** Options of the prebuilt `surpass` banner (needs `setSelf` and a score). */
export interface SurpassPanelOptions extends PanelOptionsBase {
  scoreKey?: string;
  order?: 'desc' | 'asc';
  format?: string;
  labels?: { readonly [key: string]: string };
}

/** Options of the prebuilt `diagnostics` panel (the device report; README "Checking a device"). */
export interface DiagnosticsPanelOptions extends PanelOptionsBase {
  /** Cloud storage keys to ask for, comma separated (`'score,level'`, at most 8). */
  keys?: string;
  labels?: { readonly [key: string]: string };
}

/**
 * Options per panel name, used to type `show()`. Extend it by declaration merging for your own panels:
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
