import { createConsoleSink, detectMainHost } from '../host/index.js';
import { MainPanelController } from './MainPanelController.js';
import type { PanelController, PanelControllerOptions } from './PanelController.js';

/**
 * Creates the game-side controller of the open data domain's panels. Without `options.host` the
 * platform is detected (`GameGlobal.tt`, `tt`, `TTMinis.game`, `wx`); when none is found this
 * throws, since nothing could ever be shown.
 *
 * @example
 * const panels = createPanelController({ viewport: { x: 20, y: 120, width: 335, height: 480 } });
 * panels.forwardTouches();
 * panels.setSelf(openidFromMyServer);
 * await panels.authorize(); // inside a tap handler
 * panels.show('leaderboard', { scoreKey: 'best' });
 * // each frame while shown: draw the shared canvas at the same rect
 */
export function createPanelController(options: PanelControllerOptions = {}): PanelController {
  const host = options.host ?? detectMainHost();
  if (host === undefined) {
    throw new Error(
      'createPanelController: no main-domain platform found (tt, GameGlobal.tt, TTMinis.game or wx with getOpenDataContext); pass { host }',
    );
  }
  // The default sink looks the console up when warning (a console replaced later, e.g. by tests, is
  // used) and never throws, even without a console.
  const warn = options.warn ?? createConsoleSink(globalThis);
  const controller = new MainPanelController(host, warn, { canvasOwner: options.canvasOwner, fit: options.fit });
  if (options.viewport !== undefined) {
    const { pixelRatio, ...rect } = options.viewport;
    controller.setViewport(rect, pixelRatio);
  }
  return controller;
}
