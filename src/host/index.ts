/**
 * The platform port: the only module that touches platform globals. Everything else receives an
 * {@link OpenDataHost} or {@link MainHost}.
 */
export { HostError } from './types.js';
export type {
  Canvas2D,
  HostInspection,
  MainHost,
  MemberPresence,
  OpenDataHost,
  PlatformCanvas,
  PlatformImage,
  PlatformTouch,
  PlatformTouchEvent,
  PointerPhase,
  RawCallbacks,
  RawMainApi,
  RawOpenDataApi,
  RawSystemInfoFacts,
  RawTouchListener,
  ShareToUserOptions,
  SystemInfo,
  TouchListener,
} from './types.js';
export { detectOpenDataHost } from './detectOpenDataHost.js';
export type { DetectOptions } from './detectOpenDataHost.js';
export { detectMainHost } from './detectMainHost.js';
export { createOpenDataHost } from './createOpenDataHost.js';
export { createMainHost } from './createMainHost.js';
export { createConsoleSink } from './createConsoleSink.js';
export type { HostOptions } from './hostOptions.js';
export { callbackToPromise } from './callbackToPromise.js';
export type { CallbackToPromiseOptions, TimeoutTimers } from './callbackToPromise.js';
export { normalizeHostError } from './normalizeHostError.js';
export { resizeCanvas } from './resizeCanvas.js';
export {
  DEFAULT_HOST_TIMEOUT_MS,
  FALLBACK_FRAME_INTERVAL_MS,
  HOST_ERROR_INVALID_ARGUMENT,
  HOST_ERROR_NO_RESULT,
  HOST_ERROR_TIMEOUT,
  HOST_ERROR_UNSUPPORTED,
} from './constants.js';
