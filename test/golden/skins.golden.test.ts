/**
 * Golden images of an image skin: generated nine-slice art (skinArt.ts) served through the simulated
 * host's image loading, on the leaderboard and share panels; and the same skin with every image
 * failing, which must fall back to the colour tokens with one warning per image.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGolden } from './compareGolden.js';
import { missingGoldenFonts, registerGoldenFonts } from './goldenFonts.js';
import { GOLDEN_PIXEL_RATIO, GOLDEN_SIZES, goldenFriends, renderScene } from './renderScene.js';
import type { SceneOptions } from './renderScene.js';
import { SKIN_TOKENS, skinPngs } from './skinArt.js';

const missing = await missingGoldenFonts();
const inCi = process.env.CI === 'true';

async function render(panel: 'leaderboard' | 'share' | 'surpass', extra: Partial<SceneOptions> = {}): Promise<{ png: Buffer; warnings: string[] }> {
  const options: Record<string, string> = panel === 'share' ? { imageUrl: 'https://example.com/card.png', title: 'Play with me' } : { scoreKey: 'score' };
  const scene = await renderScene({
    panel,
    theme: 'dark',
    state: 'ready',
    ...GOLDEN_SIZES[panel],
    pixelRatio: GOLDEN_PIXEL_RATIO,
    options,
    tokens: SKIN_TOKENS,
    pngs: skinPngs(),
    ...extra,
  });
  const png = scene.canvas.toBuffer('image/png');
  scene.app.dispose();
  return { png, warnings: scene.warnings };
}

describe.skipIf(missing.length > 0 && !inCi)('image skin goldens', () => {
  beforeAll(async () => {
    if (missing.length === 0) await registerGoldenFonts();
  });

  for (const panel of ['leaderboard', 'share', 'surpass'] as const) {
    it(`SKIN10 ${panel}-skin-ready: a nine-slice image skin (panel, header, rows, medals, buttons, avatar frames) matches its golden image`, async () => {
      const { png, warnings } = await render(panel);
      expect(warnings).toEqual([]);
      const result = checkGolden(`${panel}-skin-ready`, png);
      expect(result.ok, result.message).toBe(true);
    });
  }

  it('SKIN14 leaderboard-skin-pinned: the player ranked below the fold is pinned over the list; the rows stop above it, so its nine-slice margins show the panel, not rows', async () => {
    const { friends } = goldenFriends();
    // The player is the lowest-ranked friend: never in view at the top, so pinned.
    const scoreOf = (f: (typeof friends)[number]): number => Number((f.KVDataList as Array<{ key: string; value: string }> | undefined)?.find((v) => v.key === 'score')?.value ?? NaN);
    const last = friends.filter((f) => Number.isFinite(scoreOf(f))).sort((a, b) => scoreOf(a) - scoreOf(b))[0]!;
    const { png, warnings } = await render('leaderboard', { friends, selfOpenid: String(last.openid) });
    expect(warnings).toEqual([]);
    const result = checkGolden('leaderboard-skin-pinned', png);
    expect(result.ok, result.message).toBe(true);
  });

  it('SKIN11 leaderboard-skin-failed: when every skin image fails the panel is drawn in the colour tokens (no grey box), one warning for them all', async () => {
    const { png, warnings } = await render('leaderboard', { images: (url) => (url.startsWith('sim://skin/') ? 'error' : 'load') });
    const skinWarnings = warnings.filter((w) => w.includes('did not load'));
    // Failing together, they are named in one warning: panel, header, rows, medals, buttons, avatar frame.
    expect(skinWarnings).toEqual([
      'friendcanvas: theme: images.panel, images.header, images.row, images.rowAlt, images.rowSelf, images.medals.1, images.medals.2, ' +
        'images.medals.3, images.button, images.buttonPressed, images.buttonDisabled, images.avatarFrame did not load; drawing the colour tokens instead',
    ]);
    const result = checkGolden('leaderboard-skin-failed', png);
    expect(result.ok, result.message).toBe(true);
  });
});
