// Builds every output and prints its minified and gzipped size:
// - dist/openDataContext/index.js: one self-contained IIFE (yoga's wasm inlined) a game copies in
//   as its open data domain entry;
// - dist/esm/{index,main,testing,templates}.js: ESM entries for `friendcanvas`, `friendcanvas/main`,
//   `friendcanvas/testing`, `friendcanvas/templates`, with .d.ts types under dist/types.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './setup.mjs';

const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2018', absWorkingDir: ROOT };

// The ODC runs one plain script: no module loader, no DOM, no fetch. `platform: 'neutral'` keeps
// node/browser shims out; yoga's emscripten glue probes for node only at run time.
await build({
  ...common,
  entryPoints: ['templates/openDataContext/index.ts'],
  outfile: 'dist/openDataContext/index.js',
  format: 'iife',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: false,
});

await build({
  ...common,
  entryPoints: { index: 'src/index.ts', main: 'src/main/index.ts', testing: 'src/testing/index.ts', templates: 'templates/index.ts' },
  outdir: 'dist/esm',
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  splitting: true,
  external: ['yoga-layout'],
  minify: false,
  sourcemap: true,
});

execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});

// Sizes a user pays: the ODC bundle as shipped, and each ESM entry with everything it imports (its
// shared chunks included), minified as an app bundler would, yoga-layout excluded.
const sizes = {};
const report = (name, code) => {
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  sizes[name] = { bytes, gzip }; // bytes: minified size
  console.log(`${name.padEnd(34)} ${String(bytes).padStart(9)} ${String(gzip).padStart(8)}`);
};
console.log(`${'output'.padEnd(34)} ${'minified'.padStart(9)} ${'gzip'.padStart(8)}`);
report('dist/openDataContext/index.js', readFileSync(join(ROOT, 'dist/openDataContext/index.js')));
for (const [entry, file] of [
  ['friendcanvas', 'src/index.ts'],
  ['friendcanvas/main', 'src/main/index.ts'],
  ['friendcanvas/templates', 'templates/index.ts'],
  ['friendcanvas/testing', 'src/testing/index.ts'],
]) {
  const out = await build({
    ...common,
    entryPoints: [file],
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['yoga-layout'],
    minify: true,
    write: false,
  });
  report(`${entry} (esm, with its chunks)`, out.outputFiles[0].contents);
}
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes, null, 2));
