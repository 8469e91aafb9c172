// Builds every output and prints its minified and gzipped size:
// - src/yoga/generated/: yoga-layout translated from wasm to plain JavaScript (cached; see
//   scripts/buildYogaJs.mjs), used by every output below: nothing we ship needs WebAssembly;
// - dist/openDataContext/index.js: one self-contained IIFE a game copies in as its open data domain
//   entry;
// - dist/esm/{index,engine,testing,templates,yoga}.js: ESM entries for `friendcanvas`, `friendcanvas/engine`,
//   `friendcanvas/testing`, `friendcanvas/templates`, `friendcanvas/yoga` (shared chunks), with .d.ts types
//   under dist/types;
// - the main-domain package `friendcanvas/main` in three self-contained forms: dist/esm/main.js (ESM),
//   dist/cjs/main.cjs (CommonJS, typed by the .d.cts tree under dist/types-cjs) and
//   dist/global/friendcanvas-main.js (a classic script defining a global `friendcanvas`).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureYogaJs, YOGA_JS_DIR } from './buildYogaJs.mjs';
import { captureGlobals } from '../bin/captureGlobals.mjs';
import { findForbidden, STOCK_BUNDLE_STAMP } from '../bin/odcChecks.mjs';
import { ROOT } from './setup.mjs';
import { childStdio, info } from './log.mjs';

ensureYogaJs();

const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2018', absWorkingDir: ROOT };
// Legal comments (yoga's MIT notice, a `/*!` comment in src/yoga/generated/yogaAsm.js) stay in every
// output that contains that code: at the end of the minified ODC bundle, in place in the ESM chunks.

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
  legalComments: 'eof',
  // Our private members (`_name`, ../shared/STYLE.md) get short names in this bundle only (ESM
  // consumers keep readable ones): 1.7 KB gzipped less. Safe because nothing outside the bundle sees
  // them and no source reaches one through a string (DIST7 checks that); esbuild never picks a name
  // another property in the bundle uses. `__` names (`__proto__`, emscripten's) never match, and every
  // `_name` in yoga's generated code (`_malloc`, `_free`...) is kept as it is (ARCHITECTURE.md).
  mangleProps: /^_[^_]/,
  reserveProps: yogaPrivateNames(),
});

/** A pattern matching exactly the `_name`s yoga's generated code holds: they are not ours to rename. */
function yogaPrivateNames() {
  const names = new Set();
  for (const f of readdirSync(YOGA_JS_DIR)) {
    if (f.endsWith('.js')) for (const m of readFileSync(join(YOGA_JS_DIR, f), 'utf8').matchAll(/(?<![\w$])_[^_\W]\w*/g)) names.add(m[0]);
  }
  return new RegExp(`^(?:${[...names].sort().join('|')})$`);
}

// The bundle's function takes the built-ins it reads as parameters (bin/captureGlobals.mjs: a
// global read is an interceptor call in a vm context or a host's sandbox, a local read everywhere).
{
  const path = join(dist, 'openDataContext/index.js');
  // Stamped last: `friendcanvas init` replaces only an index.js carrying it (bin/odcChecks.mjs).
  writeFileSync(path, `${captureGlobals(readFileSync(path, 'utf8'))}\n${STOCK_BUNDLE_STAMP}\n`);
}

// The ODC cannot run these (PLATFORM.md, "What a real open data domain lacks"): fail the build, not the device.
{
  const odc = readFileSync(join(dist, 'openDataContext/index.js'), 'utf8');
  const found = findForbidden(odc);
  if (found.length > 0) throw new Error(`build: the ODC bundle uses ${found.join(', ')}`);
}

await build({
  ...common,
  entryPoints: {
    index: 'src/index.ts',
    engine: 'src/engine/index.ts',
    testing: 'src/testing/index.ts',
    templates: 'templates/index.ts',
    yoga: 'src/yoga/index.ts',
  },
  outdir: 'dist/esm',
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  splitting: true,
  minify: false,
  sourcemap: true,
  legalComments: 'inline',
});
copyFileSync(join(ROOT, 'src/yoga/LICENSE-yoga'), join(dist, 'esm/LICENSE-yoga'));

// `friendcanvas/main` is one file in each form (nothing to resolve beside it: a game can copy it).
const mainEntry = { ...common, entryPoints: ['src/main/index.ts'], platform: 'neutral', mainFields: ['module', 'main'] };
await build({ ...mainEntry, outfile: 'dist/esm/main.js', format: 'esm', sourcemap: true });
await build({ ...mainEntry, outfile: 'dist/cjs/main.cjs', format: 'cjs', sourcemap: true });
// Mini-game runtimes run each file as a CommonJS module (`require('./friendcanvas-main.js')`), where a
// top-level `var` stays inside the module: the footer also exports the API and sets it on the global object.
// Each step on its own try: a frozen `module` or a primitive global must not stop the game's script.
const GLOBAL_FOOTER =
  '(function(g){try{if(typeof module==="object"&&module&&typeof module.exports==="object")module.exports=friendcanvas}catch(e){}' +
  'try{if(g&&(typeof g==="object"||typeof g==="function"))g.friendcanvas=friendcanvas}catch(e){}})(typeof globalThis!=="undefined"?globalThis:' +
  'typeof GameGlobal!=="undefined"?GameGlobal:typeof self!=="undefined"?self:typeof window!=="undefined"?window:void 0);';
await build({ ...mainEntry, outfile: 'dist/global/friendcanvas-main.js', format: 'iife', globalName: 'friendcanvas', minify: true, footer: { js: GLOBAL_FOOTER } });
copyFileSync(join(ROOT, 'src/yoga/LICENSE-yoga'), join(dist, 'openDataContext/LICENSE-yoga'));

execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: ROOT,
  stdio: childStdio,
});
// tsc does not copy hand-written .d.ts files: the generated yoga modules' types go beside the emitted ones.
mkdirSync(join(dist, 'types/src/yoga/generated'), { recursive: true });
for (const f of readdirSync(YOGA_JS_DIR)) if (f.endsWith('.d.ts')) copyFileSync(join(YOGA_JS_DIR, f), join(dist, 'types/src/yoga/generated', f));
writeCjsTypes(join(dist, 'types'), join(dist, 'types-cjs'));

/**
 * The same declarations as CommonJS (`.d.cts`, relative specifiers `.js` → `.cjs`): under
 * `moduleResolution: node16`, a `require('friendcanvas/main')` must see CommonJS types, or
 * TypeScript refuses to require an ES module.
 */
function writeCjsTypes(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) {
      writeCjsTypes(source, join(to, entry.name));
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    mkdirSync(to, { recursive: true });
    const text = readFileSync(source, 'utf8').replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)\.js(['"])/g, '$1$2.cjs$3');
    writeFileSync(join(to, entry.name.replace(/\.d\.ts$/, '.d.cts')), text);
  }
}

// Sizes a user pays: the ODC bundle as shipped, and each ESM entry with everything it imports (its
// shared chunks included), minified as an app bundler would.
const sizes = {};
const report = (name, code) => {
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  sizes[name] = { bytes, gzip }; // bytes: minified size
  info(`${name.padEnd(44)} ${String(bytes).padStart(9)} ${String(gzip).padStart(8)}`);
};
info(`${'output'.padEnd(44)} ${'minified'.padStart(9)} ${'gzip'.padStart(8)}`);
report('dist/openDataContext/index.js', readFileSync(join(ROOT, 'dist/openDataContext/index.js')));
report('dist/global/friendcanvas-main.js', readFileSync(join(ROOT, 'dist/global/friendcanvas-main.js')));
for (const [entry, file] of [
  ['friendcanvas', 'src/index.ts'],
  ['friendcanvas/engine', 'src/engine/index.ts'],
  ['friendcanvas/main', 'src/main/index.ts'],
  ['friendcanvas/templates', 'templates/index.ts'],
  ['friendcanvas/testing', 'src/testing/index.ts'],
  ['friendcanvas/yoga', 'src/yoga/index.ts'],
]) {
  const out = await build({
    ...common,
    entryPoints: [file],
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    write: false,
  });
  report(`${entry} (esm, with its chunks)`, out.outputFiles[0].contents);
}
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes, null, 2));
