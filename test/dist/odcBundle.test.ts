/**
 * Tests what ships: the built `dist/openDataContext/index.js` runs in a bare `vm` context whose only
 * globals are the simulated TikTok host (`tt`) and `console` (no `WebAssembly`, no code generation
 * from strings, as on a device), and draws on a real raster canvas (@napi-rs/canvas). `npm test`
 * builds dist/ first. strictHost.test.ts and jitless.test.ts go further.
 */
import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { opaquePixels } from '../helpers/canvasPixels.js';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';
import type { SimulatedHostOptions } from '../../src/testing/index.js';

const BUNDLE = fileURLToPath(new URL('../../dist/openDataContext/index.js', import.meta.url));

async function boot(options: { friends?: number; sim?: Partial<SimulatedHostOptions> } = {}) {
  const canvas = createCanvas(300, 400);
  const sim = createSimulatedHost({
    canvas: canvas as unknown as PlatformCanvas,
    createImage: () => new NapiImage() as unknown as PlatformImage,
    friends: generateFriends(options.friends ?? 30, { seed: 7 }),
    images: () => 'error',
    clock: 'manual',
    ...options.sim,
  });
  const warnings: string[] = [];
  const console = { warn: (m: string) => warnings.push(String(m)), log: () => {}, error: (m: string) => warnings.push(String(m)) };
  const context = createContext({ tt: sim.odcGlobal, console, WebAssembly: undefined }, { codeGeneration: { strings: false, wasm: false } });
  runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'openDataContext/index.js' });
  // The app starts synchronously (yoga is plain JavaScript): it listens as soon as the script ran.
  const post = (m: object) => sim.mainGlobal.getOpenDataContext!().postMessage(m);
  const settle = async (ms = 1000) => {
    for (let i = 0; i < ms / 50; i++) {
      sim.advance(50);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { canvas, sim, post, settle, warnings };
}

describe('the built ODC bundle', () => {
  it('DIST0 the bundle exists (npm test builds it; run `npm run build` first)', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('DIST7 private members are renamed (yoga glue ones kept), and no source names one in a string', () => {
    // The build renames `_name` properties (esbuild mangleProps); a member reached through a string
    // (`o['_x']`, `'_x' in o`, defineProperty) would keep its name and miss the renamed one.
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const quoted: string[] = [];
    const names = new Set<string>();
    for (const dir of ['src', 'templates']) {
      for (const file of readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts') || file.startsWith('yoga/generated')) continue;
        const text = readFileSync(`${root}${dir}/${file}`, 'utf8');
        for (const m of text.matchAll(/(['"])_[^_\W]\w*\1/g)) quoted.push(`${dir}/${file}: ${m[0]}`);
        for (const m of text.matchAll(/\bthis\._([^_\W]\w*)/g)) names.add(`_${m[1]}`);
      }
    }
    expect(quoted).toEqual([]);
    expect(names.size).toBeGreaterThan(100);
    // Renamed members are at most three characters long (`_a`, `ab`): longer source names must be gone,
    // but for names yoga's generated code also holds (the build keeps every one of those).
    const yoga = readdirSync(`${root}src/yoga/generated`).filter((f) => f.endsWith('.js')).map((f) => readFileSync(`${root}src/yoga/generated/${f}`, 'utf8')).join('\n');
    const bundle = readFileSync(BUNDLE, 'utf8');
    const kept = [...names].filter((name) => name.length > 3 && !new RegExp(`(?<![\\w$])${name}\\b`).test(yoga) && new RegExp(`[\\w$)\\]]\\.${name}\\b`).test(bundle));
    expect(kept).toEqual([]);
    expect(bundle).toMatch(/\._malloc\b/);
  });

  it('DIST1 runs in a bare vm context with only the host globals and draws the panel the game shows', async () => {
    const { canvas, sim, post, settle, warnings } = await boot();
    expect(sim.messageListenerCount()).toBe(1);
    expect(opaquePixels(canvas)).toBe(0);
    post({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 300, height: 400, pixelRatio: 1 });
    post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard', options: { scoreKey: 'score' } });
    await settle();
    expect(sim.calls.friendQueries.length).toBe(1);
    // The panel covers the canvas: most pixels are painted.
    expect(opaquePixels(canvas)).toBeGreaterThan(300 * 400 * 0.5);
    expect(warnings.filter((w) => /error/i.test(w))).toEqual([]);
  });

  it('DIST2 a game written from TikTok\'s guide ({command: "render"}) gets the share panel drawn', async () => {
    const { canvas, sim, post, settle } = await boot();
    post({ command: 'render' });
    await settle();
    expect(sim.calls.friendQueries.length).toBe(1);
    expect(opaquePixels(canvas)).toBeGreaterThan(1000);
    post({ command: 'hide' });
    await settle();
    expect(opaquePixels(canvas)).toBe(0);
  });

  it('DIST3 malformed messages are ignored with a warning and never throw out of onMessage', async () => {
    const { post, settle, warnings, sim } = await boot();
    expect(() => post({ ns: 'friendcanvas', v: 9, type: 'show' })).not.toThrow();
    expect(() => post({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 'a' })).not.toThrow();
    await settle();
    expect(warnings.some((w) => /ignored message: v: expected 1/.test(w))).toBe(true);
    expect(sim.calls.friendQueries.length).toBe(0);
  });

  it('DIST4 nothing is requested from requestAnimationFrame while idle', async () => {
    const { sim, post, settle } = await boot();
    post({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 300, height: 400, pixelRatio: 1 });
    post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' });
    // Avatars fail here (images: 'error') and are retried with backoff: wait past the retries.
    await settle(5000);
    expect(sim.calls.images.length).toBeGreaterThan(0);
    const before = sim.calls.rafRequests;
    await settle(5000);
    expect(sim.pendingFrames()).toBe(0);
    expect(sim.calls.rafRequests).toBe(before);
  });

  it.each(['message', 'native'] as const)(
    'DIST6 with the whole state re-sent every frame, 40 taps on Share send 40 times (%s input)',
    async (path) => {
      // Every share fails, so each tap on the same button sends again (Retry).
      const { sim, post, settle } = await boot({
        sim: { failures: { share: { errMsg: 'shareToUser:fail cancel' } }, nativeTouches: path === 'native' },
      });
      const v1 = (m: object) => post({ ns: 'friendcanvas', v: 1, ...m });
      const resync = () => {
        v1({ type: 'viewport', x: 0, y: 0, width: 300, height: 400, pixelRatio: 1 });
        v1({ type: 'theme', preset: 'dark' });
        v1({ type: 'show', panel: 'share', options: { imageUrl: 'https://cdn.example/card.png' } });
      };
      let id = 0;
      const touch = (phase: 'start' | 'end', x: number, y: number) => {
        if (path === 'native') sim.touch(phase, id, x, y);
        else v1({ type: 'pointer', phase, id, x, y });
      };
      resync();
      await settle(1000);
      // The bundle's nodes are out of reach: find a Share button by tapping down the right edge.
      const x = 250;
      const hits: number[] = [];
      for (let y = 40; y < 400 && (hits.length === 0 || hits.at(-1)! >= y - 4); y += 4) {
        const before = sim.calls.shares.length;
        id++;
        touch('start', x, y);
        touch('end', x, y);
        await settle(100);
        if (sim.calls.shares.length > before) hits.push(y);
      }
      expect(hits.length).toBeGreaterThan(2);
      const y = hits[Math.floor(hits.length / 2)]!;
      const openid = sim.calls.shares.at(-1)!.openid;
      sim.resetCalls();
      for (let tap = 0; tap < 40; tap++) {
        id++;
        touch('start', x, y);
        for (let frame = 0; frame < 3; frame++) {
          resync();
          sim.advance(16.67);
        }
        touch('end', x, y);
        resync();
        await settle(50);
      }
      expect(sim.calls.shares).toHaveLength(40);
      expect(sim.calls.shares.every((s) => s.openid === openid && s.duringInput)).toBe(true);
    },
    60_000,
  );
});
