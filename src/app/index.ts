export { DEFAULT_PLACEHOLDER, MAX_QUEUED_MESSAGES, WARNINGS_PER_WINDOW, WARNING_WINDOW_MS } from './constants.js';
export { createOpenDataApp } from './createOpenDataApp.js';
export type { OpenDataApp, OpenDataAppOptions } from './createOpenDataApp.js';
export type { FriendDataSnapshot, FriendDataStatus, Panel, PanelClock, PanelContext, PanelDefinition } from './Panel.js';
export type { InitialTheme } from './AppTheme.js';
