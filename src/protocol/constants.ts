/**
 * Protocol v1 constants and limits. Limits bound the work a message can cause in the open data
 * domain (a hostile or buggy sender must not stall a frame), so every one carries its unit.
 */

/** The namespace every v1 message carries in its `ns` field. */
export const NAMESPACE = 'friendcanvas';

/** The protocol version every message carries in its `v` field. */
export const PROTOCOL_VERSION = 1;

/** The panel a TikTok-guide alias (`showFriendList`, bare `show`, `command: 'render'`) opens. */
export const DEFAULT_ALIAS_PANEL = 'share';

/** Largest viewport width or height, in screen logical px (no phone screen is anywhere near). */
export const MAX_VIEWPORT_SIZE_PX = 100_000;

/** Longest message accepted as JSON text (Unity's `PostMessage` sends strings), in UTF-16 code units. */
export const MAX_JSON_MESSAGE_CHARS = 65_536;

/** Largest device pixel ratio accepted (physical px per logical px). */
export const MAX_PIXEL_RATIO = 8;

/** Longest panel name or theme preset name, in UTF-16 code units. */
export const MAX_NAME_CHARS = 64;

/** Deepest nesting of an options/tokens object; the object itself is depth 1. */
export const MAX_OBJECT_DEPTH = 4;

/** Most keys in one options/tokens object, counted over all nesting levels. */
export const MAX_OBJECT_KEYS = 200;

/** Longest string value inside an options/tokens object, in UTF-16 code units. */
export const MAX_OBJECT_STRING_CHARS = 2048;

/** Longest key inside an options/tokens object, in UTF-16 code units. */
export const MAX_OBJECT_KEY_CHARS = 128;

/** Longest score key, in UTF-16 code units (the byte limit is enforced by the controller). */
export const MAX_SCORE_KEY_CHARS = 128;

/** Longest string score value, in UTF-16 code units. */
export const MAX_SCORE_STRING_CHARS = 1024;

/** Longest openid, in UTF-16 code units. */
export const MAX_OPENID_CHARS = 128;

/** Largest absolute wheel delta, in logical px. */
export const MAX_WHEEL_DELTA_PX = 100_000;

/** Keys never copied out of a payload object: they could reach or rewrite a prototype. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Object keys shown verbatim in error field paths; others appear as `[#index]` so payload data is never echoed. */
export const SAFE_PATH_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,31}$/;

/**
 * The theme presets the open data domain knows: the one list (`src/theme`'s `themePresets` is typed by it,
 * and the game's controller checks names against it without pulling in the theme module).
 */
export const THEME_PRESET_NAMES = Object.freeze(['light', 'dark', 'arcade', 'neon', 'parchment'] as const);

/** The touch phases of a `pointer` message, of native ODC touches and of the input router. */
export const POINTER_PHASES = Object.freeze(['start', 'move', 'end', 'cancel'] as const);
