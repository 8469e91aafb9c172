import { MAX_SURPASS_DECIMALS } from './constants.js';
import type { RankedFriend, Ranking } from './Ranking.js';

/** Options of {@link nextToSurpass}. */
export interface NextToSurpassOptions {
  /** Smallest score increment of the game (1 for points, 1 for ms times, 0.1 for tenths); default 1. */
  step?: number;
}

/** The friend the player should beat next, and by how much. */
export interface SurpassTarget {
  /** The nearest friend with a strictly better score. */
  readonly friend: RankedFriend;
  /** The score that puts the player strictly ahead: their score + step (desc) or − step (asc). */
  readonly targetScore: number;
  /** How far the player must move, always > 0: points to gain (desc) or to shave off (asc). */
  readonly delta: number;
}

function decimalPlaces(n: number): number {
  const [mantissa = '', exponent] = String(Math.abs(n)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent ? Number(exponent) : 0));
}

function roundTo(n: number, decimals: number): number {
  if (decimals === 0 || decimals > MAX_SURPASS_DECIMALS) return n;
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}

/**
 * Finds the friend immediately ahead of the player: the nearest entry with a strictly better score
 * (friends tied with the player share its rank and are not "ahead"). Undefined when the player is
 * first (alone or tied) or not ranked. `selfOpenid` defaults to the ranking's own self entry.
 *
 * @example
 * const next = nextToSurpass(ranking); // { friend, targetScore: 1201, delta: 51 }
 */
export function nextToSurpass(ranking: Ranking, selfOpenid?: string, options?: NextToSurpassOptions): SurpassTarget | undefined {
  const index = selfOpenid === undefined ? ranking.selfIndex : ranking.ranked.findIndex((f) => f.openid === selfOpenid);
  const self = ranking.ranked[index];
  if (!self || self.rank <= 1) return undefined;
  // Ranks are 1 + the number of strictly better scores, so the last better entry sits at rank - 2.
  const friend = ranking.ranked[self.rank - 2];
  if (!friend) return undefined;
  const rawStep = options?.step;
  const step = typeof rawStep === 'number' && Number.isFinite(rawStep) && rawStep > 0 ? rawStep : 1;
  // Scores and steps are usually short decimals; rounding to their precision hides 0.1 + 0.2 noise.
  const decimals = Math.max(decimalPlaces(step), decimalPlaces(friend.score), decimalPlaces(self.score));
  const desc = ranking.order === 'desc';
  const targetScore = roundTo(desc ? friend.score + step : friend.score - step, decimals);
  const delta = roundTo(desc ? targetScore - self.score : self.score - targetScore, decimals);
  return Object.freeze({ friend, targetScore, delta });
}
