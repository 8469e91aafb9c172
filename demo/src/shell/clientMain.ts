/**
 * `client.html`: the simulated TikTok client with no game of its own. It boots the real open data
 * domain in the sandbox frame, installs the main-domain half of the simulator as the page's global
 * `tt`, turns pointer events on the screen into platform touches, and exposes `window.__demo` (panel
 * probes answer `undefined`). A game's classic scripts are added to the page afterwards, e.g. by
 * test/e2e/plainScript.e2e.test.ts: `dist/global/friendcanvas-main.js`, then the README's "Without a
 * bundler" recipe.
 */
import type { DomCanvas, DomIFrame } from '../dom.js';
import { byId, pageWindow, setGlobal } from '../dom.js';
import { bindScreenInput } from './bindScreenInput.js';
import { bootSandbox } from './bootSandbox.js';
import { createDemoApi } from './DemoApi.js';
import { parseConfig } from './DemoConfig.js';
import { watchMessages } from './watchMessages.js';

async function main(): Promise<void> {
  const win = pageWindow();
  const config = parseConfig(win.location.search);
  const api = createDemoApi(config);
  setGlobal(win, '__demo', api);
  const sandbox = await bootSandbox(byId<DomIFrame>('odc-sandbox'), config, {
    onShare: (entry) => api.shareCalls.push(entry),
    onShareSettled: () => undefined,
    onWarn: (message) => api.warnings.push(message),
  });
  setGlobal(win, 'tt', sandbox.sim.mainGlobal);
  watchMessages(sandbox.sim, (message) => api.messages.push(message));
  const screen = byId<DomCanvas>('screen');
  bindScreenInput(screen, sandbox.sim);
  api.attach(sandbox, undefined, screen);
  api.ready = true;
}

main().catch((err: unknown) => {
  const api = Reflect.get(pageWindow(), '__demo') as { error?: string } | undefined;
  if (api !== undefined) api.error = err instanceof Error ? err.message : String(err);
  throw err;
});
