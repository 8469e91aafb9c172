/** Warnings allowed per window before further ones are counted and suppressed. */
export const WARNINGS_PER_WINDOW = 5;
/** Length of a warning window, ms. */
export const WARNING_WINDOW_MS = 10_000;
/** Messages kept while an asynchronous `layout` option loads; older pointer moves are dropped first. */
export const MAX_QUEUED_MESSAGES = 64;
/** Name shown for friends without one. */
export const DEFAULT_PLACEHOLDER = 'TikTok Player';
/** Drawn when no layout engine could load (a `show`'s `labels.error` replaces it). */
export const NO_LAYOUT_MESSAGE = 'Friends list unavailable. Please try again later.';
/** The error state's message when a panel's code failed (a `show`'s `labels.panelError` replaces it). */
export const PANEL_ERROR_MESSAGE = 'Something went wrong.';
/** The error state's button (a `show`'s `labels.retry` replaces it). */
export const PANEL_ERROR_RETRY = 'Retry';
