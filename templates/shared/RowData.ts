import type { Friend } from '../../src/index.js';
import type { PanelLabels } from './PanelLabels.js';
import type { ShareButtonState } from './accentShades.js';

/** The data one row is bound to. */
export interface RowData {
  readonly friend: Friend;
  /** Competition rank, or undefined for friends without a valid score (and in the share list). */
  readonly rank: number | undefined;
  /** Formatted score (or the no-score label); ignored by share rows. */
  readonly scoreText: string;
  readonly isSelf: boolean;
  /** Share button state (share rows). */
  readonly shareState?: ShareButtonState;
  /** Formatted values of the extra score columns shown, left to right (leaderboard rows). */
  readonly columnTexts?: readonly string[];
}

/** Whether two lists of column strings read the same. */
export function sameTexts(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/**
 * Whether two row data read the same on screen: the same friend as shown (openid, name, avatar),
 * rank, score text, self flag, share state and column texts. A fresh score re-places the player and
 * hands out new entry objects for friends whose rank moved; one that reads the same is not rebound.
 */
export function sameRowData(a: RowData, b: RowData): boolean {
  const f = a.friend;
  const g = b.friend;
  return (
    (f === g || (f.openid === g.openid && f.nickname === g.nickname && f.hasName === g.hasName && f.avatarUrl === g.avatarUrl)) &&
    a.rank === b.rank &&
    a.scoreText === b.scoreText &&
    a.isSelf === b.isSelf &&
    a.shareState === b.shareState &&
    sameTexts(a.columnTexts, b.columnTexts)
  );
}

/** Which medal a rank wears: 1, 2, 3, or 0 for none (ranks from 4 and no rank look the same). */
export function medalOf(rank: number | undefined): number {
  return rank === 1 || rank === 2 || rank === 3 ? rank : 0;
}

/** The name a friend is shown under: the player's label, the placeholder label, or the nickname. */
export function displayName(friend: Friend, isSelf: boolean, labels: PanelLabels): string {
  if (friend.hasName) return friend.nickname;
  return isSelf ? labels.you : labels.placeholderName;
}
