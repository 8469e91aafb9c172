/**
 * diagnostics: what a device report needs. A per-app recorder (layout engine, canvas, last viewport,
 * last touch per path, frame timings, the friend result's shape: never a friend value) read by
 * panels through `PanelContext.diagnostics`, and probes of the engine and the host.
 */
export { DiagnosticsRecorder } from './DiagnosticsRecorder.js';
export type { LayoutBackend, RecordedInput, RecordedStage, RecordedViewport } from './DiagnosticsRecorder.js';
export type {
  CanvasFacts,
  DiagnosticsSource,
  FrameFacts,
  LayoutFacts,
  MessageFacts,
  PictureFacts,
  StageFacts,
  TouchFacts,
  TouchPath,
  ViewportFacts,
} from './DiagnosticsSource.js';
export { describeFriendResult, describeFriendSample, sampleFriendResult } from './describeFriendResult.js';
export type { FriendResultSample, FriendResultShape, KeyCount } from './describeFriendResult.js';
export { FrameTimings } from './FrameTimings.js';
export type { FrameSummary } from './FrameTimings.js';
export { HOST_API_NAMES, probeHostApis } from './probeHostApis.js';
export type { HostApiFacts, HostApiName } from './probeHostApis.js';
export { probeInterpreter } from './probeInterpreter.js';
export type { InterpreterHint } from './probeInterpreter.js';
export { probePromiseJobs } from './probePromiseJobs.js';
export type { ProbeTimers, PromiseJobTiming } from './probePromiseJobs.js';
export { probeCodeGeneration, probeRuntime } from './probeRuntime.js';
export type { GlobalPresence, PlatformGlobalName, RuntimeFacts } from './probeRuntime.js';
export {
  FRAME_SAMPLES,
  FRAME_WINDOW_MS,
  FRIEND_SHAPE_SAMPLE,
  INTERPRETER_LIKELY_NS,
  JIT_LIKELY_NS,
} from './constants.js';
