/**
 * `friendcanvas`: the open data domain toolkit, for panel authors. Every export is listed by name;
 * `test/publicApi.test.ts` asserts the runtime names and `api/friendcanvas.api.md` the declarations
 * (types included), so an API change is a visible diff.
 *
 * What belongs here: what a panel author writes with: the app and the panel contract, the widget tree
 * (`Node`, `Stage`, the widgets, their props and events), styles and the layout engine a game may
 * pass, the paint helpers a custom widget's `paintSelf` calls, friend data helpers, themes, the device
 * report's probes, the host port and the protocol types; and every type a signature here mentions, so
 * it can be named. What does not: the machinery that runs under the widgets (frame scheduling and
 * dirty bits, input routing and hit testing, scroll physics and row virtualization, creating the text
 * measurer or the image loader), in `friendcanvas/engine`. A new export goes to the engine unless a
 * panel or a custom widget cannot be written without it.
 */
// App runtime and panel contract
export { createOpenDataApp } from './app/index.js';
export type { FriendDataSnapshot, FriendDataStatus, InitialTheme, OpenDataApp, OpenDataAppOptions, Panel, PanelClock, PanelContext, PanelDefinition } from './app/index.js';
// The widget tree
export { Node, Stage } from './core/index.js';
export type { FrameHost, PointerEvents, Rect, StageContext, StageOptions, StageStats, TapEvent } from './core/index.js';
// Layout
export { createYogaLayoutEngine } from './layout/index.js';
export type { Align, ComputedBox, Dimension, LayoutEngine, LayoutNode, LayoutStyle, MeasureFunction, MeasureMode, PaintStyle, Radii, Style, TextStyle } from './layout/index.js';
// Widgets
export { BalancedText, Button, Image, List, ScrollView, Text, View, measureTextOn, paintBox } from './widgets/index.js';
export type { ButtonProps, ImageProps, ListProps, ListStats, ScrollToIndexOptions, ScrollViewProps } from './widgets/index.js';
export { SkinSlot, SkinView } from './widgets/index.js';
export type { SkinImage } from './widgets/index.js';
// Scrolling state a ScrollView or List reports
export type { ScrollerState, VisibleRange } from './scroll/index.js';
// Painting helpers
export { drawImageFit, ellipsize, fontString, layoutText, pathCircle, pathRoundRect, splitGraphemes } from './paint/index.js';
export type { FontSpec, ImageFit, TextLayout, TextLayoutOptions, TextMeasurer } from './paint/index.js';
export { applyShadow, drawNineSlice, linearGradientFill, nineSlicePatches } from './paint/index.js';
export type { LinearGradient, NineSlicePatch, Shadow, SliceInsets } from './paint/index.js';
// Images
export { drawPlaceholderAvatar, placeholderAvatar } from './images/index.js';
export type { ImageHandle, ImageLoader, ImageState, PlaceholderAvatar } from './images/index.js';
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
