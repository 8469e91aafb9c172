// `npm run bench` (after `node scripts/build.mjs`): bundles the benchmark harness (bench/src/*.ts,
// which imports src/ and templates/ from source) with esbuild into bench/.build/, then runs it.
// Options: --iterations=K --n=100,1000,10000 --pr=1,3 --profile, or --summarize=<file.cpuprofile>.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.build');

await build({
  entryPoints: { worker: 'bench/src/worker.ts', main: 'bench/src/main.ts', summarize: 'bench/src/summarizeProfile.ts' },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native and wasm packages load from node_modules at run time, as they do for users.
  external: ['yoga-layout', '@napi-rs/canvas'],
  // Unminified with module markers so CPU profiles name src/ files and functions.
  minify: false,
  sourcemap: true,
  logLevel: 'warning',
});

const argv = process.argv.slice(2);
const summarize = argv.find((a) => a.startsWith('--summarize='));
if (summarize !== undefined) {
  const { summarizeProfile } = await import(pathToFileURL(join(OUT, 'summarize.mjs')).href);
  for (const mode of ['self', 'inclusive']) {
    console.log(`-- top functions by ${mode} time`);
    for (const row of summarizeProfile(summarize.slice('--summarize='.length), 20, mode)) {
      console.log(`${row.selfMs.toFixed(1).padStart(9)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.where}`);
    }
  }
} else {
  const { main } = await import(pathToFileURL(join(OUT, 'main.mjs')).href);
  process.exitCode = main(ROOT, argv);
}
