/**
 * `friendcanvas/main`: the game-side (main domain) controller of the open data domain's panels.
 */
export { createPanelController } from './createPanelController.js';
export { ValidationError } from './ValidationError.js';
export { MAX_SCORE_KEY_BYTES, MAX_SCORE_PAIR_BYTES, MAX_SCORE_PAIRS } from './constants.js';
export { utf8ByteLength } from './utf8ByteLength.js';
export type { PanelController, PanelControllerOptions, ViewportRect } from './PanelController.js';
export type { DiagnosticsLabelKey, DiagnosticsLabelOverrides } from './DiagnosticsLabelKey.js';
export type { PanelLabelKey, PanelLabelOverrides } from './PanelLabelKey.js';
export type { ThemeOverrides, ThemePresetName } from '../theme/index.js';
export type { EffectOverrides, GradientOverrides, ImageOverrides, ImageSkinValue } from '../theme/index.js';
export type {
  DiagnosticsPanelOptions,
  LeaderboardColumnOptions,
  LeaderboardPanelOptions,
  PanelName,
  PanelOptionsBase,
  PanelOptionsFor,
  PanelShowArgs,
  ScoreFormatSpec,
  PanelOptionsMap,
  PanelOptionValue,
  SharePanelOptions,
  SurpassPanelOptions,
} from './PanelOptionsMap.js';
export { HostError } from '../host/index.js';
export type { MainHost, TouchListener } from '../host/index.js';
// Protocol v1: typed builders and parser, so a game can post messages by hand with compile-time types.
export { buildMessage, msg, parseMessage, NAMESPACE, PROTOCOL_VERSION, DEFAULT_ALIAS_PANEL } from '../protocol/index.js';
export type {
  HideMessage,
  Message,
  MessageBody,
  MessageBuilders,
  MessageOf,
  MessageType,
  ParseResult,
  PlainObject,
  PlainValue,
  PointerMessage,
  ProtocolError,
  RefreshMessage,
  ScoreMessage,
  ScrollToMessage,
  SelfMessage,
  ShowMessage,
  ThemeMessage,
  ViewportMessage,
  CanvasFit,
  CanvasOwner,
  EngineDialect,
  WheelMessage,
} from '../protocol/index.js';
