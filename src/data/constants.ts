/**
 * Tunables of the data module, each with its unit. Sources: ../../../shared/PLATFORM.md ("Data shapes").
 */

/** Name shown for a friend who has not shared a nickname with the game. */
export const DEFAULT_PLACEHOLDER_NAME = 'TikTok Player';

/** Name of the player's own entry when `rankFriends` has to insert it and no name was given. */
export const DEFAULT_SELF_NAME = 'You';

/** Longest nickname kept, in grapheme-ish clusters (a base code point plus its marks and joiners). */
export const MAX_NICKNAME_CLUSTERS = 200;

/** Hard cap on a nickname in UTF-16 code units, so a cluster stuffed with marks cannot grow unbounded. */
export const MAX_NICKNAME_CODE_UNITS = 1000;

/**
 * Longest raw nickname read, in UTF-16 code units; the rest is cut before cleaning, so a hostile
 * 1 MB name costs what a 4,000-unit one does. Four times {@link MAX_NICKNAME_CODE_UNITS}: room for
 * 3,000 removed controls or collapsed spaces before the part that is kept.
 */
export const MAX_RAW_NICKNAME_CODE_UNITS = 4 * MAX_NICKNAME_CODE_UNITS;

/**
 * Most entries of a friend list read, records: the rest is ignored with one warning, so a huge or
 * sparse list costs bounded work. TikTok lets an account follow at most 10,000 others, so a list of
 * mutual friends never holds more.
 */
export const MAX_FRIENDS = 10_000;

/**
 * Most key-value entries read per friend. Sibling platforms store at most 128 pairs per player
 * (the limit `saveScores` enforces too), so a longer list is not data the game wrote.
 */
export const MAX_VALUES_PER_FRIEND = 128;

/** Longest openid accepted, in UTF-16 code units; longer ids are treated as unusable. */
export const MAX_OPENID_LENGTH = 256;

/** Longest avatar URL accepted, in UTF-16 code units (room for small `data:` images). */
export const MAX_AVATAR_URL_LENGTH = 65_536;

/**
 * Longest score string that is JSON-parsed, in UTF-16 code units. Sibling hosts cap key + value at
 * 1024 bytes, so anything longer is not a value the game wrote.
 */
export const MAX_JSON_SCORE_LENGTH = 1024;

/** How many nested JSON objects `parseScore` follows (`{"wxgame":{"score":1}}` needs 2). */
export const MAX_JSON_SCORE_DEPTH = 3;

/** How many object levels `normalizeFriendList` searches for the list (`res.data.data` needs 2). */
export const MAX_LIST_SEARCH_DEPTH = 2;

/** Text `formatScore` renders for a score that is NaN or infinite. */
export const NON_FINITE_SCORE_TEXT = '\u2014';

/** Largest `decimals` accepted by the `suffix` score format. */
export const MAX_SCORE_DECIMALS = 6;

/** Longest `suffix` accepted by the `suffix` score format, in UTF-16 code units. */
export const MAX_SCORE_SUFFIX_LENGTH = 32;

/** Longest digit-group separator accepted by the `integer` score format, in UTF-16 code units. */
export const MAX_GROUP_SEPARATOR_LENGTH = 3;

/** Decimal places `nextToSurpass` rounds to at most, to hide binary floating-point noise. */
export const MAX_SURPASS_DECIMALS = 10;
