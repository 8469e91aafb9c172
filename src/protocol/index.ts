/**
 * Protocol v1: the typed messages the game (main domain) posts to the open data domain.
 * Pure, no I/O, shared by both domains.
 */
export {
  DEFAULT_ALIAS_PANEL,
  MAX_NAME_CHARS,
  MAX_OBJECT_DEPTH,
  MAX_OBJECT_KEY_CHARS,
  MAX_OBJECT_KEYS,
  MAX_OBJECT_STRING_CHARS,
  MAX_OPENID_CHARS,
  MAX_PIXEL_RATIO,
  MAX_SCORE_KEY_CHARS,
  MAX_SCORE_STRING_CHARS,
  MAX_VIEWPORT_SIZE_PX,
  MAX_WHEEL_DELTA_PX,
  NAMESPACE,
  POINTER_PHASES,
  PROTOCOL_VERSION,
  THEME_PRESET_NAMES,
} from './constants.js';
export { INITIAL_THEME_STATE, mergeTokens, reduceTheme } from './themeState.js';
export type { ThemeState } from './themeState.js';
export { buildMessage } from './buildMessage.js';
export { msg } from './msg.js';
export type { MessageBuilders } from './msg.js';
export { parseMessage } from './parseMessage.js';
export type { ParseResult, ProtocolError, ProtocolErrorCode } from './ProtocolError.js';
export type {
  CanvasFit,
  CanvasOwner,
  EngineDialect,
  HideMessage,
  Message,
  MessageBody,
  MessageFields,
  MessageOf,
  MessageType,
  PlainObject,
  PlainValue,
  PointerMessage,
  RefreshMessage,
  ScoreMessage,
  ScrollToMessage,
  SelfMessage,
  ShowMessage,
  ThemeMessage,
  ViewportMessage,
  WheelMessage,
} from './Message.js';
