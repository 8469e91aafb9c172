/**
 * One fresh benchmark process: `node [--jitless] --expose-gc bench/.build/worker.mjs '<json WorkerTask>'`.
 * Prints one line of JSON (the result) on stdout; errors go to stderr.
 */
import { runBundleCase } from './bundleCase.js';
import { runEngineCase } from './engineCase.js';
import { currentMode } from './mode.js';
import { ProfileWindow } from './ProfileWindow.js';
import type { WorkerTask } from './WorkerTask.js';

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;
  const config = { n: task.n, pr: task.pr, offscreen: task.offscreen === true };
  // A worker started without the flags its task asks for would file its figures under the wrong column.
  if (task.mode !== currentMode()) throw new Error(`worker: task wants ${task.mode}, process runs ${currentMode()}`);
  const profile = task.profileCase !== undefined && task.profileFile !== undefined ? new ProfileWindow(task.profileCase, task.profileFile) : undefined;
  const result =
    task.kind === 'bundle'
      ? await runBundleCase(config, task.fromSource === true ? { kind: 'source' } : { kind: 'iife', path: task.bundlePath }, profile)
      : await runEngineCase(config, profile);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // Exit explicitly so a stray timer of a case cannot keep the process alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
