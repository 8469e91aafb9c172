/**
 * End-to-end in Debian's Chromium: the simulator's skin picker. The image skin is the game's own art
 * (generated PNGs, demo/src/skin/skinArt.ts) sent as `images` theme tokens; the open data domain asks
 * the simulated platform for each picture and draws the panel with them. Picking a preset takes the
 * art off again.
 *
 * Without /usr/bin/chromium the suite is skipped with a console message, except under CI=true
 * where it fails.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SKIN_PIECE_NAMES, skinArtUrl } from '../../demo/src/skin/skinArt.js';
import type { DemoScript } from './demoScript.js';
import { probe, runsE2e, useSimulator } from './simulatorSuite.js';

/** Per-test limit, in ms: above the simulator's own 20 s settle limit, so its diagnostics surface first. */
const TEST_TIMEOUT_MS = 60_000;

/** The row plate's colour half way down its gradient (`row.png`: #34426b to #2b375a). */
const PLATE_RGB = [48, 61, 99] as const;
/** How far (per channel) a pixel may be from {@link PLATE_RGB} and still count as plate. */
const PLATE_TOLERANCE = 10;

/** The first rows' band of the drawn panel, sampled every 2 logical px: RGB triples. */
function rowBand(page: Page): Promise<number[][]> {
  return probe(page, (d) => {
    const out: number[][] = [];
    for (let y = 70; y <= 130; y += 10) for (let x = 0; x < 335; x += 2) out.push(d.sharedPixel(x, y).slice(0, 3));
    return out;
  });
}

/** Share of `pixels` that have the row plate's colour. */
function plateShare(pixels: number[][]): number {
  const plate = pixels.filter((p) => p.every((c, i) => Math.abs(c - (PLATE_RGB[i] ?? 0)) <= PLATE_TOLERANCE));
  return plate.length / pixels.length;
}

describe.skipIf(!runsE2e)('simulator skins in Chromium', { timeout: TEST_TIMEOUT_MS }, () => {
  const sim = useSimulator('fc-e2e-skins-');
  let script: DemoScript;
  beforeAll(() => {
    script = sim.script();
  });

  function open(query: string): Promise<Page> {
    return sim.open(query);
  }

  it('SIMSKIN1 the skin picker puts on the image skin (every picture requested once, row plates drawn) and a preset takes it off (as drawn as a fresh start with that preset)', async () => {
    const page = await open('');
    const skinUrls = SKIN_PIECE_NAMES.map(skinArtUrl);
    expect((await probe(page, (d) => d.imageUrls())).filter((u) => u.startsWith('sim://skin/'))).toEqual([]);
    expect(plateShare(await rowBand(page))).toBe(0);

    await page.click('label[for=skin-image]');
    await script.waitSettled(page);
    // The open data domain asked for each picture of the skin, once (the loader dedupes by URL).
    const requested = (await probe(page, (d) => d.imageUrls())).filter((u) => u.startsWith('sim://skin/'));
    expect([...requested].sort()).toEqual([...skinUrls].sort());
    // ...and draws the rows as plates: most of the first rows' band is the plate's colour.
    expect(plateShare(await rowBand(page))).toBeGreaterThan(0.5);
    expect(new URL(page.url()).searchParams.get('skin')).toBe('image');

    // The accent override still applies on top of the skin, which stays on.
    const skinned = await probe(page, (d) => d.shared().hash);
    await page.click('#accent-on');
    await script.waitSettled(page);
    expect(await probe(page, (d) => d.shared().hash)).not.toBe(skinned);
    expect(plateShare(await rowBand(page))).toBeGreaterThan(0.5);
    await page.click('#accent-on');

    // A preset drops the art: the panel is drawn exactly as on a simulator started with that preset.
    await page.click('label[for=skin-neon]');
    await script.waitSettled(page);
    expect(plateShare(await rowBand(page))).toBe(0);
    const switched = await probe(page, (d) => ({ hash: d.shared().hash, query: d.query(), warnings: d.warnings }));
    expect(switched.query).toBe('?skin=neon');
    expect(switched.warnings).toEqual([]);
    const fresh = await open('skin=neon');
    expect(await probe(fresh, (d) => d.shared().hash)).toBe(switched.hash);
  });
});
