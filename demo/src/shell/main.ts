/**
 * The simulator page: boots the simulated TikTok client (sandboxed open data domain + sim), starts
 * the sample game on it, binds the controls and the log, and exposes `window.__demo` for the
 * end-to-end tests and the screenshot command.
 */
import type { SimulatedHost } from '../../../src/testing/index.js';
import type { DomCanvas, DomIFrame } from '../dom.js';
import { byId, pageWindow, setGlobal } from '../dom.js';
import { SampleGame } from '../game/SampleGame.js';
import { bindScreenInput } from './bindScreenInput.js';
import { bootSandbox } from './bootSandbox.js';
import { SCORE_KEY, STATS_INTERVAL_MS } from './constants.js';
import { Controls } from './Controls.js';
import { createDemoApi } from './DemoApi.js';
import { parseConfig } from './DemoConfig.js';
import { EventLog } from './EventLog.js';
import { watchMessages } from './watchMessages.js';

async function main(): Promise<void> {
  const win = pageWindow();
  const config = parseConfig(win.location.search);
  const log = new EventLog();
  const api = createDemoApi(config);
  setGlobal(win, '__demo', api);

  const sandbox = await bootSandbox(byId<DomIFrame>('odc-sandbox'), config, {
    onShare: (entry) => {
      api.shareCalls.push(entry);
      log.addShare(entry);
    },
    onShareSettled: (entry) => log.updateShare(entry),
    onWarn: (message) => {
      api.warnings.push(message);
      log.addWarning(message);
    },
  });
  // The game's platform global: the main-domain half of the simulated client.
  setGlobal(win, 'tt', sandbox.sim.mainGlobal);
  watchMessages(sandbox.sim, (message) => {
    api.messages.push(message);
    log.addMessage(message);
  });

  const screen = byId<DomCanvas>('screen');
  let controls: Controls | undefined;
  const game = new SampleGame({
    canvas: screen,
    win,
    pixelRatio: config.pixelRatio,
    selfOpenid: sandbox.selfOpenid,
    best: selfBest(sandbox.sim),
    engine: config.engine,
    onPanelChange: (panel) => controls?.showPanel(panel ?? 'none'),
    onError: (message) => log.addWarning(`game: ${message}`),
  });
  game.setSkin(config.skin, config.accent);
  controls = new Controls(config, {
    panel: (panel) => game.openPanel(panel === 'none' ? undefined : panel),
    skin: (skin, accent) => game.setSkin(skin, accent),
    friends: (count) => {
      sandbox.setFriendCount(count);
      game.controller.setSelf(sandbox.selfOpenid);
      game.controller.refresh();
    },
    latency: (ms) => sandbox.sim.setLatency(ms),
    pixelRatio: (pr) => game.setPixelRatio(pr),
    failure: (kind, on) => {
      if (kind === 'avatars') sandbox.setAvatarFailure(on);
      if (kind === 'share') sandbox.setShareFailure(on);
    },
    postScore: (value) => {
      game.postScore(value).catch((err: unknown) => log.addWarning(`game: ${String(err)}`));
    },
    refresh: () => game.controller.refresh(),
    scrollTo: (target) => game.controller.scrollTo(target),
  });
  bindScreenInput(screen, sandbox.sim, (x, y, deltaY) => game.wheel(x, y, deltaY));
  game.start();
  if (config.panel !== 'none') game.openPanel(config.panel);

  api.attach(sandbox, game, screen);
  const tick = (): void => {
    log.renderStats(sandbox.sim, api.isIdle());
    win.setTimeout(tick, STATS_INTERVAL_MS);
  };
  tick();
  byId('boot-status').textContent = '';
  api.ready = true;
}

/** The player's saved best score (the game's server would know it). */
function selfBest(sim: SimulatedHost): number {
  const value = Number(sim.userStorage().find((kv) => kv.key === SCORE_KEY)?.value);
  return Number.isFinite(value) ? value : 0;
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const status = pageWindow().document.getElementById('boot-status');
  if (status !== null) {
    status.textContent = `Could not start: ${message}`;
    status.classList.add('error');
  }
  const api = Reflect.get(pageWindow(), '__demo') as { error?: string } | undefined;
  if (api !== undefined) api.error = message;
  throw err;
});
