#!/usr/bin/env node
// `npx friendcanvas init [dir]`: copies the ready open data domain bundle into <dir>/openDataContext/
// (or the folder a config already registers) and registers that folder in project.config.json
// (TikTok) and game.json (WeChat/Douyin).
// `npx friendcanvas build <entry.ts> [-o file]`: bundles a custom open data domain entry the way
// devices need it (one classic script, ES2018, nothing a real open data domain lacks).
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { captureGlobals } from './captureGlobals.mjs';
import { findForbidden, STOCK_BUNDLE_STAMP } from './odcChecks.mjs';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(PACKAGE_ROOT, 'dist/openDataContext/index.js');
/** The folder name registered as the open data domain. */
const ODC_FOLDER = 'openDataContext';
/** Config files that name the open data domain folder, by platform. */
const CONFIG_FILES = ['project.config.json', 'game.json'];

const USAGE = `Usage:
  friendcanvas init [dir] [--force]       copy the open data domain bundle into <dir>/openDataContext/index.js
                                          (or the folder game.json / project.config.json already registers)
                                          and register it there (default dir: .); --force replaces an index.js
                                          that friendcanvas did not write
  friendcanvas build <entry.ts> [-o file] bundle a custom open data domain entry (default: openDataContext/index.js)`;

class CliError extends Error {}

/** Parses a JSON config (a UTF-8 byte order mark, which some editors write, is allowed). */
function parseConfig(text) {
  let config;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`not valid JSON (${err.message}); left unchanged`);
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new CliError('not a JSON object; left unchanged');
  return config;
}

/**
 * Adds `"openDataContext": "<folder>"` to a JSON config as text, after the opening brace with the
 * file's own indentation, so nothing else in the file changes. Returns what happened.
 */
export function registerOdc(text, folder = ODC_FOLDER) {
  const config = parseConfig(text);
  if (Object.prototype.hasOwnProperty.call(config, 'openDataContext')) {
    const current = config.openDataContext;
    return typeof current === 'string' && sameFolder(current, folder)
      ? { text, note: `already registers "openDataContext": "${folder}"` }
      : { text, note: `already registers "openDataContext": ${JSON.stringify(current)}; left unchanged (copy the bundle there yourself or change it to "${folder}")` };
  }
  const brace = text.indexOf('{');
  const rest = text.slice(brace + 1);
  const indent = /^\s*?\n([ \t]*)\S/.exec(rest)?.[1] ?? '  ';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const empty = /^\s*\}/.test(rest);
  const entry = `${newline}${indent}"openDataContext": ${JSON.stringify(folder)}${empty ? newline : ','}`;
  return { text: `${text.slice(0, brace + 1)}${entry}${empty ? rest.replace(/^\s*/, '') : rest}`, note: `registered "openDataContext": ${JSON.stringify(folder)}` };
}

/** `path` as the user would type it from here. */
function shown(path) {
  return relative(process.cwd(), path) || path;
}

/** Whether two registered folder names name the same folder (`odc`, `./odc`, `odc/`). */
function sameFolder(a, b) {
  const norm = (f) => posix.normalize(f.replace(/\\/g, '/')).replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/**
 * Whether `file` may be written: absent, empty, or the prebuilt bundle (an older version; it ends with
 * {@link STOCK_BUNDLE_STAMP}). The game's own script, or its own `friendcanvas build`, is kept.
 */
function replaceable(file) {
  if (!existsSync(file)) return true;
  if (!statSync(file).isFile()) throw new CliError(`${shown(file)} is not a file; nothing changed`);
  const text = readFileSync(file, 'utf8');
  return text.trim() === '' || text.trimEnd().endsWith(STOCK_BUNDLE_STAMP);
}

function init(args) {
  const force = args.includes('--force');
  const dirs = args.filter((a) => a !== '--force');
  const unknown = dirs.find((a) => a.startsWith('-'));
  if (unknown !== undefined) throw new CliError(`unknown option "${unknown}"\n${USAGE}`);
  if (dirs.length > 1) throw new CliError(`one game folder only, got "${dirs[0]}" and "${dirs[1]}"\n${USAGE}`);
  const dir = resolve(dirs[0] ?? '.');
  if (!existsSync(BUNDLE)) throw new CliError(`${BUNDLE} is missing: this copy of friendcanvas is not built (run \`npm run build\` in it)`);
  if (!existsSync(dir)) throw new CliError(`${dir} does not exist`);
  const done = [];
  // Check every config first: one bad file changes nothing at all.
  const configs = [];
  const registered = new Map();
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      const before = readFileSync(file, 'utf8');
      const config = parseConfig(before);
      if (Object.prototype.hasOwnProperty.call(config, 'openDataContext')) {
        const folder = config.openDataContext;
        const inside = typeof folder === 'string' && folder.trim() !== '' && !isAbsolute(folder) ? relative(dir, resolve(dir, folder)) : '';
        if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
          throw new CliError(`"openDataContext" is ${JSON.stringify(folder)}: not a folder inside the game; left unchanged`);
        }
        registered.set(name, folder);
      }
      configs.push({ file, name, before });
    } catch (err) {
      throw new CliError(`${name}: ${err.message}`);
    }
  }
  // A folder already registered is where the bundle goes (and what the other config gets).
  const [first, ...others] = registered.values();
  if (others.some((f) => !sameFolder(f, first))) {
    throw new CliError(`${[...registered].map(([n, f]) => `${n} registers ${JSON.stringify(f)}`).join(', ')}: make them agree, then run init again; nothing changed`);
  }
  const folder = first ?? ODC_FOLDER;
  const folderPath = resolve(dir, folder);
  if (existsSync(folderPath) && !statSync(folderPath).isDirectory()) {
    throw new CliError(`"openDataContext": ${JSON.stringify(folder)} is a file, not a folder; nothing changed`);
  }
  const target = join(folderPath, 'index.js');
  if (!force && !replaceable(target)) {
    throw new CliError(`${shown(target)} exists and is not a friendcanvas bundle; move it (or pass --force to replace it); nothing changed`);
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(BUNDLE, target);
  done.push(`copied the open data domain bundle to ${shown(target)}`);
  if (configs.length === 0) {
    const file = join(dir, 'project.config.json');
    writeFileSync(file, `{\n  "openDataContext": "${ODC_FOLDER}"\n}\n`);
    done.push(`created ${shown(file)} with "openDataContext": "${ODC_FOLDER}"`);
  }
  for (const c of configs) {
    const u = registerOdc(c.before, folder);
    if (u.text !== c.before) writeFileSync(c.file, u.text);
    done.push(`${shown(c.file)}: ${u.note}`);
  }
  for (const line of done) console.log(`friendcanvas: ${line}`);
}

async function loadEsbuild() {
  // The game's own esbuild first (it is an optional peer dependency), then ours.
  for (const base of [join(process.cwd(), 'package.json'), join(PACKAGE_ROOT, 'package.json')]) {
    try {
      const path = createRequire(base).resolve('esbuild');
      return await import(pathToFileURL(path).href);
    } catch {
      // try the next
    }
  }
  throw new CliError('`friendcanvas build` needs esbuild: npm install --save-dev esbuild');
}

async function buildEntry(args) {
  let entry;
  let outArg;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o') {
      outArg = args[++i];
      if (outArg === undefined) throw new CliError(USAGE);
    } else if (a.startsWith('-')) throw new CliError(`unknown option "${a}"\n${USAGE}`);
    else if (entry === undefined) entry = a;
    else throw new CliError(`one entry only, got "${entry}" and "${a}"\n${USAGE}`);
  }
  if (entry === undefined) throw new CliError(USAGE);
  const out = resolve(outArg ?? join(ODC_FOLDER, 'index.js'));
  if (!existsSync(entry)) throw new CliError(`${entry} does not exist`);
  const esbuild = await loadEsbuild();
  // Built in memory and written only once every check passed: a rejected build never replaces a good bundle.
  let code;
  try {
    const result = await esbuild.build({
      entryPoints: [resolve(entry)],
      outfile: out,
      write: false,
      bundle: true,
      // The ODC runs one classic script: no module loader, no DOM, no node built-ins.
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2018',
      minify: true,
      legalComments: 'eof',
      logLevel: 'warning',
      // esbuild empties `import.meta` outside ES modules with a warning; a device has no module loader at all.
      logOverride: { 'empty-import-meta': 'error' },
    });
    // One entry, no source map, legal comments kept inline: esbuild gives exactly one output file.
    code = result.outputFiles[0].text;
  } catch (err) {
    // esbuild has printed each error with its location.
    throw new CliError(`could not build ${entry}${/import\.meta/.test(String(err)) ? ': it uses import.meta, which real open data domains do not have' : ''}`);
  }
  // Built-ins become parameters of the script's function, read once at load (bin/captureGlobals.mjs).
  // Only a speed-up: code of another shape (another esbuild) ships as esbuild wrote it, with a warning.
  try {
    code = captureGlobals(code);
  } catch (err) {
    console.warn(`friendcanvas: built-ins left as globals (${err instanceof Error ? err.message : String(err)})`);
  }
  const found = findForbidden(code);
  if (found.length > 0) throw new CliError(`${entry} uses ${found.join(', ')}, which real open data domains do not have; remove what brings it in (${shown(out)} was not written)`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(`friendcanvas: built ${shown(out)} (${Buffer.byteLength(code)} bytes)`);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'init') return init(rest);
  if (command === 'build') return buildEntry(rest);
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(USAGE);
    return undefined;
  }
  throw new CliError(`unknown command "${command}"\n${USAGE}`);
}

// Run as a command (npx goes through a symlink in node_modules/.bin), not when imported by tests.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`friendcanvas: ${err instanceof CliError ? err.message : err?.stack ?? String(err)}`);
    process.exitCode = 1;
  });
}
