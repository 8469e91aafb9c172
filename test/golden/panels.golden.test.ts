/**
 * Golden images: every prebuilt panel × theme preset × friend-data state, rendered through the real
 * app on @napi-rs/canvas with registered fonts and compared with the committed PNGs in
 * __golden__/. `UPDATE_GOLDENS=1 npx vitest run test/golden` rewrites them and refreshes the
 * README pictures in docs/images/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGolden, GOLDEN_DIR } from './compareGolden.js';
import { missingGoldenFonts, registerGoldenFonts } from './goldenFonts.js';
import { GOLDEN_PANELS, GOLDEN_PIXEL_RATIO, GOLDEN_SIZES, GOLDEN_STATES, GOLDEN_THEMES, renderScene } from './renderScene.js';
import type { GoldenPanel, GoldenState } from './renderScene.js';
import type { ThemePresetName } from '../../src/index.js';

const missing = await missingGoldenFonts();
const inCi = process.env.CI === 'true';
const updating = process.env.UPDATE_GOLDENS === '1';
if (missing.length > 0 && !inCi) {
  console.warn(`[golden] SKIPPED: missing fonts ${missing.join(', ')}; install them with: node scripts/setup.mjs (as root)`);
}

/** Golden images copied to docs/images/ for the README when goldens are updated. */
const README_IMAGES: Record<string, string> = {
  'leaderboard-light-ready': 'leaderboard-light.png',
  'leaderboard-dark-ready': 'leaderboard-dark.png',
  'leaderboard-arcade-ready': 'leaderboard-arcade.png',
  'share-light-ready': 'share-light.png',
  'surpass-dark-ready': 'surpass-dark.png',
  'leaderboard-light-unauthorized': 'state-unauthorized.png',
  'leaderboard-dark-loading': 'state-loading.png',
};
const DOCS_IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));

async function render(panel: GoldenPanel, theme: ThemePresetName, state: GoldenState): Promise<Buffer> {
  const size = GOLDEN_SIZES[panel];
  const scene = await renderScene({ panel, theme, state, ...size, pixelRatio: GOLDEN_PIXEL_RATIO, options: panelOptions(panel) });
  const errors = scene.warnings.filter((w) => w.startsWith('error:'));
  if (errors.length > 0) throw new Error(`${panel}/${theme}/${state}: ${errors.join('; ')}`);
  scene.app.dispose();
  return scene.canvas.toBuffer('image/png');
}

function panelOptions(panel: GoldenPanel): Record<string, string | number> {
  return panel === 'share' ? { imageUrl: 'https://example.com/card.png', title: 'Play with me' } : { scoreKey: 'score' };
}

describe.skipIf(missing.length > 0 && !inCi)('golden images', () => {
  beforeAll(async () => {
    if (missing.length === 0) await registerGoldenFonts();
  });

  it('GOLD0 the golden fonts are installed (a failure under CI=true; a skip elsewhere)', () => {
    expect(missing).toEqual([]);
  });

  for (const panel of GOLDEN_PANELS) {
    for (const theme of GOLDEN_THEMES) {
      for (const state of GOLDEN_STATES) {
        const name = `${panel}-${theme}-${state}`;
        it(`GOLD1 ${name} matches its golden image`, async () => {
          const result = checkGolden(name, await render(panel, theme, state));
          expect(result.ok, result.message).toBe(true);
          if (updating && README_IMAGES[name] !== undefined) {
            mkdirSync(DOCS_IMAGES, { recursive: true });
            copyFileSync(join(GOLDEN_DIR, `${name}.png`), join(DOCS_IMAGES, README_IMAGES[name]));
          }
        });
      }
    }
  }

  it('GOLD2 rendering the same scene twice gives identical bytes (no clock, randomness or font leaks)', async () => {
    const a = await render('leaderboard', 'dark', 'ready');
    const b = await render('leaderboard', 'dark', 'ready');
    expect(a.equals(b)).toBe(true);
  });

  it('GOLD3 a mismatch fails and writes NAME.actual.png and NAME.diff.png; a missing golden fails with how to create it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-golden-'));
    try {
      const dirs = { golden: join(dir, 'golden'), results: join(dir, 'results') };
      const light = await render('surpass', 'light', 'ready');
      const dark = await render('surpass', 'dark', 'ready');
      const missingResult = checkGolden('x', light, false, dirs);
      expect(missingResult.ok).toBe(false);
      expect(missingResult.message).toContain('UPDATE_GOLDENS=1');
      expect(checkGolden('x', light, true, dirs).ok).toBe(true);
      expect(checkGolden('x', light, false, dirs).ok).toBe(true);
      const mismatch = checkGolden('x', dark, false, dirs);
      expect(mismatch.ok).toBe(false);
      expect(mismatch.diffPixels).toBeGreaterThan(1000);
      expect(existsSync(join(dirs.results, 'x.diff.png'))).toBe(true);
      expect(readFileSync(join(dirs.results, 'x.actual.png')).equals(dark)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
