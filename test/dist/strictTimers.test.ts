/**
 * The built `dist/openDataContext/index.js` on a strict host: a `tt` without `requestAnimationFrame`,
 * `setTimeout`/`clearTimeout`, or one whose rAF throws, in a `vm` context without `console` (README
 * "What the bundle needs from a host"), with no `WebAssembly` and code generation refused as everywhere
 * in test/dist. This file is about timers, frames and the console; strictHost.test.ts about the rest.
 */
import { createCanvas } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { opaquePixels } from '../helpers/canvasPixels.js';
import type { PlatformCanvas } from '../../src/host/index.js';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';

const BUNDLE = fileURLToPath(new URL('../../dist/openDataContext/index.js', import.meta.url));

/** Boots the bundle over the simulated `tt` minus `drop`, with `replace` applied, and no console. */
async function bootStrict(drop: readonly string[], replace: Record<string, unknown> = {}) {
  const canvas = createCanvas(300, 400);
  const sim = createSimulatedHost({ canvas: canvas as unknown as PlatformCanvas, friends: generateFriends(20, { seed: 3 }), images: () => 'error' });
  const tt: Record<string, unknown> = { ...sim.odcGlobal, ...replace };
  for (const name of drop) delete tt[name];
  const context = createContext({ tt, WebAssembly: undefined }, { codeGeneration: { strings: false, wasm: false } });
  runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'openDataContext/index.js' });
  for (let i = 0; i < 50 && sim.messageListenerCount() === 0; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 20));
  const post = (m: object) => sim.mainGlobal.getOpenDataContext!().postMessage(m);
  const settle = async (ms = 1000) => {
    for (let i = 0; i < ms / 50; i++) {
      sim.advance(50);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { canvas, sim, post, settle };
}

const VIEWPORT = { ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 300, height: 400, pixelRatio: 1 };

describe('the built ODC bundle on a strict host', () => {
  it.each([
    ['no requestAnimationFrame', ['requestAnimationFrame', 'cancelAnimationFrame'], {}],
    ['a requestAnimationFrame that throws', [], { requestAnimationFrame: () => { throw new Error('not here'); } }],
    ['no setTimeout/clearTimeout', ['setTimeout', 'clearTimeout'], {}],
    ['no rAF and no timers', ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'], {}],
  ] as const)('DIST5 %s and no console: the panel is drawn and hidden, and nothing throws', async (_name, drop, replace) => {
    const { canvas, sim, post, settle } = await bootStrict(drop, replace);
    expect(sim.messageListenerCount()).toBe(1);
    expect(() => {
      post(VIEWPORT);
      post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' });
    }).not.toThrow();
    await settle();
    expect(sim.calls.friendQueries.length).toBe(1);
    expect(opaquePixels(canvas)).toBeGreaterThan(300 * 400 * 0.5);
    post({ ns: 'friendcanvas', v: 1, type: 'hide' });
    await settle();
    expect(opaquePixels(canvas)).toBe(0);
  });
});
