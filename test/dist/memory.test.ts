/**
 * Memory stays flat on the built app (dist/esm, the code of the ODC bundle): runs the soak script
 * (scripts/soak.mjs) in a child process with `--expose-gc`, on a simulated host with a real raster
 * canvas, and checks its counts. Heap figures are taken after full collections; panels are counted
 * with a FinalizationRegistry, so a panel kept alive by a stray closure shows up as a number.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIB = 1024 * 1024;
/** A soak run can take a minute on a busy 2-core machine. */
const SOAK_TIMEOUT_MS = 300_000;

interface Checkpoint {
  phase: 'show/hide' | 'switch' | 'hidden';
  step: number;
  heapBytes: number;
  layoutNodes: number;
  livePanels: number;
  pendingTimers: number;
  pendingFrames: number;
}

interface SoakResult {
  checkpoints: Checkpoint[];
  end: Checkpoint;
  warnings: number;
  shown: number;
  problems: string[];
}

function soak(args: string[]): SoakResult {
  const run = spawnSync(process.execPath, ['--expose-gc', 'scripts/soak.mjs', '--json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SOAK_TIMEOUT_MS,
  });
  expect(run.stderr).toBe('');
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as SoakResult;
}

function expectIdleAndEmpty(end: Checkpoint): void {
  expect(end.livePanels).toBe(0);
  expect(end.layoutNodes).toBe(1); // the stage root
  expect(end.pendingTimers).toBe(0);
  expect(end.pendingFrames).toBe(0);
}

describe('memory across panel switches and show/hide cycles (built app)', () => {
  it(
    'MEM1 after 2,000 switches between two panels with 1,000 friends (a theme change each), the heap is within 1 MB of its value after the first 100 and only the mounted panel is alive',
    () => {
      const r = soak(['--friends=1000', '--cycles=0', '--switches=2000', '--every=500']);
      const points = r.checkpoints.filter((p) => p.phase === 'switch');
      expect(points.map((p) => p.step)).toEqual([100, 500, 1000, 1500, 2000]);
      expect(r.shown).toBe(2000);
      for (const p of points) expect(p.livePanels).toBe(1);
      expect(new Set(points.map((p) => p.layoutNodes)).size).toBe(1);
      expect(points.at(-1)!.heapBytes - points[0]!.heapBytes).toBeLessThan(MIB);
      expectIdleAndEmpty(r.end);
      expect(r.warnings).toBe(0);
      expect(r.problems).toEqual([]);
    },
    SOAK_TIMEOUT_MS,
  );

  it(
    'MEM2 after 1,500 show/hide cycles nothing is left: no panel, no layout node but the root, no timer, no frame, and the heap is flat after warm-up',
    () => {
      const r = soak(['--friends=1000', '--cycles=1500', '--switches=0', '--every=500', '--render-every=3']);
      const points = r.checkpoints.filter((p) => p.phase === 'show/hide');
      expect(points.map((p) => p.step)).toEqual([100, 500, 1000, 1500]);
      for (const p of points) {
        expect(p.livePanels).toBe(0);
        expect(p.layoutNodes).toBe(1);
      }
      // Flat from cycle 500 on (as `npm run soak` judges from its first tenth): before that V8 is still
      // compiling the cycle's code, and that growth depends on the machine's load (815-835 KiB from cycle
      // 100 to 1,000 alone, 1,067 KiB once under a parallel test run). 1 MiB over 1,000 cycles: a leak of
      // 1 KiB per cycle fails.
      expect(points.at(-1)!.heapBytes - points[1]!.heapBytes).toBeLessThan(MIB);
      expectIdleAndEmpty(r.end);
      expect(r.problems).toEqual([]);
    },
    SOAK_TIMEOUT_MS,
  );
});
