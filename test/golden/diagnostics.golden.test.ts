/**
 * The golden image of the device report (`diagnostics` panel), rendered by the built bundle in a
 * strict vm context (no WebAssembly, code generation refused) over the simulated host with its
 * manual clock, so the picture is what a device's open data domain reports, with deterministic timing
 * lines (frames every 16.7 ms that cost 0 ms of simulated time; the loop probe sees a clock that does
 * not move). `npm run build` first; `UPDATE_GOLDENS=1 npx vitest run test/golden` refreshes it. The README
 * shows it ("Checking a device").
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { showReport } from '../dist/diagnosticsScene.js';
import { BUNDLE } from '../dist/strictOdc.js';
import { checkGolden } from './compareGolden.js';
import { GOLDEN_FONT_FAMILY, missingGoldenFonts, registerGoldenFonts } from './goldenFonts.js';
import { GOLDEN_PIXEL_RATIO } from './renderScene.js';

const missing = await missingGoldenFonts();
const inCi = process.env.CI === 'true';
/** Logical size of the report's golden: a tall phone, so every line is in the picture. */
export const DIAGNOSTICS_GOLDEN_SIZE = { width: 375, height: 1140 };

async function render(theme: 'light' | 'dark'): Promise<Buffer> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
  const r = await showReport({
    ...DIAGNOSTICS_GOLDEN_SIZE,
    pixelRatio: GOLDEN_PIXEL_RATIO,
    theme: { preset: theme, tokens: { font: { family: GOLDEN_FONT_FAMILY } } },
  });
  if (r.odc.warnings.length > 0) throw new Error(`diagnostics/${theme}: ${r.odc.warnings.join('; ')}`);
  return r.odc.canvas.toBuffer('image/png');
}

describe.skipIf(missing.length > 0 && !inCi)('golden image of the device report', () => {
  beforeAll(async () => {
    if (missing.length === 0) await registerGoldenFonts();
  });

  it('GOLD4 diagnostics-light (the built bundle in a strict context) matches its golden image', async () => {
    const name = 'diagnostics-light';
    const result = checkGolden(name, await render('light'));
    expect(result.ok, result.message).toBe(true);
  });

  it('GOLD4 rendering the report twice gives identical bytes (its timing lines are deterministic here)', async () => {
    const a = await render('dark');
    const b = await render('dark');
    expect(a.equals(b)).toBe(true);
  });
});
