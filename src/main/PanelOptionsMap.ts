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
  /** Cloud storage key holding the score to rank by. */
  scoreKey?: string;
  /** Heading shown above the list. */
  title?: string;
}

/** Options of the prebuilt `share` panel. Augment this interface to add fields. */
export interface SharePanelOptions extends PanelOptionsBase {
  /** Heading shown above the list. */
  title?: string;
}

/** Options of the prebuilt `surpass` panel. Augment this interface to add fields. */
export interface SurpassPanelOptions extends PanelOptionsBase {
  /** Cloud storage key holding the score to compare. */
  scoreKey?: string;
  /** The player's current score, compared with friends' before it is saved. */
  score?: number;
}

/**
 * Panel name → options type, used to type `PanelController.show`. Declaration-merging friendly:
 * a game with its own panel adds `interface PanelOptionsMap { myPanel: MyOptions }` in a
 * `declare module 'friendcanvas/main'` block. Names not listed accept any record.
 */
export interface PanelOptionsMap {
  leaderboard: LeaderboardPanelOptions;
  share: SharePanelOptions;
  surpass: SurpassPanelOptions;
}

/** The options type of panel `P`: typed for names in {@link PanelOptionsMap}, any record otherwise. */
export type PanelOptionsFor<P extends string> = P extends keyof PanelOptionsMap
  ? PanelOptionsMap[P]
  : Readonly<Record<string, unknown>>;
