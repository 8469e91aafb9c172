/**
 * End-to-end in Debian's Chromium: the simulator's engine switch (the sample game drives the real
 * dist/openDataContext/index.js as Cocos Creator 3, LayaAir 3 and Unity do: it sizes the shared
 * canvas and posts the engine's own viewport message), and the README's "Without a bundler" recipe
 * run as classic scripts on the simulated client (`client.html`). Taps are real mouse clicks on the
 * game screen, which the simulated client turns into platform touches.
 *
 * Without /usr/bin/chromium the suite is skipped with a console message, except under CI=true
 * where it fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFriends } from '../../demo/src/shell/demoFriends.js';
import { CLOSE_BUTTON, LIST_VIEWPORT } from '../../demo/src/game/constants.js';
import type { DemoScript } from './demoScript.js';
import { probe, runsE2e, useSimulator } from './simulatorSuite.js';
import { shareButtons } from './shareButtons.js';

/** Per-test limit, in ms: above the simulator's own 20 s settle limit, so its diagnostics surface first. */
const TEST_TIMEOUT_MS = 45_000;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface EngineCase {
  engine: 'cocos' | 'laya' | 'unity';
  label: string;
  /** Extra settings of the simulator. */
  query: string;
  /** The size the engine gives the shared canvas (the open data domain must keep it). */
  canvas: { width: number; height: number };
  /** The engine's own message placing the share panel at the list viewport, exactly as posted. */
  place: unknown;
  /** The engine's own message hiding it, exactly as posted. */
  hide: unknown;
  /** Where the panel (the stage) is on screen, logical px: the engine's fit of the canvas in the viewport. */
  stage: Rect;
}

const V = LIST_VIEWPORT;
/** Cocos shows its 640×960 design resolution whole and centred in the 335×476 node ("show all"). */
const COCOS_SCALE = Math.min(V.width / 640, V.height / 960);

const CASES: EngineCase[] = [
  {
    engine: 'cocos',
    label: 'Cocos Creator 3 (SubContextView)',
    query: '',
    canvas: { width: 640, height: 960 },
    place: { fromEngine: true, type: 'engine', event: 'viewport', x: V.x, y: V.y, width: V.width, height: V.height },
    hide: { ns: 'friendcanvas', v: 1, type: 'hide' },
    stage: { x: V.x + (V.width - 640 * COCOS_SCALE) / 2, y: V.y + (V.height - 960 * COCOS_SCALE) / 2, width: 640 * COCOS_SCALE, height: 960 * COCOS_SCALE },
  },
  {
    engine: 'laya',
    label: 'LayaAir 3 (OpenDataContextView)',
    query: '',
    // The component covers the viewport in the game's 750-wide design units: 2× the logical size.
    canvas: { width: V.width * 2, height: V.height * 2 },
    place: { type: 'updateViewPort', box: { x: V.x, y: V.y, width: V.width, height: V.height } },
    hide: { type: 'close' },
    stage: V,
  },
  {
    engine: 'unity',
    label: 'Unity (ShowOpenData, JSON text)',
    query: '&pr=3',
    canvas: { width: V.width * 3, height: V.height * 3 },
    place: JSON.stringify({ type: 'WXRender', x: V.x * 3, y: V.y * 3, width: V.width * 3, height: V.height * 3, devicePixelRatio: 3 }),
    hide: JSON.stringify({ type: 'WXDestroy' }),
    stage: V,
  },
];

async function tap(page: Page, x: number, y: number): Promise<void> {
  const p = (await page.evaluate(`globalThis.__demo.toClient(${x}, ${y})`)) as { x: number; y: number };
  await page.mouse.click(p.x, p.y);
}

/** A message as the ODC reads it: JSON text parsed, objects as they are. */
function decoded(message: unknown): unknown {
  return typeof message === 'string' ? (JSON.parse(message) as unknown) : message;
}

function typeOf(message: unknown): unknown {
  const m = decoded(message);
  return typeof m === 'object' && m !== null ? Reflect.get(m, 'type') : undefined;
}

/** The fenced `lang` code block of a README section (from its heading to the next heading). */
function readmeBlock(heading: string, lang: string): string {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README: no section "${heading}"`);
  const section = readme.slice(start + heading.length + 2).split(/\n#{2,3} /)[0] ?? '';
  const code = section.split(`\`\`\`${lang}\n`)[1]?.split('```')[0];
  if (code === undefined) throw new Error(`README: no \`\`\`${lang} block in "${heading}"`);
  return code;
}

describe.skipIf(!runsE2e)('simulator engines and the plain-JS recipe in Chromium', { timeout: TEST_TIMEOUT_MS }, () => {
  const sim = useSimulator('fc-e2e-engines-');
  let script: DemoScript;
  beforeAll(() => {
    script = sim.script();
  });

  function open(path: string, query: string): Promise<Page> {
    return sim.open(query, path);
  }

  for (const c of CASES) {
    it(`SIMENG1 ${c.label}: the game sizes the shared canvas and posts the engine's own messages; the panel draws at that size, never resized, and a native tap on row 2's Share shares with that friend`, async () => {
      const page = await open('', `engine=${c.engine}&panel=share&friends=5${c.query}`);
      const state = await probe(page, (d) => ({ shared: d.shared(), messages: d.messages, warnings: d.warnings, drawRect: d.drawRect(), query: d.query() }));
      expect(state.query).toContain(`engine=${c.engine}`);
      expect(state.shared).toMatchObject(c.canvas);
      expect(state.shared.hash).not.toBe(0);
      expect(state.warnings).toEqual([]);
      // The engine's message places the panel; no protocol viewport is sent; the panel is chosen with `show`.
      expect(state.messages).toContainEqual(c.place);
      expect(state.messages.filter((m) => typeOf(m) === 'viewport')).toEqual([]);
      const shows = state.messages.filter((m) => typeOf(m) === 'show');
      expect(shows.map(decoded)).toEqual([expect.objectContaining({ ns: 'friendcanvas', v: 1, panel: 'share' })]);
      expect(shows.every((m) => typeof m === (c.engine === 'unity' ? 'string' : 'object'))).toBe(true);
      // The game draws the canvas where the engine shows it (Cocos: whole and centred in the node).
      expect(state.drawRect?.x).toBeCloseTo(c.stage.x, 6);
      expect(state.drawRect?.y).toBeCloseTo(c.stage.y, 6);
      expect(state.drawRect?.width).toBeCloseTo(c.stage.width, 6);
      expect(state.drawRect?.height).toBeCloseTo(c.stage.height, 6);

      const { friends, selfOpenid } = demoFriends(5, 7);
      const target = (await shareButtons(friends, selfOpenid, c.stage.width, c.stage.height))[1];
      if (target === undefined) throw new Error('E2E: the share panel laid out fewer than 2 buttons');
      expect(target.openid).not.toBe(selfOpenid);
      await tap(page, c.stage.x + target.rect.x + target.rect.width / 2, c.stage.y + target.rect.y + target.rect.height / 2);
      await page.waitForFunction('globalThis.__demo.shareCalls.length > 0 && globalThis.__demo.shareCalls[0].status !== "pending"');
      await script.waitSettled(page);
      const calls = await probe(page, (d) => d.shareCalls.map((s) => ({ openid: s.openid, status: s.status, duringInput: s.duringInput })));
      expect(calls).toEqual([{ openid: target.openid, status: 'sent', duringInput: true }]);
      expect(await probe(page, (d) => d.shared())).toMatchObject(c.canvas);

      // The game's close button hides the panel with the engine's own message; the canvas is cleared.
      await tap(page, CLOSE_BUTTON.x, CLOSE_BUTTON.y);
      await page.waitForFunction('globalThis.__demo.panel() === undefined');
      await script.waitSettled(page);
      const hidden = await probe(page, (d) => ({ hash: d.shared().hash, last: d.messages[d.messages.length - 1], warnings: d.warnings }));
      expect(hidden).toEqual({ hash: 0, last: c.hide, warnings: [] });
    });
  }

  it('SIMENG2 the engine switch in the side panel restarts the simulator with that engine (native touches implied)', async () => {
    const page = await open('', 'panel=leaderboard');
    expect(await page.isChecked('#engine-none')).toBe(true);
    expect(await probe(page, (d) => d.messages.filter((m) => typeof m === 'object' && m !== null && Reflect.get(m, 'type') === 'viewport').length)).toBe(1);
    await Promise.all([page.waitForEvent('load'), page.click('label[for=engine-laya]')]);
    await page.waitForFunction('globalThis.__demo !== undefined && globalThis.__demo.ready');
    await script.waitSettled(page);
    expect(new URL(page.url()).searchParams.get('engine')).toBe('laya');
    expect(await page.isChecked('#engine-laya')).toBe(true);
    expect(await page.isChecked('#client-nativeTouches')).toBe(true);
    expect(await page.isDisabled('#client-nativeTouches')).toBe(true);
    const state = await probe(page, (d) => ({ shared: d.shared(), messages: d.messages }));
    expect(state.shared).toMatchObject({ width: V.width * 2, height: V.height * 2 });
    expect(state.shared.hash).not.toBe(0);
    expect(state.messages).toContainEqual({ type: 'updateViewPort', box: { x: V.x, y: V.y, width: V.width, height: V.height } });
  });

  it("SIMJS1 the README's plain-JavaScript recipe runs as classic scripts on the simulated client: the global friendcanvas shows the leaderboard's rows, and a forwarded tap on a Share button calls shareToUser", async () => {
    const recipe = readmeBlock('### Without a bundler', 'js');
    expect(recipe).toContain('friendcanvas.createPanelController()');
    expect(recipe).toContain('panels.forwardTouches();');
    const page = await open('client.html', 'friends=5');
    expect(await page.evaluate('typeof friendcanvas')).toBe('undefined');
    await page.addScriptTag({ url: '/dist/global/friendcanvas-main.js' });
    expect(await page.evaluate('typeof friendcanvas.createPanelController')).toBe('function');
    await page.addScriptTag({ content: recipe });
    await script.waitSettled(page);
    const shown = await probe(page, (d) => ({ shared: d.shared(), calls: d.calls(), messages: d.messages, warnings: d.warnings }));
    const viewport = shown.messages.find((m) => typeOf(m) === 'viewport') as Rect | undefined;
    expect(viewport).toMatchObject({ x: 20, y: 120, width: 335, height: 480 });
    expect(shown.messages).toContainEqual(expect.objectContaining({ type: 'show', panel: 'leaderboard' }));
    expect(shown.shared.hash).not.toBe(0);
    expect(shown.calls.friendQueries).toBe(1);
    // Each drawn row asks for its friend's avatar; an empty, loading or error state asks for none.
    expect(shown.calls.images).toBeGreaterThanOrEqual(5);
    expect(shown.warnings).toEqual([]);

    // The game's next step with the recipe's `panels` (a classic script's global binding): the share list.
    await page.addScriptTag({ content: "panels.show('share', { imageUrl: 'images/card.png' });" });
    await script.waitSettled(page);
    const { friends } = demoFriends(5, 7);
    const box = viewport ?? V;
    // The recipe sets no self: every friend, the player included, gets a Share button.
    const target = (await shareButtons(friends, '', box.width, box.height))[1];
    if (target === undefined) throw new Error('E2E: the share panel laid out fewer than 2 buttons');
    await tap(page, box.x + target.rect.x + target.rect.width / 2, box.y + target.rect.y + target.rect.height / 2);
    await page.waitForFunction('globalThis.__demo.shareCalls.length > 0 && globalThis.__demo.shareCalls[0].status !== "pending"');
    const calls = await probe(page, (d) => d.shareCalls.map((s) => ({ openid: s.openid, status: s.status, duringInput: s.duringInput })));
    expect(calls).toEqual([{ openid: target.openid, status: 'sent', duringInput: true }]);
  });
});
