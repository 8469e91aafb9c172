import { generateFriends } from '../../../src/testing/index.js';
import type { RawFriend } from '../../../src/testing/index.js';
import { SCORE_KEY, SELF_NICKNAME } from './constants.js';

/** Index of the player's own record among the generated friends (when there are enough). */
const SELF_INDEX = 2;

/**
 * The simulator's friends: `count` generated records (seeded, so the same settings give the same
 * list) with the player, renamed for the demo, among them. With no friends the player's openid
 * is still known (the game's server login gives it) but absent from the list.
 */
export function demoFriends(count: number, seed: number): { friends: RawFriend[]; selfOpenid: string } {
  const friends = generateFriends(count, { seed, scoreKey: SCORE_KEY });
  const self = friends[Math.min(SELF_INDEX, friends.length - 1)];
  if (self === undefined) return { friends, selfOpenid: 'o-demo-player' };
  self.nickname = SELF_NICKNAME;
  return { friends, selfOpenid: self.openid ?? 'o-demo-player' };
}
