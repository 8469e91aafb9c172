/**
 * ENGINE: the ODC side of each engine recipe, on the built bundle in a strict context. The engine sized
 * the canvas (never resized by us), posts its own viewport message, and the player taps a row's Share
 * button through native touches: the share goes to that row's friend.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateFriends } from '../../src/testing/index.js';
import { shareButtons } from '../e2e/shareButtons.js';
import { bootStrict } from './strictOdc.js';

/** The stage every recipe below ends up with, in logical px. */
const STAGE = { width: 320, height: 480 };
const SHOW = { ns: 'friendcanvas', v: 1, type: 'show', panel: 'share', options: { imageUrl: 'images/card.png' } };

interface Recipe {
  name: string;
  /** Backing-store size the engine gave the canvas. */
  canvas: { width: number; height: number };
  /** The engine's own message placing the canvas. */
  place: object;
  /** Where the stage's origin lands on screen, logical px. */
  origin: { x: number; y: number };
  /** The engine's message hiding it. */
  hide?: object;
}

const RECIPES: Recipe[] = [
  {
    // Design resolution 640×960 shown "show all" in a 400×480 node at (10, 50): scale 0.5, centred.
    name: 'Cocos Creator 3 (SubContextView)',
    canvas: { width: 640, height: 960 },
    place: { fromEngine: true, type: 'engine', event: 'viewport', x: 10, y: 50, width: 400, height: 480 },
    origin: { x: 50, y: 50 },
  },
  {
    name: 'LayaAir 3 (OpenDataContextView)',
    canvas: { width: 320, height: 480 },
    place: { type: 'updateViewPort', box: { x: 20, y: 30, width: 320, height: 480 } },
    origin: { x: 20, y: 30 },
    hide: { type: 'close' },
  },
  {
    // ShowOpenData(texture, 100, 200, 640, 960) on a DPR 2 phone: the SDK sizes the canvas 640×960.
    name: 'Unity (WeChat/TikTok SDK ShowOpenData)',
    canvas: { width: 640, height: 960 },
    place: { type: 'WXRender', x: 100, y: 200, width: 640, height: 960, devicePixelRatio: 2 },
    origin: { x: 50, y: 100 },
    hide: { type: 'WXDestroy' },
  },
];

describe('ENGINE recipes on the built bundle', () => {
  for (const r of RECIPES) {
    it(`ENGINE6 ${r.name}: placed by the engine's own message, canvas never resized, a native tap on Share shares with that row's friend`, async () => {
      const friends = generateFriends(60, { seed: 11 });
      const target = (await shareButtons(friends, '', STAGE.width, STAGE.height))[3]!;
      const odc = bootStrict({ friends, width: STAGE.width, height: STAGE.height, canvasSize: r.canvas, watchCanvasSize: true, sim: { nativeTouches: true } });
      odc.post(r.place);
      odc.post(SHOW);
      await odc.settle();
      expect(odc.sizeAssignments()).toBe(0);
      expect(odc.canvas.width).toBe(r.canvas.width);
      expect(odc.opaquePixels()).toBeGreaterThan(r.canvas.width * r.canvas.height * 0.9);
      const x = r.origin.x + target.rect.x + target.rect.width / 2;
      const y = r.origin.y + target.rect.y + target.rect.height / 2;
      odc.sim.touch('start', 1, x, y);
      odc.sim.touch('end', 1, x, y);
      expect(odc.sim.calls.shares.map((s) => [s.openid, s.duringInput])).toEqual([[target.openid, true]]);
      // The same message again (engines re-post on every move of their node) changes nothing.
      odc.post(r.place);
      await odc.settle(200);
      expect(odc.sizeAssignments()).toBe(0);
      if (r.hide !== undefined) {
        const frames = odc.sim.calls.rafRequests;
        odc.post(r.hide);
        await odc.settle(500);
        expect(odc.opaquePixels()).toBe(0);
        await odc.settle(1000);
        expect(odc.sim.pendingFrames()).toBe(0);
        expect(odc.sim.calls.rafRequests - frames).toBeLessThanOrEqual(1);
      }
      expect(odc.warnings).toEqual([]);
    });
  }

  it('ENGINE4 a collapsed engine rectangle keeps the panel drawn and maps no touches until a valid one arrives', async () => {
    const friends = generateFriends(30, { seed: 2 });
    const target = (await shareButtons(friends, '', STAGE.width, STAGE.height))[1]!;
    const odc = bootStrict({ friends, width: STAGE.width, height: STAGE.height, canvasSize: { width: 320, height: 480 }, sim: { nativeTouches: true } });
    const place = (w: number) => odc.post({ type: 'updateViewPort', box: { x: 0, y: 0, width: w, height: w === 0 ? 0 : 480 } });
    place(320);
    odc.post(SHOW);
    await odc.settle();
    const drawn = odc.opaquePixels();
    place(0);
    await odc.settle(200);
    expect(odc.opaquePixels()).toBe(drawn);
    const x = target.rect.x + target.rect.width / 2;
    const y = target.rect.y + target.rect.height / 2;
    odc.sim.touch('start', 1, x, y);
    odc.sim.touch('end', 1, x, y);
    expect(odc.sim.calls.shares).toEqual([]);
    place(320);
    odc.sim.touch('start', 2, x, y);
    odc.sim.touch('end', 2, x, y);
    expect(odc.sim.calls.shares.map((s) => s.openid)).toEqual([target.openid]);
    expect(odc.warnings).toEqual([]);
  });

  it('ENGINE5 malformed engine messages get one rate-limited warning each and change nothing; Cocos loop events are silent', async () => {
    const odc = bootStrict({ width: STAGE.width, height: STAGE.height, canvasSize: { width: 320, height: 480 }, watchCanvasSize: true });
    odc.post({ type: 'updateViewPort', box: { x: 0, y: 0, width: 320, height: 480 } });
    odc.post(SHOW);
    await odc.settle();
    const before = odc.pixels().slice();
    odc.post({ fromEngine: true, type: 'engine', event: 'mainLoop', value: false });
    expect(odc.warnings).toEqual([]);
    odc.post({ type: 'updateViewPort', box: { x: 'left', y: 0, width: 320, height: 480 } });
    odc.post({ type: 'WXRender', x: 0, y: 0, width: 320 });
    await odc.settle(200);
    expect(odc.warnings).toHaveLength(2);
    expect(odc.warnings[0]).toMatch(/ignored message: box\.x/);
    expect(odc.warnings[1]).toMatch(/ignored message: height/);
    expect(Buffer.from(odc.pixels()).equals(Buffer.from(before))).toBe(true);
    expect(odc.sizeAssignments()).toBe(0);
  });

  it('ENGINE8 Phaser 3 (README recipe, run as written on the classic main script): the panel sizes the canvas at the recipe\'s rectangle, the texture is refreshed each frame, and a tap arriving both natively and forwarded shares once', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const recipe = /\*\*Phaser 3[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(recipe, 'the README\'s Phaser recipe').toBeDefined();
    const viewport = /setViewport\(\{ x: (\d+), y: (\d+), width: (\d+), height: (\d+) \}\)/.exec(recipe!)!.slice(1).map(Number) as [number, number, number, number];
    const [vx, vy, vw, vh] = viewport;
    const friends = generateFriends(60, { seed: 13 });
    const target = (await shareButtons(friends, '', vw, vh))[2]!;
    const odc = bootStrict({
      friends,
      width: vw,
      height: vh,
      canvasSize: { width: 1, height: 1 },
      sim: { nativeTouches: true, systemInfo: { windowWidth: 375, windowHeight: 667, pixelRatio: 1 } },
    });
    // The game's main domain: the classic script, then the recipe with a Phaser scene as `this`.
    const refreshes: number[] = [];
    const images: Array<{ x: number; y: number; origin?: number; size?: [number, number] }> = [];
    const postUpdate: Array<() => void> = [];
    const scene = {
      tt: odc.sim.mainGlobal,
      console: { warn: (m: unknown) => odc.warnings.push(String(m)), log: () => undefined },
      textures: {
        addCanvas: (_key: string, canvas: unknown) => {
          expect(canvas).toBe(odc.sim.mainGlobal.getOpenDataContext!().canvas);
          return { refresh: () => void refreshes.push(1) };
        },
      },
      add: {
        image: (x: number, y: number) => {
          const shown: (typeof images)[number] = { x, y };
          images.push(shown);
          const image = {
            setOrigin: (o: number) => ((shown.origin = o), image),
            setDisplaySize: (w: number, h: number) => ((shown.size = [w, h]), image),
          };
          return image;
        },
      },
      events: { on: (name: string, fn: () => void) => void (name === 'postupdate' && postUpdate.push(fn)) },
    };
    const main = createContext(scene);
    runInContext(readFileSync(fileURLToPath(new URL('../../dist/global/friendcanvas-main.js', import.meta.url)), 'utf8'), main);
    runInContext(recipe!, main);
    odc.sim.flush();
    await odc.settle();
    // The recipe draws the texture where it told the panel it is.
    expect(images).toEqual([{ x: vx, y: vy, origin: 0, size: [vw, vh] }]);
    expect(odc.canvas.width).toBe(vw);
    expect(odc.canvas.height).toBe(vh);
    expect(odc.opaquePixels()).toBeGreaterThan(vw * vh * 0.9);
    postUpdate.forEach((fn) => fn());
    expect(refreshes).toHaveLength(1);
    // One tap, seen by the open data domain's own listeners and forwarded by forwardTouches().
    const x = vx + target.rect.x + target.rect.width / 2;
    const y = vy + target.rect.y + target.rect.height / 2;
    const posted = odc.sim.calls.postMessages;
    odc.sim.touch('start', 1, x, y);
    odc.sim.touch('end', 1, x, y);
    expect(odc.sim.calls.postMessages - posted).toBe(2);
    odc.sim.flush();
    await odc.settle(300);
    expect(odc.sim.calls.shares.map((s) => [s.openid, s.duringInput])).toEqual([[target.openid, true]]);
    expect(odc.warnings).toEqual([]);
  });
});

