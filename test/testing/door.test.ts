import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index.js';

describe('testing door', () => {
  it('SIM19 the testing door exports exactly this list of values', () => {
    expect(Object.keys(testing).sort()).toEqual(['SIM_FRAME_INTERVAL_MS', 'SIM_GESTURE_ERROR', 'createPrng', 'createSimulatedHost', 'generateFriends']);
  });
});
