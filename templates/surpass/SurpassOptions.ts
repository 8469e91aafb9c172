import type { RankOrder, ScoreFormat } from '../../src/index.js';
import { DEFAULT_SCORE_FORMAT, MAX_SCORE_KEY_LENGTH } from '../shared/constants.js';
import { OptionReader } from '../shared/OptionReader.js';
import type { AllKeys } from '../shared/OptionReader.js';
import { DEFAULT_LABELS } from '../shared/PanelLabels.js';
import type { PanelLabels } from '../shared/PanelLabels.js';

/** Options of the `surpass` banner, as sent in a `show` message (all optional). */
export interface SurpassOptions {
  /** Cloud storage key of the score. Default `'score'`. */
  scoreKey?: string;
  /** `'desc'` (default): higher is better; `'asc'`: lower is better. */
  order?: RankOrder;
  /** Format of the gap (see the leaderboard's `format`). Default `'integer:,'`. */
  format?: string | ScoreFormat;
  /** Visible strings; see `PanelLabels`. */
  labels?: Partial<PanelLabels>;
}

/** Every option of {@link SurpassOptions}: anything else in a `show` message is reported (`rejectUnknown`). */
const OPTION_KEYS = ['scoreKey', 'order', 'format', 'labels'] as const satisfies readonly (keyof SurpassOptions)[];
/** Compile-time check that {@link OPTION_KEYS} names every option. */
type SurpassOptionsKeysComplete = AllKeys<Exclude<keyof SurpassOptions, (typeof OPTION_KEYS)[number]>>;

/** Surpass options after validation. */
export interface ResolvedSurpassOptions {
  readonly scoreKey: string;
  readonly order: RankOrder;
  readonly format: ScoreFormat;
  readonly labels: PanelLabels;
}

/** Validates surpass options; each bad option falls back to its default with one warning. */
export function readSurpassOptions(raw: unknown, warn: (message: string) => void): ResolvedSurpassOptions {
  const r = new OptionReader(raw, 'surpass', warn);
  r.rejectUnknown(OPTION_KEYS);
  return {
    scoreKey: r.storageKey('scoreKey', 'score', MAX_SCORE_KEY_LENGTH),
    order: r.choice<RankOrder>('order', ['desc', 'asc'], 'desc'),
    format: r.format('format', DEFAULT_SCORE_FORMAT),
    labels: r.labels(DEFAULT_LABELS),
  };
}
