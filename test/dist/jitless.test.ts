/**
 * STRICT10: what ships runs under `node --jitless` (no JIT and no WebAssembly, like iOS), in a
 * strict vm context: it draws, scrolls and shares. The scenario runs in a child process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateFriends } from '../../src/testing/index.js';
import { shareButtons } from '../e2e/shareButtons.js';

const SCENARIO = fileURLToPath(new URL('./jitlessScenario.mjs', import.meta.url));

describe('STRICT jitless', () => {
  it('STRICT10 under node --jitless the bundle draws the share panel, a native tap shares once inside the touch, and a drag scrolls without sharing', async () => {
    const width = 320;
    const height = 480;
    const count = 100;
    // Same friends (seed 5) and size as the child: where the third Share button is.
    const target = (await shareButtons(generateFriends(count, { seed: 5 }), '', width, height))[2]!;
    const tap = { x: target.rect.x + target.rect.width / 2, y: target.rect.y + target.rect.height / 2 };
    const run = spawnSync(process.execPath, ['--jitless', SCENARIO, JSON.stringify({ width, height, tap, count })], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(seen.jitless).toBe(true);
    expect(seen.webAssembly).toBe('undefined');
    expect(seen.opaqueAfterOpen).toBeGreaterThan(width * height * 0.9);
    expect(seen.shares).toEqual([{ openid: target.openid, duringInput: true }]);
    expect(seen.sharesAfterDrag).toBe(1);
    expect(seen.pixelsChangedByDrag).toBeGreaterThan(width * height * 0.1);
    expect(seen.pendingFrames).toBe(0);
    expect(seen.warnings).toEqual([]);
  });
});
