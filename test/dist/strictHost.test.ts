/**
 * STRICT: the built ODC bundle in a context like a real open data domain: no `WebAssembly`, no code
 * generation from strings, optionally no `Intl`. It must draw, scroll and share there.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateFriends } from '../../src/testing/index.js';
import { FORBIDDEN_TOKENS } from '../../bin/odcChecks.mjs';
import { CAPTURED_GLOBALS, captureGlobals } from '../../bin/captureGlobals.mjs';
import { shareButtons } from '../e2e/shareButtons.js';
import { bootStrict, BUNDLE, differingPixels } from './strictOdc.js';
import type { StrictOdc } from './strictOdc.js';

const V1 = { ns: 'friendcanvas', v: 1 } as const;
const W = 320;
const H = 480;

/** A native upward drag of 250 px across the middle of the canvas, 10 moves 16 ms apart. */
function nativeDrag(odc: StrictOdc): void {
  odc.sim.touch('start', 1, W / 2, H * 0.8);
  for (let i = 1; i <= 10; i++) {
    odc.sim.touch('move', 1, W / 2, H * 0.8 - i * 25);
    odc.sim.advance(16);
  }
  odc.sim.touch('end', 1, W / 2, H * 0.8 - 250);
}

describe('STRICT the built bundle in a strict open data domain', () => {
  it('STRICT1 the bundle names nothing a real open data domain lacks (WebAssembly, eval, Function, TextDecoder, import.meta, BigInt)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(FORBIDDEN_TOKENS.filter((t) => t.pattern.test(code)).map((t) => t.name)).toEqual([]);
    // The checks can find what they look for.
    for (const t of FORBIDDEN_TOKENS) expect(t.pattern.test(`x;${t.name === 'Function constructor' ? 'Function(' : t.name === 'eval' ? 'eval(' : t.name}`)).toBe(true);
  });

  for (const variant of ['with Intl', 'without Intl'] as const) {
    it(`STRICT2 (${variant}) draws the leaderboard of 100 friends with no WebAssembly and code generation refused`, async () => {
      const odc = bootStrict({ friends: generateFriends(100, { seed: 3 }), width: W, height: H, globals: variant === 'without Intl' ? { Intl: undefined } : {} });
      expect(odc.typeOf('WebAssembly')).toBe('undefined');
      expect(() => odc.typeOf('eval("1")')).toThrow(/Code generation from strings disallowed/);
      if (variant === 'without Intl') expect(odc.typeOf('Intl')).toBe('undefined');
      expect(odc.sim.messageListenerCount()).toBe(1);
      odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width: W, height: H, pixelRatio: 1 });
      odc.post({ ...V1, type: 'show', panel: 'leaderboard' });
      await odc.settle();
      expect(odc.sim.calls.friendQueries.length).toBe(1);
      expect(odc.opaquePixels()).toBeGreaterThan(W * H * 0.9);
      expect(odc.warnings).toEqual([]);
    });
  }

  it('STRICT3 a native drag scrolls the list: the pixels move and the frames stop when it rests', async () => {
    const odc = bootStrict({ friends: generateFriends(100, { seed: 3 }), width: W, height: H, sim: { nativeTouches: true } });
    odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width: W, height: H, pixelRatio: 1 });
    odc.post({ ...V1, type: 'show', panel: 'leaderboard' });
    await odc.settle();
    const before = odc.pixels().slice();
    // Settled: time alone changes nothing.
    await odc.settle(500);
    expect(differingPixels(before, odc.pixels())).toBe(0);
    nativeDrag(odc);
    // Long enough for the fling to rest and failed avatars of the new rows to exhaust their retries.
    await odc.settle(8000);
    expect(differingPixels(before, odc.pixels())).toBeGreaterThan(W * H * 0.1);
    expect(odc.sim.pendingFrames()).toBe(0);
    expect(odc.warnings).toEqual([]);
  });

  it('STRICT4 a native tap on Share calls shareToUser once, synchronously inside the touch, for the friend in that row', async () => {
    const friends = generateFriends(100, { seed: 5 });
    const buttons = await shareButtons(friends, '', W, H);
    expect(buttons.length).toBeGreaterThan(3);
    const target = buttons[2]!;
    const odc = bootStrict({ friends, width: W, height: H, sim: { nativeTouches: true } });
    odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width: W, height: H, pixelRatio: 1 });
    odc.post({ ...V1, type: 'show', panel: 'share', options: { imageUrl: 'images/card.png', title: 'Come play' } });
    await odc.settle();
    const x = target.rect.x + target.rect.width / 2;
    const y = target.rect.y + target.rect.height / 2;
    odc.sim.touch('start', 7, x, y);
    odc.sim.touch('end', 7, x, y);
    expect(odc.sim.calls.shares.map((s) => [s.openid, s.duringInput])).toEqual([[target.openid, true]]);
    await odc.settle();
    expect(odc.sim.calls.shares.length).toBe(1);
    expect(odc.warnings).toEqual([]);
  });

  it('STRICT5 a host that cannot give yoga its 16 MiB heap still shows a plain message (never a blank canvas), warned once', async () => {
    /** An ArrayBuffer that fails like an out-of-memory host above 8 MiB. */
    class SmallArrayBuffer extends ArrayBuffer {
      public constructor(length: number) {
        if (length > 8 * 1024 * 1024) throw new RangeError('Array buffer allocation failed');
        super(length);
      }
    }
    const odc = bootStrict({ width: W, height: H, globals: { ArrayBuffer: SmallArrayBuffer } });
    odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width: W, height: H, pixelRatio: 1 });
    expect(odc.opaquePixels()).toBe(0);
    odc.post({ ...V1, type: 'show', panel: 'leaderboard' });
    await odc.settle();
    expect(odc.opaquePixels()).toBe(W * H);
    // Text was drawn on the background: more than one colour on the canvas.
    const data = odc.pixels();
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    expect(colours.size).toBeGreaterThan(2);
    odc.post({ ...V1, type: 'show', panel: 'leaderboard' });
    odc.post({ ...V1, type: 'hide' });
    expect(odc.opaquePixels()).toBe(0);
    expect(odc.warnings.length).toBe(1);
    expect(odc.warnings[0]).toMatch(/no layout engine.*Array buffer allocation failed/);
  });

  it('STRICT11 the bundle reads each built-in it captures once, at load: opening 1,000 friends and scrolling reads none of them from the global again', async () => {
    const names = ['Math', 'Number', 'Object', 'NaN', 'String', 'Array', 'Map'];
    for (const name of names) expect(CAPTURED_GLOBALS).toContain(name);
    const odc = bootStrict({ friends: generateFriends(1000, { seed: 5 }), width: W, height: H, sim: { nativeTouches: true }, countReads: names });
    const atLoad = { ...odc.reads };
    for (const name of names) expect(atLoad[name]).toBe(1);
    odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width: W, height: H, pixelRatio: 1 });
    odc.post({ ...V1, type: 'show', panel: 'leaderboard' });
    await odc.settle();
    nativeDrag(odc);
    await odc.settle(2000);
    expect(odc.opaquePixels()).toBeGreaterThan((W * H) / 2);
    expect(odc.reads).toEqual(atLoad);
    // The counters see reads made in the context (the check above can fail).
    odc.run('Math.max(NaN, 1)');
    expect(odc.reads['Math']).toBe(2);
    expect(odc.reads['NaN']).toBe(2);
  });

  it('STRICT12 the wrapping takes the built-ins as parameters of the bundle\'s function, keeps trailing comments, and refuses code of another shape or a result that does not parse', () => {
    const wrapped = captureGlobals('"use strict";(()=>{var a=Math.max(1,2);})();\n/*! notice */\n');
    expect(wrapped).toBe(`"use strict";((${CAPTURED_GLOBALS.join(',')})=>{var a=Math.max(1,2);})(${CAPTURED_GLOBALS.join(',')});\n/*! notice */\n`);
    expect(new Set(CAPTURED_GLOBALS).size).toBe(CAPTURED_GLOBALS.length);
    expect(captureGlobals('(()=>{f(Math)})();')).toBe(`((${CAPTURED_GLOBALS.join(',')})=>{f(Math)})(${CAPTURED_GLOBALS.join(',')});`);
    // Any comment may follow (legal comments of a game's own files: `//!`, `/** @license */`).
    expect(captureGlobals('(()=>{f()})();\n//! mine\n/** @license MIT */\n')).toMatch(/\}\)\([^)]*\);\n\/\/! mine\n\/\*\* @license MIT \*\/\n$/);
    // A result that would not parse (a top-level declaration named like a parameter) throws at build time.
    expect(() => captureGlobals('(()=>{let Map=1;})();')).toThrow(SyntaxError);
    expect(() => captureGlobals('(function(){var a=1})();')).toThrow(/minified IIFE/);
    expect(() => captureGlobals('"use strict";(()=>{var a=1;})();var leaked=2;')).toThrow(/minified IIFE/);
    expect(readFileSync(BUNDLE, 'utf8').startsWith(`"use strict";((${CAPTURED_GLOBALS.join(',')})=>{`)).toBe(true);
  });
});
