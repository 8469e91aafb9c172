/**
 * Theme tokens → widget styles. Every colour, size and font a prebuilt panel draws comes from here,
 * so `onThemeChange` can restyle existing nodes in place with `setStyle` (no rebuild).
 */
import type { ButtonProps, ImageProps, Style, ThemeTokens } from '../../src/index.js';
import {
  BUTTON_HEIGHT,
  BUTTON_MIN_WIDTH,
  BUTTON_PADDING_X,
  DIVIDER_PX,
  RANK_BADGE_SIZE,
  RANK_COLUMN_WIDTH,
  ROUNDED_AVATAR_FRACTION,
  SELF_MARK_PX,
} from './constants.js';
import { readableOn } from './readableOn.js';
import { selfRowBackground, shareButtonShades } from './accentShades.js';
import type { ShareButtonState } from './accentShades.js';
import { buttonEffects, buttonSkins } from './skinStyles.js';

export type { ShareButtonState } from './accentShades.js';

/** The title bar across the top. */
export function titleBarStyle(t: ThemeTokens): Style {
  return {
    height: t.metrics.titleHeight,
    flexDirection: 'row',
    alignItems: 'center',
    paddingHorizontal: t.metrics.padding,
    backgroundColor: t.colors.surface,
    flexShrink: 0,
  };
}

/** The title text (grows, one line). */
export function titleTextStyle(t: ThemeTokens): Style {
  return {
    flexGrow: 1,
    flexShrink: 1,
    maxLines: 1,
    color: t.colors.text,
    fontFamily: t.font.family,
    fontSize: t.font.sizeTitle,
    fontWeight: t.font.weightBold,
  };
}

/** The small secondary text on the right of the title bar (refresh indicator). */
export function captionStyle(t: ThemeTokens): Style {
  return {
    flexShrink: 0,
    marginLeft: t.metrics.gap,
    maxLines: 1,
    color: t.colors.textSecondary,
    fontFamily: t.font.family,
    fontSize: t.font.sizeSmall,
    fontWeight: t.font.weightNormal,
  };
}

/** A full-width hairline. */
export function dividerStyle(t: ThemeTokens): Style {
  return { height: DIVIDER_PX, flexShrink: 0, backgroundColor: t.colors.divider };
}

/**
 * Where a row's name starts, in logical px from the row's left edge: after the padding, the rank
 * column (leaderboard rows only) and the avatar.
 */
export function rowNameInset(t: ThemeTokens, withRank: boolean, rankWidth = RANK_COLUMN_WIDTH): number {
  const m = t.metrics;
  return m.padding + (withRank ? rankWidth + m.gap : 0) + m.avatarSize + m.gap;
}

/**
 * The hairline between rows: like iOS lists, it starts under the name (so ranks and avatars
 * stand free) and runs to the right edge. Skeleton rows use the same inset, so the list does not
 * shift when data arrives. `pinned` moves it to the top, full width (the pinned player row sits
 * over the list and needs an edge).
 */
export function rowDividerStyle(t: ThemeTokens, withRank: boolean, pinned = false, rankWidth = RANK_COLUMN_WIDTH): Style {
  return {
    position: 'absolute',
    left: pinned ? 0 : rowNameInset(t, withRank, rankWidth),
    right: 0,
    top: pinned ? 0 : undefined,
    bottom: pinned ? undefined : 0,
    height: DIVIDER_PX,
    backgroundColor: t.colors.divider,
  };
}

/**
 * The accent mark on the left edge of the player's own row, hidden on other rows by opacity (a paint
 * key), so a recycled row that switches between the player and a friend runs no layout.
 */
export function selfMarkStyle(t: ThemeTokens, isSelf: boolean): Style {
  return {
    position: 'absolute',
    left: 0,
    top: 0,
    bottom: 0,
    width: SELF_MARK_PX,
    backgroundColor: t.colors.accent,
    opacity: isSelf ? undefined : 0,
  };
}

/** A friend row; `highlighted` for the player's own row. */
export function rowStyle(t: ThemeTokens, highlighted: boolean): Style {
  return {
    flexDirection: 'row',
    alignItems: 'center',
    height: t.metrics.rowHeight,
    paddingHorizontal: t.metrics.padding,
    backgroundColor: highlighted ? selfRowBackground(t) : t.colors.surface,
  };
}

/** The medal colour of a rank (1-3), if any. */
export function medalColor(t: ThemeTokens, rank: number | undefined): string | undefined {
  if (rank === 1) return t.colors.medalGold;
  if (rank === 2) return t.colors.medalSilver;
  if (rank === 3) return t.colors.medalBronze;
  return undefined;
}

/** The fixed-width rank column (`width`: see `rankColumnWidth`). */
export function rankColumnStyle(t: ThemeTokens, width = RANK_COLUMN_WIDTH): Style {
  return { width, marginRight: t.metrics.gap, flexShrink: 0, alignItems: 'center', justifyContent: 'center' };
}

/** The rank badge: a medal circle for the top three, plain otherwise. */
export function rankBadgeStyle(t: ThemeTokens, rank: number | undefined): Style {
  const medal = medalColor(t, rank);
  return {
    minWidth: RANK_BADGE_SIZE,
    height: RANK_BADGE_SIZE,
    paddingHorizontal: 2,
    borderRadius: RANK_BADGE_SIZE / 2,
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: medal,
  };
}

/** The rank number (readable on its medal). */
export function rankTextStyle(t: ThemeTokens, rank: number | undefined): Style {
  const medal = medalColor(t, rank);
  return {
    maxLines: 1,
    textAlign: 'center',
    fontFamily: t.font.family,
    fontSize: medal === undefined ? t.font.sizeBody : t.font.sizeSmall + 1,
    fontWeight: t.font.weightBold,
    color: medal === undefined ? t.colors.textSecondary : readableOn(medal, [t.colors.surface, t.colors.text, t.colors.background]),
  };
}

/**
 * The medal disc of a list row's rank column: a fixed box whatever the rank, so a rebind never moves
 * anything (the number is drawn over it by {@link rowRankTextStyle}).
 */
export function rowRankBadgeStyle(t: ThemeTokens, rank: number | undefined): Style {
  return { width: RANK_BADGE_SIZE, height: RANK_BADGE_SIZE, borderRadius: RANK_BADGE_SIZE / 2, backgroundColor: medalColor(t, rank) };
}

/**
 * A list row's rank number: laid over the whole rank column and centred in it, so its box does not
 * depend on the number (centred on the medal as before: the disc is centred in the column).
 */
export function rowRankTextStyle(t: ThemeTokens, rank: number | undefined): Style {
  return { ...rankTextStyle(t, rank), position: 'absolute', left: 0, right: 0, top: 0, bottom: 0 };
}

/**
 * A list row's score: right-aligned in a box that spans from where the name starts to the row's content
 * edge (vertically centred like the name), so its box does not depend on the score; the name leaves
 * room for it when painted (see `RowNameText`).
 */
export function rowScoreStyle(t: ThemeTokens, hasScore: boolean, rankWidth = RANK_COLUMN_WIDTH): Style {
  const { flexShrink: _shrink, marginLeft: _margin, ...text } = scoreTextStyle(t, hasScore);
  return { ...text, position: 'absolute', left: rowNameInset(t, true, rankWidth), right: t.metrics.padding };
}

/** The avatar box. */
export function avatarStyle(t: ThemeTokens): Style {
  const size = t.metrics.avatarSize;
  const radius = t.avatarShape === 'rounded' ? Math.round(size * ROUNDED_AVATAR_FRACTION) : 0;
  return { width: size, height: size, flexShrink: 0, marginRight: t.metrics.gap, borderRadius: radius };
}

/** The avatar's corner radius drawn as a plain box (a skeleton's stand-in): half its size for a circle. */
export function avatarBoxRadius(t: ThemeTokens): number {
  return t.avatarShape === 'circle' ? t.metrics.avatarSize / 2 : Number(avatarStyle(t).borderRadius ?? 0);
}

/** The avatar clip shape for the theme's `avatarShape`. */
export function avatarProps(t: ThemeTokens): Pick<ImageProps, 'shape' | 'fontFamily' | 'frame'> {
  return { shape: t.avatarShape === 'circle' ? 'circle' : 'rect', fontFamily: t.font.family, frame: t.images.avatarFrame };
}

/** The nickname (one line, ellipsis, takes the free width). */
export function nameTextStyle(t: ThemeTokens, isSelf: boolean): Style {
  return {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    maxLines: 1,
    color: t.colors.text,
    fontFamily: t.font.family,
    fontSize: t.font.sizeBody,
    fontWeight: isSelf ? t.font.weightBold : t.font.weightNormal,
  };
}

/** The score, right-aligned after the name. */
export function scoreTextStyle(t: ThemeTokens, hasScore: boolean): Style {
  return {
    flexShrink: 0,
    marginLeft: t.metrics.gap,
    maxLines: 1,
    textAlign: 'right',
    color: hasScore ? t.colors.text : t.colors.textSecondary,
    fontFamily: t.font.family,
    fontSize: t.font.sizeBody,
    fontWeight: t.font.weightBold,
  };
}

/** A row's trailing note (e.g. "Update TikTok to share"). */
export function noteTextStyle(t: ThemeTokens): Style {
  return {
    flexShrink: 1,
    marginLeft: t.metrics.gap,
    maxLines: 1,
    textAlign: 'right',
    color: t.colors.textSecondary,
    fontFamily: t.font.family,
    fontSize: t.font.sizeSmall,
  };
}

/** The box of a share or retry button in a given state. */
export function buttonStyle(t: ThemeTokens, state: ShareButtonState): Style {
  return {
    height: BUTTON_HEIGHT,
    minWidth: BUTTON_MIN_WIDTH,
    paddingHorizontal: BUTTON_PADDING_X,
    marginLeft: t.metrics.gap,
    flexShrink: 0,
    borderRadius: t.metrics.buttonRadius,
    backgroundColor: state === 'failed' ? shareButtonShades(t).failed.background : shareButtonShades(t).idle.background,
    ...buttonEffects(t, state),
  };
}

/** The label colour a button shows in a state (readable on that state's background; see `shareButtonShades`). */
export function buttonLabelColor(t: ThemeTokens, state: ShareButtonState): string {
  return shareButtonShades(t)[state].text;
}

/** Colours and label style of a button in a given state (disabled while sending and once sent). */
export function buttonProps(t: ThemeTokens, state: ShareButtonState): Omit<ButtonProps, 'label' | 'onPress'> {
  const shades = shareButtonShades(t);
  const color = shades[state].text;
  return {
    disabled: state === 'sending' || state === 'sent',
    pressedColor: t.colors.buttonPressed,
    disabledColor: shades[state].background,
    disabledTextColor: color,
    labelStyle: { color, fontFamily: t.font.family, fontSize: t.font.sizeSmall + 1, fontWeight: t.font.weightBold },
    ...buttonSkins(t, state),
  };
}

/** A grey placeholder block of a loading row. */
export function skeletonStyle(t: ThemeTokens, width: number | `${number}%`, height: number, round: boolean): Style {
  return { width, height, flexShrink: 0, borderRadius: round ? height / 2 : t.metrics.radius / 3, backgroundColor: t.colors.skeleton };
}
