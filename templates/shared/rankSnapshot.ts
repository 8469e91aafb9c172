import { parseScore, rankFriends } from '../../src/index.js';
import type { FriendDataSnapshot, RankOrder, Ranking } from '../../src/index.js';

/**
 * Ranks a snapshot's friends by `scoreKey`, with the player's fresh score from the latest `score`
 * message (so a new score reranks at once, without a refetch). The player's entry is only known
 * (and inserted when missing) once the game sent the player's openid.
 */
export function rankSnapshot(data: FriendDataSnapshot, scoreKey: string, order: RankOrder): Ranking {
  const fresh = Object.prototype.hasOwnProperty.call(data.selfScores, scoreKey) ? data.selfScores[scoreKey] : undefined;
  const selfScore = parseScore(fresh, { key: scoreKey });
  return rankFriends(data.friends, {
    scoreKey,
    order,
    ...(data.selfOpenid !== undefined ? { selfOpenid: data.selfOpenid } : {}),
    ...(selfScore !== undefined ? { selfScore } : {}),
  });
}
