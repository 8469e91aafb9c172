/**
 * The skin token groups of a theme: image skins, gradients and drawn effects. Plain data (no
 * functions, no arrays) so they travel in `theme` messages; validated by `resolveTheme`.
 */

/** Where each image skin is drawn. `medals` (below) is a group of its own. */
export type ImageSlot =
  | 'panel'
  | 'header'
  | 'row'
  | 'rowAlt'
  | 'rowSelf'
  | 'button'
  | 'buttonPressed'
  | 'buttonDisabled'
  | 'avatarFrame';

/** The ranks that wear a medal image. Keys of `images.medals` (messages cannot carry arrays). */
export type MedalRank = 1 | 2 | 3;

/**
 * Nine-slice insets in source-image px: the corners (`left`×`top` …) are drawn unscaled, the edges
 * stretch along one axis and the centre along both.
 */
export interface ThemeSlice {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** A resolved image skin: what `createImage` loads, and its nine-slice insets (none: stretched whole). */
export interface ThemeImage {
  readonly src: string;
  readonly slice?: ThemeSlice;
}

/** Resolved image skins; a slot without an image is drawn with the colour tokens. */
export type ThemeImages = Readonly<Partial<Record<ImageSlot, ThemeImage>>> & {
  readonly medals?: Readonly<Partial<Record<MedalRank, ThemeImage>>>;
};

/**
 * An image skin as games send it: a URL or package path, or `{src, slice}` for a nine-slice image.
 * `null` (or `''`) removes an image a preset or an earlier message set.
 */
export type ImageSkinValue = string | { src: string; slice?: Partial<Record<keyof ThemeSlice, number>> } | null;

/** The `images` group of {@link ThemeOverrides}. */
export type ImageOverrides = Partial<Record<ImageSlot, ImageSkinValue>> & {
  medals?: Partial<Record<MedalRank, ImageSkinValue>>;
};

/** A two-stop linear gradient: `from` → `to` along `angle` (CSS degrees: 180 runs top to bottom). */
export interface ThemeGradient {
  readonly from: string;
  readonly to: string;
  readonly angle: number;
}

/**
 * Colour tokens that may be painted with a gradient instead. The colour token stays the truth for
 * contrast checks, derived shades and hosts without `createLinearGradient`.
 */
export type GradientToken =
  | 'background'
  | 'surface'
  | 'selfHighlight'
  | 'buttonBackground'
  | 'buttonPressed'
  | 'medalGold'
  | 'medalSilver'
  | 'medalBronze';

/** A drop shadow or glow: colour, blur radius and offset, all in logical px. */
export interface ThemeShadow {
  readonly color: string;
  readonly blur: number;
  readonly x: number;
  readonly y: number;
}

/** An outline: colour and width in logical px. */
export interface ThemeStroke {
  readonly color: string;
  readonly width: number;
}

/** Effect tokens whose value is a shadow. */
export type ShadowEffect = 'cardShadow' | 'buttonShadow' | 'textShadow';
/** Effect tokens whose value is a stroke. */
export type StrokeEffect = 'cardBorder' | 'buttonBorder' | 'medalBorder' | 'textStroke';

/**
 * Drawn effects: the panel card's shadow and border, the buttons' shadow and border, a ring around
 * medals, and an outline and shadow on display texts (the title, plain rank numbers, scores).
 */
export type ThemeEffects = Readonly<Partial<Record<ShadowEffect, ThemeShadow> & Record<StrokeEffect, ThemeStroke>>>;

/** The `effects` group of {@link ThemeOverrides}; `null` removes an effect. */
export type EffectOverrides = Partial<
  Record<ShadowEffect, { color: string; blur?: number; x?: number; y?: number } | null> &
    Record<StrokeEffect, { color: string; width: number } | null>
>;

/** The `gradients` group of {@link ThemeOverrides}; `null` removes a gradient. */
export type GradientOverrides = Partial<Record<GradientToken, { from: string; to: string; angle?: number } | null>>;
