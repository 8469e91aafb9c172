// `npm test`: sets up a fresh machine, builds, type-checks, runs the whole suite (unit, golden images,
// built bundle, end-to-end in Chromium) and ends with one line `N passed, N failed` (the type check
// counts as one).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureNodeModules, ensureSystemPackages } from './setup.mjs';

ensureNodeModules();
ensureSystemPackages({ required: process.env.CI === 'true' });

const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The whole project type-checks (sources, templates, tests, bench, demo): type-level tests
// (expectTypeOf) are only proven here, since vitest strips types.
const typecheck = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', ROOT], { cwd: ROOT, stdio: 'inherit' });
const typecheckFailed = typecheck.status !== 0 ? 1 : 0;
if (typecheckFailed) console.log('typecheck: tsc --noEmit failed (counted as 1 failed)');

const report = join(ROOT, '.vitest-report.json');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const vitest = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: ROOT, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  // A failed test also fails its file; count files separately only when they failed without running
  // any test (a load or syntax error), so one failure is reported once.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed = (r.numFailedTests ?? 0) + brokenFiles;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else {
  failed = 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
passed += 1 - typecheckFailed;
failed += typecheckFailed;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
