import type { RankOrder, ScoreFormat } from '../../src/index.js';
import { DEFAULT_SCORE_FORMAT, MAX_SCORE_KEY_LENGTH } from '../shared/constants.js';
import { OptionReader } from '../shared/OptionReader.js';
import { DEFAULT_LABELS } from '../shared/PanelLabels.js';
import type { PanelLabels } from '../shared/PanelLabels.js';

/** Options of the `leaderboard` panel, as sent in a `show` message (all optional). */
export interface LeaderboardOptions {
  /** Cloud storage key of the score. Default `'score'`. */
  scoreKey?: string;
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

/** Leaderboard options after validation. */
export interface ResolvedLeaderboardOptions {
  readonly scoreKey: string;
  readonly order: RankOrder;
  readonly format: ScoreFormat;
  readonly unranked: 'after' | 'hide';
  readonly labels: PanelLabels;
}

/** Default labels of the leaderboard. */
export const LEADERBOARD_LABELS: Readonly<PanelLabels> = Object.freeze({ ...DEFAULT_LABELS, title: 'Leaderboard' });

/** Validates leaderboard options; each bad option falls back to its default with one warning. */
export function readLeaderboardOptions(raw: unknown, warn: (message: string) => void): ResolvedLeaderboardOptions {
  const r = new OptionReader(raw, 'leaderboard', warn);
  const labels = r.labels(LEADERBOARD_LABELS);
  labels.title = r.string('title', labels.title);
  return {
    scoreKey: r.storageKey('scoreKey', 'score', MAX_SCORE_KEY_LENGTH),
    order: r.choice<RankOrder>('order', ['desc', 'asc'], 'desc'),
    format: r.format('format', DEFAULT_SCORE_FORMAT),
    unranked: r.choice('unranked', ['after', 'hide'] as const, 'after'),
    labels,
  };
}
