/** Constants of the simulator chrome (the simulated client around the game). */

/** The simulated phone screen, in logical px (an iPhone 8-sized portrait screen). */
export const DEMO_SCREEN = { width: 375, height: 667 } as const;

/** Side of the shared canvas, in device px, when it refuses resizing (the "stretch" setting). */
export const FIXED_CANVAS_PX = 800;

/** The blank page the open data domain runs in (its own realm). */
export const SANDBOX_PAGE_URL = 'odc.html';

/** Where the server publishes the real open data domain bundle. */
export const ODC_SCRIPT_URL = '/dist/openDataContext/index.js';

/** Cloud storage key the sample game ranks by. */
export const SCORE_KEY = 'score';

/** Nickname given to the player's own record among the generated friends. */
export const SELF_NICKNAME = 'You (demo)';

/** How often the platform-call counters refresh, in ms. */
export const STATS_INTERVAL_MS = 250;

/** Most log lines kept on screen. */
export const MAX_LOG_LINES = 200;
