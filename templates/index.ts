/**
 * friendcanvas templates: prebuilt panels (friend leaderboard, share list, surpass banner, device
 * report) written
 * only against the public API of `src/`. Register them with `createOpenDataApp({ panels: builtinPanels })`
 * and open them from the game with `show` messages; every visible string comes from `labels`.
 */
import type { PanelDefinition } from '../src/index.js';
import { diagnosticsPanel } from './diagnostics/diagnosticsPanel.js';
import { leaderboardPanel } from './leaderboard/leaderboardPanel.js';
import { sharePanel } from './share/sharePanel.js';
import { surpassPanel } from './surpass/surpassPanel.js';

export { diagnosticsPanel } from './diagnostics/diagnosticsPanel.js';
export { DIAGNOSTICS_LABELS } from './diagnostics/DiagnosticsOptions.js';
export type { DiagnosticsLabels, DiagnosticsOptions } from './diagnostics/DiagnosticsOptions.js';
export { leaderboardPanel } from './leaderboard/leaderboardPanel.js';
export { LEADERBOARD_LABELS } from './leaderboard/LeaderboardOptions.js';
export type { LeaderboardOptions } from './leaderboard/LeaderboardOptions.js';
export { sharePanel } from './share/sharePanel.js';
export { SHARE_LABELS } from './share/ShareOptions.js';
export type { ShareOptions } from './share/ShareOptions.js';
export { ShareTracker } from './share/ShareTracker.js';
export type { ShareButtonState } from './shared/themeStyles.js';
export { surpassPanel } from './surpass/surpassPanel.js';
export type { SurpassOptions } from './surpass/SurpassOptions.js';
export { DEFAULT_LABELS } from './shared/PanelLabels.js';
export type { PanelLabels } from './shared/PanelLabels.js';

/**
 * Every prebuilt panel, ready for `createOpenDataApp`.
 *
 * @example
 * createOpenDataApp({ panels: builtinPanels, theme: 'dark' });
 */
export const builtinPanels: readonly PanelDefinition[] = Object.freeze([leaderboardPanel, sharePanel, surpassPanel, diagnosticsPanel]);
