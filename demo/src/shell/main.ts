/**
 * The simulator page: boots the simulated TikTok client (sandboxed open data domain + sim), starts
 * the sample game on it, binds the controls and the log, and exposes `window.__demo` for the
 * end-to-end tests and the screenshot command.
 */
import type { SimulatedHost } from '../../../src/testing/index.js';
import type { DomCanvas, DomEvent, DomIFrame, DomPointerEvent, DomWheelEvent } from '../dom.js';
import { byId, pageWindow, setGlobal } from '../dom.js';
import { SampleGame } from '../game/SampleGame.js';
import { WHEEL_LINE_PX } from '../game/constants.js';
import { bootSandbox } from './bootSandbox.js';
import { DEMO_SCREEN, SCORE_KEY, STATS_INTERVAL_MS } from './constants.js';
import { Controls } from './Controls.js';
import { createDemoApi } from './DemoApi.js';
import { parseConfig } from './DemoConfig.js';
import { EventLog } from './EventLog.js';

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

  const screen = byId<DomCanvas>('screen');
  let controls: Controls | undefined;
  const game = new SampleGame({
    canvas: screen,
    win,
    pixelRatio: config.pixelRatio,
    selfOpenid: sandbox.selfOpenid,
    best: selfBest(sandbox.sim),
    onPanelChange: (panel) => controls?.showPanel(panel ?? 'none'),
    onError: (message) => log.addWarning(`game: ${message}`),
  });
  game.setTheme(config.theme, config.accent);
  controls = new Controls(config, {
    panel: (panel) => game.openPanel(panel === 'none' ? undefined : panel),
    theme: (theme, accent) => game.setTheme(theme, accent),
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
  bindScreenInput(screen, sandbox.sim, game);
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

/**
 * The simulated client's input: DOM pointer events on the phone screen become platform touches of
 * the main domain (`sim.touch`), in screen logical px; the game forwards them through
 * `friendcanvas/main`. A desktop wheel goes to the game, which forwards it too.
 */
function bindScreenInput(screen: DomCanvas, sim: SimulatedHost, game: SampleGame): void {
  const active = new Set<number>();
  const logical = (ev: { clientX: number; clientY: number }): { x: number; y: number } => {
    const r = screen.getBoundingClientRect();
    return { x: ((ev.clientX - r.left) * DEMO_SCREEN.width) / r.width, y: ((ev.clientY - r.top) * DEMO_SCREEN.height) / r.height };
  };
  const send = (phase: 'start' | 'move' | 'end' | 'cancel', raw: DomEvent): void => {
    const ev = raw as DomPointerEvent;
    if (phase === 'start') {
      if (ev.button !== 0) return;
      active.add(ev.pointerId);
      screen.setPointerCapture?.(ev.pointerId);
    } else if (!active.has(ev.pointerId)) {
      return;
    }
    if (phase === 'end' || phase === 'cancel') active.delete(ev.pointerId);
    ev.preventDefault();
    const p = logical(ev);
    try {
      sim.touch(phase, ev.pointerId, p.x, p.y);
    } catch (err) {
      pageWindow().setTimeout(() => {
        throw err;
      }, 0);
    }
  };
  screen.addEventListener('pointerdown', (ev) => send('start', ev));
  screen.addEventListener('pointermove', (ev) => send('move', ev));
  screen.addEventListener('pointerup', (ev) => send('end', ev));
  screen.addEventListener('pointercancel', (ev) => send('cancel', ev));
  screen.addEventListener(
    'wheel',
    (raw) => {
      const ev = raw as DomWheelEvent;
      ev.preventDefault();
      const p = logical(ev);
      const dy = ev.deltaMode === 1 ? ev.deltaY * WHEEL_LINE_PX : ev.deltaMode === 2 ? ev.deltaY * DEMO_SCREEN.height : ev.deltaY;
      game.wheel(p.x, p.y, dy);
    },
    { passive: false },
  );
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
