/**
 * End-to-end: the simulator (`npm run demo`) in Debian's Chromium through playwright-core. The
 * sample game drives the real dist/openDataContext/index.js (isolated in a frame) through
 * `friendcanvas/main`; the tests use only the page's real input (mouse on the game screen, the
 * side panel's controls) and observe through `window.__demo`.
 *
 * Without /usr/bin/chromium the suite is skipped with a console message, except under CI=true
 * where it fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFriends } from '../../demo/src/shell/demoFriends.js';
import { BUTTONS, CLOSE_BUTTON, LIST_VIEWPORT } from '../../demo/src/game/constants.js';
import { DEMO_SCRIPT_URL } from './demoScript.js';
import type { DemoScript } from './demoScript.js';
import { probe, runsE2e, useSimulator } from './simulatorSuite.js';
import { shareButtons } from './shareButtons.js';

/** Per-test limit, in ms: above the simulator's own 20 s settle limit, so its diagnostics surface first. */
const TEST_TIMEOUT_MS = 45_000;

/** Mouse position (page CSS px) of a point of the game screen in logical px. */
function client(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(`globalThis.__demo.toClient(${x}, ${y})`) as Promise<{ x: number; y: number }>;
}

async function tap(page: Page, x: number, y: number): Promise<void> {
  const p = await client(page, x, y);
  await page.mouse.click(p.x, p.y);
}

function luminance(rgba: number[]): number {
  const [r = 0, g = 0, b = 0] = rgba;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.skipIf(!runsE2e)('simulator in Chromium', { timeout: TEST_TIMEOUT_MS }, () => {
  const sim = useSimulator('fc-e2e-');
  let script: DemoScript;
  beforeAll(() => {
    script = sim.script();
  });

  function open(query: string): Promise<Page> {
    return sim.open(query);
  }

  it('E2E1 the page boots: the game shows the leaderboard drawn by the real ODC bundle, every message delivered', async () => {
    const page = await open('');
    const state = await probe(page, (d) => ({ panel: d.panel(), shared: d.shared(), calls: d.calls(), warnings: d.warnings }));
    expect(state.panel).toBe('leaderboard');
    expect(state.shared.hash).not.toBe(0);
    // The backing store follows the viewport at pixel ratio 2.
    expect(state.shared.width).toBe(LIST_VIEWPORT.width * 2);
    expect(state.calls.dropped).toBe(0);
    expect(state.calls.delivered).toBe(state.calls.postMessages);
    expect(state.calls.friendQueries).toBe(1);
    expect(state.warnings).toEqual([]);
    await page.close();
  });

  it('E2E2 dragging the list scrolls it, and a fast drag flings on after release; no share happens', async () => {
    const page = await open('');
    const before = await probe(page, (d) => d.shared().hash);
    const from = await client(page, LIST_VIEWPORT.x + 150, LIST_VIEWPORT.y + 400);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y - 120, { steps: 4 });
    const framesAtRelease = await probe(page, (d) => d.calls().rafRequests);
    await page.mouse.up();
    await script.waitSettled(page);
    const after = await probe(page, (d) => ({ hash: d.shared().hash, frames: d.calls().rafRequests, shares: d.shareCalls.length }));
    expect(after.hash).not.toBe(before);
    // A fling animates for many frames after the finger lifts.
    expect(after.frames - framesAtRelease).toBeGreaterThanOrEqual(10);
    expect(after.shares).toBe(0);
    await page.close();
  });

  it('E2E3 the mouse wheel over the list scrolls it', async () => {
    const page = await open('');
    const before = await probe(page, (d) => d.shared().hash);
    const p = await client(page, LIST_VIEWPORT.x + 150, LIST_VIEWPORT.y + 250);
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, 300);
    await script.waitSettled(page);
    expect(await probe(page, (d) => d.shared().hash)).not.toBe(before);
    await page.close();
  });

  for (const [label, query] of [
    ['at pixel ratio 2', 'panel=share&friends=5'],
    ['on a fixed 800×800 canvas stretched into the viewport', 'panel=share&friends=5&stretch=1&pr=3'],
  ] as const) {
    it(`E2E4 tapping Share in row 2 ${label} makes exactly one user-initiated shareToUser with that friend's openid`, async () => {
      const page = await open(query);
      const { friends, selfOpenid } = demoFriends(5, 7);
      expect(await probe(page, (d) => d.friends().map((f) => f.openid))).toEqual(friends.map((f) => f.openid));
      const buttons = await shareButtons(friends, selfOpenid, LIST_VIEWPORT.width, LIST_VIEWPORT.height);
      const target = buttons[1];
      if (target === undefined) throw new Error('E2E: the share panel laid out fewer than 2 buttons');
      expect(target.openid).not.toBe(selfOpenid);
      const cx = LIST_VIEWPORT.x + target.rect.x + target.rect.width / 2;
      const cy = LIST_VIEWPORT.y + target.rect.y + target.rect.height / 2;
      await tap(page, cx, cy);
      await page.waitForFunction('globalThis.__demo.shareCalls.length > 0 && globalThis.__demo.shareCalls[0].status !== "pending"');
      await script.waitSettled(page);
      const calls = await probe(page, (d) => d.shareCalls.map((c) => ({ openid: c.openid, title: c.title, status: c.status, duringInput: c.duringInput })));
      expect(calls).toEqual([{ openid: target.openid, title: 'Beat my Sky Hopper score!', status: 'sent', duringInput: true }]);
      // The button now reads "Sent" and is disabled: tapping it again sends nothing.
      await tap(page, cx, cy);
      await script.waitSettled(page);
      expect(await probe(page, (d) => d.shareCalls.length)).toBe(1);
      await page.close();
    });
  }

  it('E2E5 switching skins in the controls repaints the panel (light → dark → arcade)', async () => {
    const page = await open('');
    // Inside the title bar, clear of the title and of the card's rounded corners (arcade's radius is 20).
    const titleBar = (): Promise<number[]> => probe(page, (d) => d.sharedPixel(300, 20));
    expect(luminance(await titleBar())).toBeGreaterThan(200);
    await page.click('label[for=skin-dark]');
    await script.waitSettled(page);
    expect(luminance(await titleBar())).toBeLessThan(60);
    await page.click('label[for=skin-arcade]');
    await script.waitSettled(page);
    const [r = 0, g = 0, b = 0] = await titleBar();
    expect(b).toBeGreaterThan(g);
    expect(r).toBeGreaterThan(g);
    expect(new URL(page.url()).searchParams.get('skin')).toBe('arcade');
    await page.close();
  });

  it("E2E6 the game's close button hides the panel (canvas cleared, no more ODC frames) and its Friends button shows it again", async () => {
    const page = await open('');
    await tap(page, CLOSE_BUTTON.x, CLOSE_BUTTON.y);
    await page.waitForFunction('globalThis.__demo.panel() === undefined');
    await script.waitSettled(page);
    const hidden = await probe(page, (d) => ({ hash: d.shared().hash, frames: d.calls().rafRequests }));
    expect(hidden.hash).toBe(0);
    await script.waitSettled(page);
    expect(await probe(page, (d) => d.calls().rafRequests)).toBe(hidden.frames);
    expect(await page.isChecked('#panel-none')).toBe(true);
    const friendsButton = BUTTONS.find((b) => b.panel === 'leaderboard');
    if (friendsButton === undefined) throw new Error('E2E: no Friends button');
    await tap(page, friendsButton.box.x + friendsButton.box.width / 2, friendsButton.box.y + friendsButton.box.height / 2);
    await page.waitForFunction('globalThis.__demo.panel() === "leaderboard"');
    await script.waitSettled(page);
    expect(await probe(page, (d) => d.shared().hash)).not.toBe(0);
    expect(await page.isChecked('#panel-leaderboard')).toBe(true);
    await page.close();
  });

  it('E2E7 on a client without shareToUser the share list offers no share and taps send nothing', async () => {
    const page = await open('panel=share&friends=5&fail=noShareApi');
    const { friends, selfOpenid } = demoFriends(5, 7);
    const buttons = await shareButtons(friends, selfOpenid, LIST_VIEWPORT.width, LIST_VIEWPORT.height);
    const first = buttons[0];
    if (first !== undefined) await tap(page, LIST_VIEWPORT.x + first.rect.x + first.rect.width / 2, LIST_VIEWPORT.y + first.rect.y + first.rect.height / 2);
    await tap(page, LIST_VIEWPORT.x + LIST_VIEWPORT.width - 40, LIST_VIEWPORT.y + 100);
    await script.waitSettled(page);
    const state = await probe(page, (d) => ({ shares: d.shareCalls.length, hash: d.shared().hash }));
    expect(state).toEqual({ shares: 0, hash: expect.any(Number) });
    expect(state.hash).not.toBe(0);
    await page.close();
  });

  it('E2E10 on a client with offscreen canvases (createCanvas) the leaderboard keeps avatars as bitmaps and looks the same as without: under 1% of sampled pixels differ by more than 40 of 255', async () => {
    // Every other logical px of the drawn list, RGBA, read in the page.
    const sample = (d: { sharedPixel(x: number, y: number): number[] }): number[] => {
      const out: number[] = [];
      for (let y = 1; y < 476; y += 2) for (let x = 1; x < 335; x += 2) out.push(...d.sharedPixel(x, y));
      return out;
    };
    const direct = await open('panel=leaderboard');
    await script.waitSettled(direct);
    const plain = await probe(direct, (d) => ({ canvases: d.calls().canvases, warnings: d.warnings }));
    const a = await probe(direct, sample);
    await direct.close();
    const page = await open('panel=leaderboard&client=offscreen');
    await script.waitSettled(page);
    const state = await probe(page, (d) => ({ canvases: d.calls().canvases, warnings: d.warnings, hash: d.shared().hash }));
    const b = await probe(page, sample);
    expect(plain).toEqual({ canvases: 0, warnings: [] });
    // A bitmap per avatar shown (they faded in: painted often enough), reused while scrolling.
    expect(state.canvases).toBeGreaterThan(0);
    expect(state.canvases).toBeLessThanOrEqual(30);
    expect(state.warnings).toEqual([]);
    expect(b.length).toBe(a.length);
    let far = 0;
    for (let i = 0; i < a.length; i += 4) {
      let d = 0;
      for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(a[i + k]! - b[i + k]!));
      if (d > 40) far++;
    }
    expect(far).toBeLessThan(a.length / 4 / 100);
    // Avatars are there: the sampled list is not one flat colour.
    expect(new Set(b.map((v, i) => (i % 4 === 0 ? v : -1))).size).toBeGreaterThan(10);
    // The shared canvas really copies the bitmaps: paint them magenta, scroll a little, and magenta shows.
    const magenta = (px: number[]): number => {
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! > 220 && px[i + 1]! < 40 && px[i + 2]! > 220) n++;
      return n;
    };
    expect(magenta(b)).toBe(0);
    expect(await probe(page, (d) => d.tintOffscreen('#ff00ff'))).toBe(state.canvases);
    const p = await client(page, LIST_VIEWPORT.x + 150, LIST_VIEWPORT.y + 250);
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, 6);
    await script.waitSettled(page);
    expect(magenta(await probe(page, sample))).toBeGreaterThan(100);
    await page.close();
  });

  it('E2E9 the device report runs on the simulated client variants (no WebAssembly, native touches): it draws, keeps frames coming while shown, and stops them once closed', async () => {
    const page = await open('panel=diagnostics&client=noWasm,nativeTouches');
    const sandbox = page.frames().find((f) => f.url().endsWith('/odc.html'));
    expect(await sandbox?.evaluate('typeof WebAssembly')).toBe('undefined');
    const before = await probe(page, (d) => ({ panel: d.panel(), hash: d.shared().hash, frames: d.calls().rafRequests, warnings: d.warnings }));
    expect(before.panel).toBe('diagnostics');
    expect(before.hash).not.toBe(0);
    expect(before.warnings).toEqual([]);
    // Scroll to the touch and frame lines, then tap: the report repaints them live.
    const p = await client(page, LIST_VIEWPORT.x + 150, LIST_VIEWPORT.y + 250);
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(700);
    const scrolled = await probe(page, (d) => d.shared().hash);
    expect(scrolled).not.toBe(before.hash);
    await tap(page, LIST_VIEWPORT.x + 100, LIST_VIEWPORT.y + 200);
    await page.waitForTimeout(700);
    const live = await probe(page, (d) => ({ hash: d.shared().hash, frames: d.calls().rafRequests, shares: d.shareCalls.length }));
    expect(live.frames).toBeGreaterThan(before.frames + 10);
    expect(live.hash).not.toBe(scrolled);
    expect(live.shares).toBe(0);
    await tap(page, CLOSE_BUTTON.x, CLOSE_BUTTON.y);
    await page.waitForFunction('globalThis.__demo.panel() === undefined');
    await script.waitSettled(page);
    const closed = await probe(page, (d) => d.calls().rafRequests);
    await page.waitForTimeout(500);
    expect(await probe(page, (d) => d.calls().rafRequests)).toBe(closed);
    await page.close();
  });

  it('E2E8 `npm run demo -- --screenshot FILE --crop phone` renders the phone headlessly and exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-shot-'));
    try {
      const out = join(dir, 'phone.png');
      const args = [fileURLToPath(DEMO_SCRIPT_URL), '--no-build', '--build-dir', join(dir, 'build'), '--screenshot', out, '--panel', 'share', '--skin', 'dark', '--crop', 'phone'];
      await new Promise<void>((resolve, reject) => {
        execFile(process.execPath, args, { timeout: 60_000 }, (err, _stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve()));
      });
      const png = PNG.sync.read(readFileSync(out));
      // The phone: the 375×667 screen plus its 14 px bezel on each side (±1 px of subpixel placement).
      expect(Math.abs(png.width - (375 + 28))).toBeLessThanOrEqual(1);
      expect(Math.abs(png.height - (667 + 28))).toBeLessThanOrEqual(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
