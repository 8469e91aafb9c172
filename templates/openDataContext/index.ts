/**
 * The ready open data domain entry: `dist/openDataContext/index.js`, a single script a game copies
 * into its `openDataContext/` folder. It detects the host (`GameGlobal.tt`, `tt`, `TTMinis.game`,
 * `wx`), registers the prebuilt panels and waits for the game's messages.
 */
import { createConsoleSink, createOpenDataApp } from '../../src/index.js';
import { builtinPanels } from '../index.js';

try {
  createOpenDataApp({ panels: builtinPanels });
} catch (err) {
  // No host (wrong domain, unit test without globals): say so once instead of throwing at load.
  createConsoleSink(globalThis)(`friendcanvas: open data domain not started: ${err instanceof Error ? err.message : String(err)}`);
}
