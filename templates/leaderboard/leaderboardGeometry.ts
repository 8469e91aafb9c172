import { formatScore, parseScore } from '../../src/index.js';
import type { Friend, FriendDataSnapshot, RankingView } from '../../src/index.js';
import { rankColumnWidth } from '../shared/rankColumnWidth.js';
import { freshScore } from '../shared/RankCache.js';
import { nameMinWidth } from '../shared/rowFonts.js';
import type { RowTextMeasure } from '../shared/rowFonts.js';
import type { ResolvedLeaderboardOptions } from './LeaderboardOptions.js';
import type { LeaderboardColumn } from './readRowOptions.js';

/** The widths a leaderboard's rows need for one ranking, before fitting them to the panel. */
export interface LeaderboardWidths {
  readonly rankWidth: number;
  /** The widest score shown, logical px. */
  readonly scoreWidth: number;
  /** Each extra column's width (its widest value or its caption), left to right, logical px. */
  readonly columnWidths: readonly number[];
  /** Room for four wide (CJK) characters and an ellipsis, logical px (see `nameMinWidth`). */
  readonly nameMinWidth: number;
}

/** A column's value for a friend: the player's fresh score when sent, else the fetched one. */
export function columnValue(f: Friend, column: LeaderboardColumn, data: FriendDataSnapshot): number | undefined {
  const key = column.scoreKey;
  return (f.openid === data.selfOpenid ? freshScore(data, key) : undefined) ?? parseScore(f.values[key], { key });
}

/** The formatted value of a column for a friend, or `noScore`. */
export function columnText(f: Friend, column: LeaderboardColumn, data: FriendDataSnapshot, noScore: string): string {
  const v = columnValue(f, column, data);
  return v === undefined ? noScore : formatScore(v, column.format);
}

/**
 * Measures what a ranking shows, once per data change (never per scroll frame): the rank column for
 * the last (widest) rank, the widest score (the best or the worst, whichever formats wider), and
 * for each extra column the widest of its caption and its largest value (one pass over the friends,
 * numbers only: nothing is formatted per friend).
 */
export function leaderboardWidths(
  ranking: RankingView,
  data: FriendDataSnapshot,
  o: ResolvedLeaderboardOptions,
  measure: RowTextMeasure,
): LeaderboardWidths {
  const last = ranking.rankedAt(ranking.rankedCount - 1);
  const first = ranking.rankedAt(0);
  const rankWidth = rankColumnWidth(last?.rank, (s) => measure('rank', s));
  const scores = [first, last].map((f) => (f === undefined ? '' : formatScore(f.score, o.format)));
  const scoreWidth = Math.ceil(Math.max(measure('score', o.labels.noScore), measure('caption', o.labels.scoreColumn), ...scores.map((s) => measure('score', s))));
  const columnWidths = o.columns.map((c) => {
    let lo = 0;
    let hi = 0;
    const visit = (f: Friend | undefined): void => {
      const v = f === undefined ? undefined : columnValue(f, c, data);
      if (v === undefined) return;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    };
    for (let i = 0; i < ranking.rankedCount; i++) visit(ranking.rankedAt(i));
    if (o.unranked === 'after') for (let i = 0; i < ranking.unrankedCount; i++) visit(ranking.unrankedAt(i));
    const widest = Math.max(measure('column', formatScore(hi, c.format)), measure('column', formatScore(lo, c.format)), measure('column', o.labels.noScore));
    return Math.ceil(Math.max(widest, measure('caption', c.label)));
  });
  return { rankWidth, scoreWidth, columnWidths, nameMinWidth: nameMinWidth(measure) };
}
