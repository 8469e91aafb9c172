/**
 * friendcanvas: the open data domain toolkit. Everything a panel author may use is listed here by
 * name; `test/publicApi.test.ts` asserts this list so an API change is a visible diff.
 */
// App runtime and panel contract
export { createOpenDataApp } from './app/index.js';
export type { FriendDataSnapshot, FriendDataStatus, OpenDataApp, OpenDataAppOptions, Panel, PanelContext, PanelDefinition } from './app/index.js';
// Engine core
export { Node, Stage, FrameScheduler, DIRTY_LAYOUT, DIRTY_PAINT } from './core/index.js';
export type { FrameDriver, FrameHost, PointerEvents, Rect, StageContext, StageOptions, StageStats, TapEvent } from './core/index.js';
// Layout
export { createYogaLayoutEngine } from './layout/index.js';
export type { Align, ComputedBox, Dimension, LayoutEngine, LayoutNode, LayoutStyle, MeasureFunction, MeasureMode, PaintStyle, Radii, Style, TextStyle } from './layout/index.js';
// Widgets
export { Button, Image, List, ScrollView, Text, View, paintBox } from './widgets/index.js';
export type { ButtonProps, ImageProps, ListProps, ListStats, ScrollToIndexOptions, ScrollViewProps } from './widgets/index.js';
export { SkinSlot, SkinView } from './widgets/index.js';
export type { SkinImage } from './widgets/index.js';
// Input
export { InputRouter, hitTest } from './input/index.js';
export type { InputRouterOptions, PointerSource, ViewportRect } from './input/index.js';
// Scrolling physics
export { RowLayout, Scroller, VelocityTracker } from './scroll/index.js';
export type { ScrollerOptions, ScrollerState, VisibleRange } from './scroll/index.js';
// Painting helpers
export { createTextMeasurer, drawImageFit, ellipsize, fontString, layoutText, pathCircle, pathRoundRect, splitGraphemes } from './paint/index.js';
export type { FontSpec, ImageFit, TextLayout, TextLayoutOptions, TextMeasurer } from './paint/index.js';
export { applyShadow, drawNineSlice, linearGradientFill, nineSlicePatches } from './paint/index.js';
export type { LinearGradient, NineSlicePatch, Shadow, SliceInsets } from './paint/index.js';
// Images
export { createImageLoader, drawPlaceholderAvatar, placeholderAvatar } from './images/index.js';
export type { ImageEntry, ImageHandle, ImageLoader, ImageLoaderOptions, ImageState, PlaceholderAvatar } from './images/index.js';
// Friend data
export { applySelfScore, formatScore, nextToSurpass, normalizeFriendList, parseScore, parseScoreFormat, rankFriends, viewWithSelfScore } from './data/index.js';
export type { Friend, RankedFriend, Ranking, RankingView, RankOrder, ScoreFormat, SurpassTarget } from './data/index.js';
// Themes
export { arcadeTheme, contrastRatio, darkTheme, lightTheme, isThemePresetName, parseColor, resolveTheme, themePresets, withAlpha } from './theme/index.js';
export type { AvatarShape, ResolvedTheme, ThemeOverrides, ThemePresetName, ThemeTokens } from './theme/index.js';
export { neonTheme, parchmentTheme } from './theme/index.js';
export type { ImageOverrides, ImageSkinValue, ThemeEffects, ThemeGradient, ThemeImage, ThemeImages, ThemeShadow, ThemeSlice, ThemeStroke } from './theme/index.js';
export type { EffectOverrides, GradientOverrides, GradientToken, ImageSlot, MedalRank } from './theme/index.js';
export type { TextStroke } from './layout/index.js';
// Host port
export { HostError, createConsoleSink, detectOpenDataHost, createOpenDataHost } from './host/index.js';
export type { Canvas2D, HostInspection, MemberPresence, OpenDataHost, PlatformCanvas, PlatformImage, PointerPhase, RawOpenDataApi, RawSystemInfoFacts, ShareToUserOptions } from './host/index.js';
// Device report (the `diagnostics` panel): probes and what the app records
export { probeHostApis, probeInterpreter, probePromiseJobs, probeRuntime } from './diagnostics/index.js';
export type {
  CanvasFacts,
  DiagnosticsSource,
  FrameFacts,
  FriendResultShape,
  GlobalPresence,
  HostApiFacts,
  HostApiName,
  InterpreterHint,
  KeyCount,
  LayoutFacts,
  MessageFacts,
  ProbeTimers,
  PromiseJobTiming,
  RuntimeFacts,
  StageFacts,
  TouchFacts,
  TouchPath,
  ViewportFacts,
} from './diagnostics/index.js';
// Protocol (types shared with the main domain)
export { parseMessage, NAMESPACE, PROTOCOL_VERSION } from './protocol/index.js';
export type { Message, MessageType, ParseResult, PlainObject, ProtocolError } from './protocol/index.js';
