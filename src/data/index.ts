/**
 * Friend data: normalisation of every host shape, ranking, and score formatting. Pure, no I/O.
 */
export { DEFAULT_PLACEHOLDER_NAME, DEFAULT_SELF_NAME, MAX_NICKNAME_CLUSTERS } from './constants.js';
export type { Friend } from './Friend.js';
export { applySelfScore } from './applySelfScore.js';
export { formatScore } from './formatScore.js';
export { FRIEND_AVATAR_KEYS, FRIEND_ID_KEYS, FRIEND_NAME_KEYS, FRIEND_VALUE_KEYS } from './friendFieldAliases.js';
export { FRIEND_LIST_KEYS, locateFriendList } from './locateFriendList.js';
export type { LocatedFriendList } from './locateFriendList.js';
export { nextToSurpass } from './nextToSurpass.js';
export type { NextToSurpassOptions, SurpassTarget } from './nextToSurpass.js';
export { normalizeAvatarUrl } from './normalizeAvatarUrl.js';
export { normalizeFriendList } from './normalizeFriendList.js';
export type { NormalizedFriendList, NormalizeFriendListOptions } from './normalizeFriendList.js';
export { parseScore } from './parseScore.js';
export type { ParseScoreOptions } from './parseScore.js';
export { parseScoreFormat } from './parseScoreFormat.js';
export type { ParseScoreFormatResult } from './parseScoreFormat.js';
export { rankFriends } from './rankFriends.js';
export type { RankFriendsOptions } from './rankFriends.js';
export type { RankedFriend, Ranking, RankOrder } from './Ranking.js';
export { sanitizeNickname } from './sanitizeNickname.js';
export { viewWithSelfScore } from './viewWithSelfScore.js';
export type { RankingView } from './viewWithSelfScore.js';
export type { ScoreFormat } from './ScoreFormat.js';
