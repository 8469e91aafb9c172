// `npm run bench` (after `node scripts/build.mjs`): bundles the benchmark harness (bench/src/*.ts,
// which imports src/ and templates/ from source) with esbuild into bench/.build/, then runs it.
// Every case runs in fresh processes both with the JIT and under `node --jitless` (the stand-in for
// iOS, which has no JIT and no WebAssembly).
// Options: --iterations=K --n=100,1000,10000 --pr=1,3 --modes=jit,jitless (or --jit, --jitless)
// --profile=<case> --source --offscreen (a host with createCanvas), or --summarize=<file.cpuprofile>.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { noWasmYoga } from './noWasmYoga.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.build');

if (!existsSync(join(ROOT, 'src/yoga/generated/yogaAsm.js')) || !existsSync(join(ROOT, 'dist/openDataContext/index.js'))) {
  console.error('bench: yoga in plain JS (src/yoga/generated) or the ODC bundle is missing: run `node scripts/build.mjs` first, or `npm run bench`');
  process.exit(1);
}

await build({
  entryPoints: { worker: 'bench/src/worker.ts', main: 'bench/src/main.ts', summarize: 'bench/src/summarizeProfile.ts' },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The native canvas loads from node_modules at run time.
  external: ['@napi-rs/canvas'],
  // Nothing may load yoga-layout's wasm build: jitless processes (like real ODCs) have no WebAssembly.
  plugins: [noWasmYoga],
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
