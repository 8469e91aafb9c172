/** Simulated display refresh interval, in ms (60 Hz). */
export const SIM_FRAME_INTERVAL_MS = 1000 / 60;

/** Callbacks one `advance()` may run before it assumes a runaway timer loop and throws. */
export const SIM_MAX_CALLBACKS_PER_ADVANCE = 100_000;

/** Default width and height of the sim's own images once "loaded", in px. */
export const SIM_DEFAULT_IMAGE_SIZE_PX = 64;

/** Default system info of the simulated phone (logical px, device px per logical px). */
export const SIM_DEFAULT_SYSTEM_INFO = { windowWidth: 375, windowHeight: 667, pixelRatio: 2 } as const;

/** Default seed of `generateFriends`. */
export const SIM_DEFAULT_SEED = 1;

/** Authorization code the simulated `authorizeOpenContext` returns on success. */
export const SIM_AUTH_CODE = 'sim-auth-code';

/** Sibling limit on stored pairs per user (PLATFORM.md "Limits"), enforced by the sim. */
export const SIM_MAX_KV_PAIRS = 128;

/** Sibling limit on a key's UTF-8 length, in bytes. */
export const SIM_MAX_KEY_BYTES = 128;

/** Sibling limit on a key plus its value's UTF-8 length, in bytes. */
export const SIM_MAX_PAIR_BYTES = 1024;

/**
 * The raw error a sibling host fails a gesture-gated call with when it is not made synchronously
 * inside the `onTouchEnd` callback (PLATFORM.md "User gesture"; sibling `errMsg` shape).
 */
export const SIM_GESTURE_ERROR = Object.freeze({ errMsg: 'shareToUser:fail can only be invoked by user TAP gesture.' });

