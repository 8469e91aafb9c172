/**
 * Theme tokens, presets, colour helpers, and validated merging of overrides. Pure, no I/O.
 */
export { arcadeTheme } from './arcadeTheme.js';
export { MIN_TEXT_CONTRAST } from './constants.js';
export { contrastRatio } from './contrastRatio.js';
export { darkTheme } from './darkTheme.js';
export { lightTheme } from './lightTheme.js';
export { neonTheme } from './neonTheme.js';
export { parchmentTheme } from './parchmentTheme.js';
export { parseColor } from './parseColor.js';
export { resolveTheme } from './resolveTheme.js';
export type { ResolvedTheme } from './resolveTheme.js';
export type { Rgba } from './Rgba.js';
export { isThemePresetName, themePresets } from './themePresets.js';
export type { ThemePresetName } from './themePresets.js';
export type {
  AvatarShape,
  ColorToken,
  FontNumberToken,
  MetricToken,
  ThemeColors,
  ThemeFont,
  ThemeMetrics,
  ThemeOverrides,
  ThemeTokens,
} from './ThemeTokens.js';
export type {
  EffectOverrides,
  GradientOverrides,
  GradientToken,
  ImageOverrides,
  ImageSkinValue,
  ImageSlot,
  MedalRank,
  ShadowEffect,
  StrokeEffect,
  ThemeEffects,
  ThemeGradient,
  ThemeImage,
  ThemeImages,
  ThemeShadow,
  ThemeSlice,
  ThemeStroke,
} from './ThemeSkin.js';
export { withFallbackFonts } from './withFallbackFonts.js';
export { toCssColor } from './toCssColor.js';
export { withAlpha } from './withAlpha.js';
