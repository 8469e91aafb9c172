import { SIM_DEFAULT_SEED } from './constants.js';
import { createPrng } from './createPrng.js';
import {
  CJK_NAMES,
  CJK_SUFFIXES,
  EMOJI,
  LATIN_NAMES,
  LONG_NAME_WORDS,
  NON_NUMERIC_SCORES,
  QUOTED_NAMES,
  RTL_NAMES,
} from './namePools.js';
import type { RawFriend, RawKV } from './types.js';

/** Options of {@link generateFriends}. Ratios are fractions of `count` in [0, 1], met exactly (rounded). */
export interface GenerateFriendsOptions {
  /** PRNG seed; the same seed gives the same friends. Default 1. */
  seed?: number;
  /** Share of friends with CJK nicknames. Default 0.6. */
  cjkRatio?: number;
  /** Share with right-to-left (Arabic/Hebrew) nicknames. Default 0.03. */
  rtlRatio?: number;
  /** Share with very long nicknames (120–190 chars, at most 200 with an emoji). Default 0.02. */
  longNameRatio?: number;
  /** Share of friends (taken from named ones) whose name gets an emoji. Default 0.15. */
  emojiRatio?: number;
  /** Share without a nickname (not authorised). Default 0.05. */
  missingNameRatio?: number;
  /** Share without an avatar; unnamed friends lose their avatar first. Default 0.05. */
  missingAvatarRatio?: number;
  /** Whether friends carry a score pair. Default true. */
  withScores?: boolean;
  /** Key of the score pair. Default `'score'`. */
  scoreKey?: string;
  /** Share whose score value is not a finite number. Default 0.03. */
  nonNumericScoreRatio?: number;
  /** Share with no score pair at all. Default 0.05. */
  missingScoreRatio?: number;
  /** Scores are integers in [0, maxScore). Default 100 000. */
  maxScore?: number;
  /** `'canonical'` (openid/nickname/avatarUrl/KVDataList, default) or `'mixed'` (every platform spelling). */
  shapes?: 'canonical' | 'mixed';
}

const RATIO_DEFAULTS = {
  cjkRatio: 0.6,
  rtlRatio: 0.03,
  longNameRatio: 0.02,
  emojiRatio: 0.15,
  missingNameRatio: 0.05,
  missingAvatarRatio: 0.05,
  nonNumericScoreRatio: 0.03,
  missingScoreRatio: 0.05,
} as const;

type RatioKey = keyof typeof RATIO_DEFAULTS;

type NameKind = 'none' | 'cjk' | 'rtl' | 'long' | 'latin';

/**
 * Generates deterministic, realistic raw friend records for tests, demos and benchmarks.
 *
 * Uses a seeded PRNG (never `Math.random`). Category counts are exact: `round(count × ratio)`.
 * Avatars are `sim://avatar/<n>.png`; scores are strings in the values list.
 *
 * @param count - Number of friends (integer >= 0).
 * @param options - Seed, ratios and shape; see {@link GenerateFriendsOptions}.
 * @throws RangeError for a bad count or a ratio outside [0, 1].
 * @example
 * const friends = generateFriends(200, { seed: 7, shapes: 'mixed' });
 */
export function generateFriends(count: number, options: GenerateFriendsOptions = {}): RawFriend[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`generateFriends: count must be an integer >= 0, got ${String(count)}`);
  for (const key of Object.keys(RATIO_DEFAULTS) as RatioKey[]) {
    const value = options[key] ?? RATIO_DEFAULTS[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RangeError(`generateFriends: ${key} must be a number in [0, 1], got ${String(value)}`);
    }
  }
  const n = (key: RatioKey): number => Math.round(count * (options[key] ?? RATIO_DEFAULTS[key]));
  const maxScore = options.maxScore ?? 100_000;
  if (!(maxScore > 0 && Number.isFinite(maxScore))) throw new RangeError('generateFriends: maxScore must be a positive number');
  const scoreKey = options.scoreKey ?? 'score';
  const withScores = options.withScores ?? true;
  const mixed = (options.shapes ?? 'canonical') === 'mixed';
  const rand = createPrng(options.seed ?? SIM_DEFAULT_SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

  // Name kinds: unnamed first, then CJK, RTL, long, and Latin for the rest, over a shuffled order.
  const nameOrder = shuffle(count, rand);
  const kinds: NameKind[] = new Array<NameKind>(count).fill('latin');
  let cursor = 0;
  for (const [kind, wanted] of [
    ['none', n('missingNameRatio')],
    ['cjk', n('cjkRatio')],
    ['rtl', n('rtlRatio')],
    ['long', n('longNameRatio')],
  ] as const) {
    for (let i = 0; i < wanted && cursor < count; i++) kinds[nameOrder[cursor++] as number] = kind;
  }
  // Avatars go missing in the same order, so unnamed (unauthorised) friends lose theirs first.
  const noAvatar = new Set(nameOrder.slice(0, n('missingAvatarRatio')));
  const named = nameOrder.filter((i) => kinds[i] !== 'none');
  const withEmoji = new Set(shuffleList(named, rand).slice(0, n('emojiRatio')));
  const scoreOrder = shuffle(count, rand);
  const noScore = new Set(scoreOrder.slice(0, n('missingScoreRatio')));
  const badScore = new Set(scoreOrder.slice(n('missingScoreRatio'), n('missingScoreRatio') + n('nonNumericScoreRatio')));

  const friends: RawFriend[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i] as NameKind;
    let name = makeName(kind, pick, rand);
    if (name !== undefined && withEmoji.has(i)) name = rand() < 0.5 ? `${name}${pick(EMOJI)}` : `${pick(EMOJI)}${name}`;
    const values: RawKV[] = [];
    if (withScores && !noScore.has(i)) {
      values.push({ key: scoreKey, value: badScore.has(i) ? pick(NON_NUMERIC_SCORES) : String(Math.floor(rand() * maxScore)) });
    }
    const record: RawFriend = {};
    const openid = makeOpenid(i, rand);
    const avatar = noAvatar.has(i) ? undefined : `sim://avatar/${i}.png`;
    if (mixed) {
      record[pick(['openid', 'openId', 'open_id'] as const)] = openid;
      // Unnamed records either omit the field or carry an empty string, as hosts do.
      const nameValue = name ?? (rand() < 0.5 ? '' : undefined);
      if (nameValue !== undefined) record[pick(['nickname', 'nickName', 'displayName', 'display_name'] as const)] = nameValue;
      if (avatar !== undefined) record[pick(['avatarUrl', 'avatar_url'] as const)] = avatar;
      record[pick(['KVDataList', 'data'] as const)] = values;
    } else {
      record.openid = openid;
      if (name !== undefined) record.nickname = name;
      if (avatar !== undefined) record.avatarUrl = avatar;
      record.KVDataList = values;
    }
    friends.push(record);
  }
  return friends;
}

function makeName(kind: NameKind, pick: <T>(list: readonly T[]) => T, rand: () => number): string | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'cjk':
      return rand() < 0.3 ? `${pick(CJK_NAMES)}${pick(CJK_SUFFIXES)}` : pick(CJK_NAMES);
    case 'rtl':
      return pick(RTL_NAMES);
    case 'long': {
      // 120–190 chars, so an appended emoji (at most 8 UTF-16 units) keeps it within 200.
      const target = 120 + Math.floor(rand() * 71);
      let name = pick(LONG_NAME_WORDS);
      while (name.length < target) name += ` ${pick(LONG_NAME_WORDS)}`;
      return name.slice(0, 190);
    }
    case 'latin':
      return rand() < 0.1 ? pick(QUOTED_NAMES) : pick(LATIN_NAMES);
  }
}

const OPENID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';

/** An openid-like string: random body plus the index, so ids are unique within one call. */
function makeOpenid(index: number, rand: () => number): string {
  let body = '';
  for (let i = 0; i < 20; i++) body += OPENID_CHARS[Math.floor(rand() * OPENID_CHARS.length)];
  return `o${body}${index.toString(36).padStart(4, '0')}`;
}

function shuffle(count: number, rand: () => number): number[] {
  return shuffleList(Array.from({ length: count }, (_, i) => i), rand);
}

/** Fisher–Yates shuffle of a copy. */
function shuffleList<T>(list: readonly T[], rand: () => number): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
