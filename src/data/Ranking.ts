import type { Friend } from './Friend.js';

/** Which scores rank first: `desc` (higher is better, points) or `asc` (lower is better, times). */
export type RankOrder = 'desc' | 'asc';

/** A friend with a valid score and its place on the board. */
export type RankedFriend = Friend & {
  /** Competition rank: 1 + the number of strictly better scores (1, 2, 2, 4). */
  readonly rank: number;
  /** The score the rank is based on (the fresh `selfScore` for the player). */
  readonly score: number;
  /** True for the current player's own entry. */
  readonly isSelf: boolean;
};

/** Result of `rankFriends`. */
export interface Ranking {
  /** Friends with a valid score, best first. */
  readonly ranked: readonly RankedFriend[];
  /** Friends without a valid score, in input order. */
  readonly unranked: readonly Friend[];
  /** Index of the player in `ranked`, or -1 when absent or unranked. */
  readonly selfIndex: number;
  /** The order the ranking was built with. */
  readonly order: RankOrder;
}
