/**
 * Tests what ships: the built `dist/openDataContext/index.js` runs in a bare `vm` context whose only
 * globals are the simulated TikTok host (`tt`) and `console` (no `WebAssembly`, no code generation
 * from strings, as on a device), and draws on a real raster canvas (@napi-rs/canvas). `npm test`
 * builds dist/ first. strictHost.test.ts and jitless.test.ts go further.
 */
import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';

const BUNDLE = fileURLToPath(new URL('../../dist/openDataContext/index.js', import.meta.url));

function opaquePixels(canvas: Canvas): number {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

async function boot(options: { friends?: number } = {}) {
  const canvas = createCanvas(300, 400);
  const sim = createSimulatedHost({
    canvas: canvas as unknown as PlatformCanvas,
    createImage: () => new NapiImage() as unknown as PlatformImage,
    friends: generateFriends(options.friends ?? 30, { seed: 7 }),
    images: () => 'error',
    clock: 'manual',
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
});
