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
/** Skeleton name bar width as a share of the row's free width. */
export const SKELETON_NAME_WIDTH = '45%';
/** Skeleton score bar width, logical px. */
export const SKELETON_SCORE_WIDTH = 48;
/** Avatar corner radius for the `rounded` avatar shape, as a fraction of the avatar size. */
export const ROUNDED_AVATAR_FRACTION = 0.25;
/** Longest label string accepted from options (characters); longer strings are cut with a warning. */
export const MAX_LABEL_LENGTH = 200;
/** Longest share card title/subtitle accepted (characters). */
export const MAX_SHARE_TEXT_LENGTH = 200;
/** Width of the centred message block in state views, as a share of the panel. */
export const STATE_MESSAGE_WIDTH = '84%';
/** Contrast ratio under which a text colour is considered unreadable on a badge (WCAG large text). */
export const MIN_BADGE_CONTRAST = 3;
/** Longest accepted cloud storage key (platform limit, PLATFORM.md "Limits"), characters. */
export const MAX_SCORE_KEY_LENGTH = 128;
/** Longest accepted share card image URL, characters (data URLs of small cards fit). */
export const MAX_IMAGE_URL_LENGTH = 64 * 1024;
/** Default score format of the leaderboard and surpass banner: whole numbers with thousands separators. */
export const DEFAULT_SCORE_FORMAT: Readonly<ScoreFormat> = Object.freeze({ kind: 'integer', grouping: true });
