import { describe, it, expect } from 'vitest';
import * as scroll from '../../src/scroll/index.js';

describe('scroll door', () => {
  it('SCR0 the scroll door exports exactly its listed public surface', () => {
    expect(Object.keys(scroll).sort()).toEqual(
      [
        'DECELERATION_PER_MS',
        'FLING_MAX_OVERSHOOT_FRACTION',
        'MAX_FLING_VELOCITY_PX_PER_MS',
        'MIN_FLING_VELOCITY_PX_PER_MS',
        'OVERSCAN_ROWS',
        'REST_VELOCITY_PX_PER_MS',
        'RUBBER_BAND_COEFFICIENT',
        'RowLayout',
        'SCROLL_TO_DURATION_MS',
        'SPRING_DAMPING_PER_MS',
        'SPRING_REST_DISTANCE_PX',
        'SPRING_STIFFNESS_PER_MS2',
        'Scroller',
        'TOUCH_SLOP_PX',
        'VELOCITY_MAX_SAMPLES',
        'VELOCITY_PAUSE_MS',
        'VELOCITY_STATIONARY_PX',
        'VELOCITY_WINDOW_MS',
        'VelocityTracker',
        'flingDistance',
        'flingDuration',
        'flingPosition',
        'flingTimeToReach',
        'flingVelocity',
        'rubberBand',
        'rubberBandInverse',
        'springPosition',
        'springSettleTime',
        'springVelocity',
      ].sort(),
    );
    expect(scroll.DECELERATION_PER_MS).toBe(0.998);
    expect(scroll.VELOCITY_WINDOW_MS).toBe(100);
  });
});
