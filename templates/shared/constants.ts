import type { ScoreFormat } from '../../src/index.js';

/** Number of skeleton rows drawn while friend data loads. */
export const SKELETON_ROWS = 6;
/** Rank badge (medal circle) diameter, logical px. */
export const RANK_BADGE_SIZE = 28;
/** Width of the rank column (fits "999" in a body font), logical px. */
export const RANK_COLUMN_WIDTH = 36;
/** Height of a share button, logical px. */
export const BUTTON_HEIGHT = 32;
/** Minimum width of a share button so 'Share' / 'Sent' / 'Retry' do not make it jump, logical px. */
export const BUTTON_MIN_WIDTH = 76;
/** Horizontal padding inside a share button, logical px. */
export const BUTTON_PADDING_X = 14;
/** Divider thickness, logical px. */
export const DIVIDER_PX = 1;
/** Skeleton bar height for the name line, logical px. */
export const SKELETON_BAR_HEIGHT = 12;
/**
 * Skeleton name bar widths, as shares of the row width, cycled over the skeleton rows: varied
 * lengths read as "names loading" where equal bars read as a striped pattern.
 */
export const SKELETON_NAME_WIDTHS: readonly `${number}%`[] = ['46%', '34%', '40%', '28%', '43%', '31%'];
/** Opacity lost per skeleton row, so the placeholder list fades towards the loading caption (0-1). */
export const SKELETON_FADE_STEP = 0.12;
/** Width of the skeleton bar standing in for a plain rank number, logical px. */
export const SKELETON_RANK_WIDTH = 16;
/** Skeleton score bar width, logical px. */
export const SKELETON_SCORE_WIDTH = 48;
/** Avatar corner radius for the `rounded` avatar shape, as a fraction of the avatar size. */
export const ROUNDED_AVATAR_FRACTION = 0.25;
/** Longest label string accepted from options (characters); longer strings are cut with a warning. */
export const MAX_LABEL_LENGTH = 200;
/** Longest share card title/subtitle accepted (characters). */
export const MAX_SHARE_TEXT_LENGTH = 200;
/**
 * Widest line of a state view's headline and hint, logical px: short lines balance a two-line
 * hint instead of leaving one word alone on the second line.
 */
export const STATE_TEXT_MAX_WIDTH = 280;
/** Diameter of the illustrated badge above a state view's headline, logical px. */
export const STATE_ICON_SIZE = 64;
/**
 * Flex weights of the space above and below a state view's block: 2:3 puts the block at the
 * optical centre, slightly above the geometric one (a block at the exact centre looks low).
 */
export const STATE_SPACE_ABOVE = 2;
/** See {@link STATE_SPACE_ABOVE}. */
export const STATE_SPACE_BELOW = 3;
/** Share of the text colour mixed into the surface for a state badge's background (0-1). */
export const STATE_ICON_TINT = 0.07;
/** Height of the Retry button of a full state view (a page's one action, larger than row buttons), logical px. */
export const STATE_BUTTON_HEIGHT = 38;
/** Minimum width of the Retry button of a full state view, logical px. */
export const STATE_BUTTON_MIN_WIDTH = 120;
/** Width of the accent mark on the left edge of the player's own row, logical px. */
export const SELF_MARK_PX = 3;
/** Contrast ratio under which a text colour is considered unreadable on a badge (WCAG large text). */
export const MIN_BADGE_CONTRAST = 3;
/** Longest accepted cloud storage key (platform limit, PLATFORM.md "Limits"), characters. */
export const MAX_SCORE_KEY_LENGTH = 128;
/** Longest accepted share card image URL, characters (data URLs of small cards fit). */
export const MAX_IMAGE_URL_LENGTH = 64 * 1024;
/** Default score format of the leaderboard and surpass banner: whole numbers with thousands separators. */
export const DEFAULT_SCORE_FORMAT: Readonly<ScoreFormat> = Object.freeze({ kind: 'integer', grouping: true });
/** Contrast ratio every label keeps on a derived shade (WCAG 2 AA for body text, 1.4.3). */
export const MIN_LABEL_CONTRAST = 4.5;
/**
 * Smallest CIE76 ΔE between two states that must read as different at a glance (share button states,
 * the player's row and a plain row); about 4 just-noticeable differences.
 */
export const MIN_STATE_DISTANCE = 10;
/** Share of a state colour mixed into the surface for a quiet ("tonal") button, 0-1. */
export const TONAL_BUTTON_TINT = 0.2;
/**
 * Shares of the accent (then of the text colour) mixed into the surface for the player's row when the
 * theme's own tint is unreadable or too faint, tried in order, 0-1.
 */
export const SELF_ROW_TINTS: readonly number[] = [0.14, 0.11, 0.08, 0.18, 0.22];
/** Room kept on each side of the widest rank in the rank column, logical px. */
export const RANK_TEXT_INSET_PX = 2;
/**
 * Row metrics tried in order when a panel is too narrow for the theme's (each value a ceiling: a
 * theme already tighter keeps its own), logical px: the theme's own, tighter padding and gaps, then
 * smaller avatars. See `fitRow`.
 */
export const FIT_LEVELS: ReadonlyArray<Readonly<Partial<Record<'padding' | 'gap' | 'avatarSize', number>>>> = [
  {},
  { padding: 12, gap: 10 },
  { padding: 10, gap: 8, avatarSize: 32 },
  { padding: 8, gap: 6, avatarSize: 26 },
  { padding: 6, gap: 4, avatarSize: 22 },
];
/** A panel shorter than this (landscape) gets shorter rows and title bar, logical px. */
export const SHORT_PANEL_HEIGHT_PX = 400;
/** Ceilings of the row and title heights of a short panel, logical px (4+ rows in a 300 px panel). */
export const SHORT_PANEL_METRICS: Readonly<Partial<Record<'rowHeight' | 'titleHeight', number>>> = { rowHeight: 52, titleHeight: 44 };
/** Graphemes of a name that stay readable however narrow the panel (`fitRow`'s goal). */
export const NAME_MIN_GRAPHEMES = 4;
/** Most tabs a leaderboard shows (more are ignored with a warning). */
export const MAX_TABS = 4;
/** Most extra score columns a leaderboard row shows (more are ignored with a warning). */
export const MAX_EXTRA_COLUMNS = 2;
/** Height of the leaderboard's tab bar, logical px. */
export const TAB_BAR_HEIGHT = 40;
/** Thickness of the selected tab's underline, logical px. */
export const TAB_INDICATOR_PX = 3;
/** Height of the caption row over extra columns, logical px. */
export const COLUMN_HEADER_HEIGHT = 26;
/** Least room kept above and below an avatar in a fitted (short) row, logical px. */
export const AVATAR_ROW_MARGIN_PX = 8;
