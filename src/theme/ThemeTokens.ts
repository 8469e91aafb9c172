import type { EffectOverrides, GradientOverrides, GradientToken, ImageOverrides, ThemeEffects, ThemeGradient, ThemeImages } from './ThemeSkin.js';

/** Names of the colour tokens; every value is a CSS colour string accepted by `parseColor`. */
export type ColorToken =
  | 'background'
  | 'surface'
  | 'text'
  | 'textSecondary'
  | 'accent'
  | 'accentText'
  | 'divider'
  | 'selfHighlight'
  | 'medalGold'
  | 'medalSilver'
  | 'medalBronze'
  | 'buttonBackground'
  | 'buttonText'
  | 'buttonPressed'
  | 'buttonDisabled'
  | 'buttonDisabledText'
  | 'buttonSuccess'
  | 'buttonError'
  | 'skeleton'
  | 'scrollbar'
  | 'overlay';

/** Names of the numeric font tokens: sizes in logical px, weights as CSS numeric weights (100-900). */
export type FontNumberToken = 'sizeTitle' | 'sizeBody' | 'sizeSmall' | 'weightBold' | 'weightNormal';

/** Names of the metric tokens, all in logical px. */
export type MetricToken =
  | 'rowHeight'
  | 'padding'
  | 'gap'
  | 'radius'
  | 'avatarSize'
  | 'titleHeight'
  | 'buttonRadius'
  | 'scrollbarWidth'
  | 'cardPadding';

/** How avatars are clipped. */
export type AvatarShape = 'circle' | 'rounded' | 'square';

/** Colour tokens. */
export type ThemeColors = Readonly<Record<ColorToken, string>>;

/** Font tokens: a CSS font-family list plus sizes (logical px) and weights. */
export type ThemeFont = Readonly<Record<FontNumberToken, number> & { family: string }>;

/** Metric tokens in logical px. */
export type ThemeMetrics = Readonly<Record<MetricToken, number>>;

/** A complete theme: every token present and valid. */
export interface ThemeTokens {
  readonly colors: ThemeColors;
  readonly font: ThemeFont;
  readonly metrics: ThemeMetrics;
  readonly avatarShape: AvatarShape;
  /** Image skins (empty in the presets: every preset is drawn). */
  readonly images: ThemeImages;
  /** Gradients painted instead of some colour tokens. */
  readonly gradients: Readonly<Partial<Record<GradientToken, ThemeGradient>>>;
  /** Drawn effects: card shadow and border, button shadow and border, medal ring, text outline and shadow. */
  readonly effects: ThemeEffects;
}

/** A partial theme as games send it (e.g. in a `theme` message); validated by `resolveTheme`. */
export interface ThemeOverrides {
  colors?: Partial<Record<ColorToken, string>>;
  font?: Partial<Record<FontNumberToken, number | 'normal' | 'bold'> & { family: string }>;
  metrics?: Partial<Record<MetricToken, number>>;
  avatarShape?: AvatarShape;
  images?: ImageOverrides;
  gradients?: GradientOverrides;
  effects?: EffectOverrides;
}
