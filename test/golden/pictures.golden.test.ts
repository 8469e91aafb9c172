/**
 * IMGBMP8: on a real raster backend, avatars drawn from bitmaps (a host with `createCanvas`) look like
 * avatars drawn with their clip path (a host without): only anti-aliased edge pixels differ, slightly.
 */
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/index.js';
import { GOLDEN_PIXEL_RATIO, GOLDEN_SIZES, renderScene } from './renderScene.js';

describe('IMGBMP pictures from bitmaps on a raster canvas', () => {
  it('IMGBMP8 the leaderboard with and without offscreen canvases: pictures come from bitmaps, and at most 0.3% of pixels differ, none by more than 40 of 255', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const options = { panel: 'leaderboard', theme, state: 'ready' as const, ...GOLDEN_SIZES.leaderboard, pixelRatio: GOLDEN_PIXEL_RATIO };
      const withBitmaps = await renderScene({ ...options, offscreen: true });
      const direct = await renderScene({ ...options, offscreen: false });
      const stats = (withBitmaps.app.stage as Stage).pictures!.stats;
      // Every avatar shown (one friend has none) was drawn into a bitmap once, then copied.
      expect(stats.renders).toBeGreaterThanOrEqual(6);
      expect(stats.draws).toBeGreaterThan(stats.renders);
      expect(stats.failures).toBe(0);
      expect((direct.app.stage as Stage).pictures).toBeUndefined();
      const { width, height } = withBitmaps.canvas;
      const a = withBitmaps.canvas.getContext('2d').getImageData(0, 0, width, height).data;
      const b = direct.canvas.getContext('2d').getImageData(0, 0, width, height).data;
      let differing = 0;
      let worst = 0;
      for (let i = 0; i < a.length; i += 4) {
        let d = 0;
        for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(a[i + k]! - b[i + k]!));
        if (d > 0) differing++;
        worst = Math.max(worst, d);
      }
      expect(differing).toBeLessThan(width * height * 0.003);
      expect(worst).toBeLessThanOrEqual(40);
      expect([...withBitmaps.warnings, ...direct.warnings]).toEqual([]);
    }
  });

  it('IMGBMP12 hiding the panel drops every bitmap (none kept while the game plays); shown and painted again, the pictures get new ones', async () => {
    const scene = await renderScene({ panel: 'leaderboard', theme: 'light', state: 'ready', ...GOLDEN_SIZES.leaderboard, pixelRatio: GOLDEN_PIXEL_RATIO, offscreen: true });
    const pictures = (scene.app.stage as Stage).pictures!;
    expect(pictures.size).toBeGreaterThan(0);
    const renders = pictures.stats.renders;
    const post = (m: object): void => scene.sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, ...m });
    post({ type: 'hide' });
    scene.sim.advance(100);
    expect(pictures.size).toBe(0);
    post({ type: 'show', panel: 'leaderboard' });
    scene.sim.advance(100);
    expect(pictures.size).toBeGreaterThan(0);
    expect(pictures.stats.renders).toBe(renders);
    // Painted again (a short drag): the avatars get new bitmaps.
    const x = GOLDEN_SIZES.leaderboard.width / 2;
    post({ type: 'pointer', phase: 'start', id: 1, x, y: 400 });
    for (let i = 1; i <= 6; i++) {
      post({ type: 'pointer', phase: 'move', id: 1, x, y: 400 - i * 4 });
      scene.sim.advance(17);
    }
    post({ type: 'pointer', phase: 'end', id: 1, x, y: 376 });
    for (let i = 0; i < 40; i++) scene.sim.advance(50);
    expect(pictures.stats.renders).toBeGreaterThan(renders);
    expect(pictures.stats.failures).toBe(0);
  });
});
