import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';

describe('data door', () => {
  it('DATA0 the door exports exactly this runtime list', () => {
    expect(Object.keys(data).sort()).toEqual(
      [
        'DEFAULT_PLACEHOLDER_NAME',
        'DEFAULT_SELF_NAME',
        'FRIEND_AVATAR_KEYS',
        'FRIEND_ID_KEYS',
        'FRIEND_LIST_KEYS',
        'FRIEND_NAME_KEYS',
        'FRIEND_VALUE_KEYS',
        'MAX_NICKNAME_CLUSTERS',
        'applySelfScore',
        'formatScore',
        'locateFriendList',
        'nextToSurpass',
        'normalizeAvatarUrl',
        'normalizeFriendList',
        'parseScore',
        'parseScoreFormat',
        'rankFriends',
        'sanitizeNickname',
        'viewWithSelfScore',
      ].sort(),
    );
  });
});
