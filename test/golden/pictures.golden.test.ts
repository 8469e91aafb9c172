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
});
