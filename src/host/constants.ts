/** Default time a callback-style platform call may take before its promise rejects, in ms. */
export const DEFAULT_HOST_TIMEOUT_MS = 10_000;

/**
 * Frame interval used when a host has no `requestAnimationFrame`, or one that throws, in ms (~60 Hz).
 * PLATFORM.md lists rAF for the ODC, but hosts are feature-detected, never assumed.
 */
export const FALLBACK_FRAME_INTERVAL_MS = 16;

/** Longest platform error message kept by `normalizeHostError`, in UTF-16 code units. */
export const MAX_HOST_ERROR_MESSAGE_LENGTH = 300;

/** `HostError.code` of a call that got no answer within its timeout. */
export const HOST_ERROR_TIMEOUT = 'timeout';

/** `HostError.code` of a call whose host fired only `complete`, never `success` or `fail`. */
export const HOST_ERROR_NO_RESULT = 'no_result';

/** `HostError.code` of a call to an API this host does not have. */
export const HOST_ERROR_UNSUPPORTED = 'unsupported';

/** `HostError.code` of a call rejected before reaching the host because its arguments are invalid. */
export const HOST_ERROR_INVALID_ARGUMENT = 'invalid_argument';
