import { describe, expect, it } from 'vitest';
import * as host from '../../src/host/index.js';

describe('host door', () => {
  it('HOST19 the host door exports exactly this list of values', () => {
    expect(Object.keys(host).sort()).toEqual([
      'DEFAULT_HOST_TIMEOUT_MS',
      'FALLBACK_FRAME_INTERVAL_MS',
      'HOST_ERROR_INVALID_ARGUMENT',
      'HOST_ERROR_NO_RESULT',
      'HOST_ERROR_TIMEOUT',
      'HOST_ERROR_UNSUPPORTED',
      'HostError',
      'callbackToPromise',
      'createConsoleSink',
      'createMainHost',
      'createOpenDataHost',
      'detectMainHost',
      'detectOpenDataHost',
      'normalizeHostError',
      'resizeCanvas',
    ]);
  });
});
