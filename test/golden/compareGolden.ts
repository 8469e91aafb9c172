import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Committed golden images. */
export const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));
/** Where mismatches are written (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/golden/', import.meta.url));
/** pixelmatch's per-pixel colour threshold (0 = exact, 1 = anything). */
export const PIXEL_THRESHOLD = 0.1;
/** Share of pixels allowed to differ (anti-aliasing noise across rasteriser builds). */
export const MAX_DIFF_RATIO = 0.0002;

/** The outcome of one comparison. */
export interface GoldenResult {
  readonly ok: boolean;
  readonly message: string;
  readonly diffPixels: number;
}

/** Where to read and write; tests of the comparison itself use temporary folders. */
export interface GoldenDirs {
  golden: string;
  results: string;
}

/**
 * Compares a rendered PNG with the committed golden `name`.png. With `update` the golden is
 * (re)written instead. On a mismatch, `name.actual.png` and `name.diff.png` (differing pixels in
 * red over a faded copy) land in the results folder and the message names them.
 */
export function checkGolden(
  name: string,
  actualPng: Buffer,
  update = process.env.UPDATE_GOLDENS === '1',
  dirs: GoldenDirs = { golden: GOLDEN_DIR, results: RESULTS_DIR },
): GoldenResult {
  const goldenFile = join(dirs.golden, `${name}.png`);
  if (update) {
    mkdirSync(dirs.golden, { recursive: true });
    writeFileSync(goldenFile, actualPng);
    return { ok: true, message: `updated ${goldenFile}`, diffPixels: 0 };
  }
  const actual = PNG.sync.read(actualPng);
  const writeActual = (): string => {
    mkdirSync(dirs.results, { recursive: true });
    const file = join(dirs.results, `${name}.actual.png`);
    writeFileSync(file, actualPng);
    return file;
  };
  if (!existsSync(goldenFile)) {
    return { ok: false, message: `no golden ${goldenFile}; actual at ${writeActual()}; run UPDATE_GOLDENS=1 to create it`, diffPixels: -1 };
  }
  const expected = PNG.sync.read(readFileSync(goldenFile));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return {
      ok: false,
      message: `${name}: size ${actual.width}×${actual.height} ≠ golden ${expected.width}×${expected.height}; actual at ${writeActual()}`,
      diffPixels: -1,
    };
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: PIXEL_THRESHOLD });
  const allowed = Math.ceil(width * height * MAX_DIFF_RATIO);
  if (diffPixels <= allowed) return { ok: true, message: `${name}: ${diffPixels} px differ (≤ ${allowed})`, diffPixels };
  const actualFile = writeActual();
  const diffFile = join(dirs.results, `${name}.diff.png`);
  writeFileSync(diffFile, PNG.sync.write(diff));
  return { ok: false, message: `${name}: ${diffPixels} px differ (> ${allowed}); see ${diffFile} and ${actualFile}`, diffPixels };
}
