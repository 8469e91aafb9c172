/**
 * Theme skin tokens (images, gradients, effects) → widget styles and props. Kept apart from
 * themeStyles.ts, whose functions spread these in, so the colour rules and the skin rules each live
 * in one place.
 */
import type { ButtonProps, GradientToken, SkinImage, Style, ThemeTokens } from '../../src/index.js';
import type { ShareButtonState } from './themeStyles.js';

/** The gradient painted instead of a colour token, if the theme has one. */
export function gradientOf(t: ThemeTokens, token: GradientToken): Style['backgroundGradient'] {
  return t.gradients[token];
}

/**
 * How far the card's shadow reaches past its edge, logical px: the card is inset by this much so the
 * shadow is drawn inside the canvas (0 without a shadow: the card fills the canvas).
 */
export function cardInset(t: ThemeTokens): number {
  const s = t.effects.cardShadow;
  return s === undefined ? 0 : Math.ceil(s.blur + Math.max(Math.abs(s.x), Math.abs(s.y)));
}

/**
 * A surface drawn inside the panel card (title bar, list, state views): its colour and gradient, or
 * nothing with a panel image, whose art the surface would hide.
 */
export function surfaceFill(t: ThemeTokens): Pick<Style, 'backgroundColor' | 'backgroundGradient'> {
  if (t.images.panel !== undefined) return { backgroundColor: undefined, backgroundGradient: undefined };
  return { backgroundColor: t.colors.surface, backgroundGradient: gradientOf(t, 'surface') };
}

/**
 * Outline and shadow of display texts drawn on the panel's surfaces: the title, rank numbers without
 * a medal, scores. Labels on buttons and numbers on medals are drawn plain: their fill gives them
 * contrast, and an effect chosen for the surface (a paper emboss, a glow) would blur them.
 */
export function displayTextEffects(t: ThemeTokens): Pick<Style, 'textStroke' | 'textShadow'> {
  return { textStroke: t.effects.textStroke, textShadow: t.effects.textShadow };
}

const MEDAL_GRADIENTS: Readonly<Record<1 | 2 | 3, GradientToken>> = { 1: 'medalGold', 2: 'medalSilver', 3: 'medalBronze' };

/** Which medal a rank wears (1-3), if any. */
function medalRank(rank: number | undefined): 1 | 2 | 3 | undefined {
  return rank === 1 || rank === 2 || rank === 3 ? rank : undefined;
}

/** A medal's gradient and ring (nothing for ranks without a medal). */
export function medalEffects(t: ThemeTokens, rank: number | undefined): Pick<Style, 'backgroundGradient' | 'borderWidth' | 'borderColor'> {
  const medal = medalRank(rank);
  const ring = medal === undefined ? undefined : t.effects.medalBorder;
  return {
    backgroundGradient: medal === undefined ? undefined : gradientOf(t, MEDAL_GRADIENTS[medal]),
    borderWidth: ring?.width,
    borderColor: ring?.color,
  };
}

/** A medal's image skin, if the theme has one for this rank. */
export function medalSkin(t: ThemeTokens, rank: number | undefined): SkinImage | undefined {
  const medal = medalRank(rank);
  return medal === undefined ? undefined : t.images.medals?.[medal];
}

/** The image skin of a friend row: the player's, the alternate one (odd rows) or the plain one. */
export function rowSkin(t: ThemeTokens, isSelf: boolean, alternate: boolean): SkinImage | undefined {
  const i = t.images;
  if (isSelf) return i.rowSelf ?? i.row;
  return alternate ? (i.rowAlt ?? i.row) : i.row;
}

/**
 * A friend row's own fill: only the player's tinted row (with its gradient) and the pinned copy (which
 * covers the rows under it) fill their box; other rows are drawn over the list's surface, which saves
 * a fill per row per scroll frame.
 */
export function rowSurfaceStyle(t: ThemeTokens, style: Style, isSelf: boolean, pinned: boolean): Style {
  if (isSelf) return { ...style, backgroundGradient: gradientOf(t, 'selfHighlight') };
  return pinned ? { ...style, backgroundGradient: gradientOf(t, 'surface') } : { ...style, backgroundColor: undefined, backgroundGradient: undefined };
}

/** The rank column's medal (colour style plus gradient and ring), its image, and its number's style. */
export function rowRankStyles(t: ThemeTokens, rank: number | undefined, badge: Style, text: Style): { badge: Style; skin: SkinImage | undefined; text: Style } {
  // A number on a medal is drawn plain: the disc gives it contrast, a glow or outline would blur it.
  const effects = medalRank(rank) === undefined ? displayTextEffects(t) : { textStroke: undefined, textShadow: undefined };
  return { badge: { ...badge, ...medalEffects(t, rank) }, skin: medalSkin(t, rank), text: { ...text, ...effects } };
}

/** A button's gradient, shadow and border in a state (the error state keeps its solid colour). */
export function buttonEffects(t: ThemeTokens, state: ShareButtonState): Pick<Style, 'backgroundGradient' | 'boxShadow' | 'borderWidth' | 'borderColor'> {
  const border = t.effects.buttonBorder;
  return {
    backgroundGradient: state === 'failed' ? undefined : gradientOf(t, 'buttonBackground'),
    boxShadow: state === 'sending' ? undefined : t.effects.buttonShadow,
    borderWidth: border?.width,
    borderColor: border?.color,
  };
}

/**
 * A button's pressed gradient and image skins in a state. "Sent" keeps the success colour (a
 * disabled-looking image would hide that the share worked); "Retry" keeps the error colour.
 */
export function buttonSkins(t: ThemeTokens, state: ShareButtonState): Pick<ButtonProps, 'pressedGradient' | 'skin' | 'pressedSkin' | 'disabledSkin'> {
  const i = t.images;
  const plain = state === 'idle';
  return {
    pressedGradient: gradientOf(t, 'buttonPressed'),
    skin: plain ? i.button : undefined,
    pressedSkin: plain ? i.buttonPressed : undefined,
    disabledSkin: state === 'sending' ? i.buttonDisabled : undefined,
  };
}
