import { describe, expect, it } from 'vitest';
import * as protocol from '../../src/protocol/index.js';

describe('protocol door', () => {
  it('PROTO11 the protocol module exports exactly this runtime surface', () => {
    expect(Object.keys(protocol).sort()).toEqual([
      'DEFAULT_ALIAS_PANEL',
      'INITIAL_THEME_STATE',
      'MAX_NAME_CHARS',
      'MAX_OBJECT_DEPTH',
      'MAX_OBJECT_KEYS',
      'MAX_OBJECT_KEY_CHARS',
      'MAX_OBJECT_STRING_CHARS',
      'MAX_OPENID_CHARS',
      'MAX_PIXEL_RATIO',
      'MAX_SCORE_KEY_CHARS',
      'MAX_SCORE_STRING_CHARS',
      'MAX_VIEWPORT_SIZE_PX',
      'MAX_WHEEL_DELTA_PX',
      'NAMESPACE',
      'POINTER_PHASES',
      'PROTOCOL_VERSION',
      'THEME_PRESET_NAMES',
      'buildMessage',
      'mergeTokens',
      'msg',
      'parseMessage',
      'reduceTheme',
    ]);
  });
});
