import type { RankOrder, ScoreFormat } from '../../src/index.js';
import { DEFAULT_SCORE_FORMAT, MAX_SCORE_KEY_LENGTH } from '../shared/constants.js';
import { OptionReader } from '../shared/OptionReader.js';
import type { AllKeys } from '../shared/OptionReader.js';
import { DEFAULT_LABELS } from '../shared/PanelLabels.js';
import type { PanelLabels } from '../shared/PanelLabels.js';
import { readColumns, readTabs } from './readRowOptions.js';
import type { LeaderboardColumn, LeaderboardTab } from './readRowOptions.js';

/** Options of the `leaderboard` panel, as sent in a `show` message (all optional). */
export interface LeaderboardOptions {
  /** Cloud storage key of the score. Default `'score'`; with `tabs`, the tab selected first (default the first tab). */
  scoreKey?: string;
  /** Tabs under the title, `{scoreKey: label}` in tab order (2-4): a tap re-ranks by that key, no refetch. */
  tabs?: Record<string, string>;
  /** Up to two extra score columns, `{scoreKey: {format?, label?}}` left to right, before the score. */
  columns?: Record<string, { format?: string | ScoreFormat; label?: string }>;
  /** `'desc'` (default): higher is better; `'asc'`: lower is better (times). */
  order?: RankOrder;
  /** Score display: `'integer'`, `'integer:,'`, `'time'`, `'time:s'`, `'suffix: pts'`, … Default `'integer:,'`. */
  format?: string | ScoreFormat;
  /** Title bar text; default `labels.title`. */
  title?: string;
  /** Friends without a valid score: listed `'after'` the ranked ones without a rank (default), or `'hide'`. */
  unranked?: 'after' | 'hide';
  /** Visible strings; see `PanelLabels`. */
  labels?: Partial<PanelLabels>;
}

/** Every option of {@link LeaderboardOptions}: anything else in a `show` message is reported (`rejectUnknown`). */
const OPTION_KEYS = ['scoreKey', 'tabs', 'columns', 'order', 'format', 'title', 'unranked', 'labels'] as const satisfies readonly (keyof LeaderboardOptions)[];
/** Compile-time check that {@link OPTION_KEYS} names every option. */
type LeaderboardOptionsKeysComplete = AllKeys<Exclude<keyof LeaderboardOptions, (typeof OPTION_KEYS)[number]>>;

/** Leaderboard options after validation. */
export interface ResolvedLeaderboardOptions {
  readonly scoreKey: string;
  /** Tabs in order (empty: no tab bar). */
  readonly tabs: readonly LeaderboardTab[];
  /** Extra columns left to right (empty: none). */
  readonly columns: readonly LeaderboardColumn[];
  readonly order: RankOrder;
  readonly format: ScoreFormat;
  readonly unranked: 'after' | 'hide';
  readonly labels: PanelLabels;
}

/** Default labels of the leaderboard. */
export const LEADERBOARD_LABELS: Readonly<PanelLabels> = Object.freeze({ ...DEFAULT_LABELS, title: 'Leaderboard' });

/**
 * The cloud storage keys the panel reads (score, every tab, every column), without repeats: all in
 * one friend request, so tapping a tab re-ranks the data on hand and fetches nothing.
 */
export function leaderboardKeys(o: ResolvedLeaderboardOptions): string[] {
  const keys = [o.scoreKey, ...o.tabs.map((t) => t.scoreKey), ...o.columns.map((c) => c.scoreKey)];
  return keys.filter((k, i) => keys.indexOf(k) === i);
}

/** Validates leaderboard options; each bad option falls back to its default with one warning. */
export function readLeaderboardOptions(raw: unknown, warn: (message: string) => void): ResolvedLeaderboardOptions {
  const r = new OptionReader(raw, 'leaderboard', warn);
  r.rejectUnknown(OPTION_KEYS);
  const labels = r.labels(LEADERBOARD_LABELS);
  labels.title = r.string('title', labels.title);
  const tabs = readTabs(r);
  const scoreKey = r.storageKey('scoreKey', tabs[0]?.scoreKey ?? 'score', MAX_SCORE_KEY_LENGTH);
  return {
    scoreKey: tabs.length === 0 || tabs.some((t) => t.scoreKey === scoreKey) ? scoreKey : tabs[0]!.scoreKey,
    tabs,
    columns: readColumns(r),
    order: r.choice<RankOrder>('order', ['desc', 'asc'], 'desc'),
    format: r.format('format', DEFAULT_SCORE_FORMAT),
    unranked: r.choice('unranked', ['after', 'hide'] as const, 'after'),
    labels,
  };
}
