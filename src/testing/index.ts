/**
 * `friendcanvas/testing`: a simulated TikTok host for testing panels without a device.
 */
export { createSimulatedHost } from './createSimulatedHost.js';
export { generateFriends } from './generateFriends.js';
export type { GenerateFriendsOptions } from './generateFriends.js';
export { createPrng } from './createPrng.js';
export type { SimClock } from './SimClock.js';
export type { MessagePolicy } from './copyMessage.js';
export { SIM_FRAME_INTERVAL_MS, SIM_GESTURE_ERROR } from './constants.js';
export type {
  RawFriend,
  RawKV,
  SimCanvas,
  SimCalls,
  SimFailureKind,
  SimImageOutcome,
  SimMainGlobal,
  SimOdcGlobal,
  SimResultShape,
  SimShareCall,
  SimTouchFields,
  SimulatedHost,
  SimulatedHostOptions,
} from './types.js';
