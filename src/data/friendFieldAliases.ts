/**
 * The field names hosts use in a friend record, in the order they are read (PLATFORM.md "Data
 * shapes"). `normalizeFriendList` reads them; the device report uses them as the vocabulary it may
 * name without caution.
 */

/** Aliases of a friend's id. */
export const FRIEND_ID_KEYS = ['openid', 'openId', 'open_id'] as const;
/** Aliases of a friend's display name. */
export const FRIEND_NAME_KEYS = ['nickname', 'nickName', 'displayName', 'display_name'] as const;
/** Aliases of a friend's avatar URL. */
export const FRIEND_AVATAR_KEYS = ['avatarUrl', 'avatar_url'] as const;
/** Aliases of a friend's stored values (`[{key, value}]`). */
export const FRIEND_VALUE_KEYS = ['KVDataList', 'data'] as const;
