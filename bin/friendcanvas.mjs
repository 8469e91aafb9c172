#!/usr/bin/env node
// `npx friendcanvas init [dir]`: copies the ready open data domain bundle into <dir>/openDataContext/
// and registers that folder in project.config.json (TikTok) and game.json (WeChat/Douyin).
// `npx friendcanvas build <entry.ts> [-o file]`: bundles a custom open data domain entry the way
// devices need it (one classic script, ES2018, nothing a real open data domain lacks).
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { captureGlobals } from './captureGlobals.mjs';
import { findForbidden } from './odcChecks.mjs';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(PACKAGE_ROOT, 'dist/openDataContext/index.js');
/** The folder name registered as the open data domain. */
const ODC_FOLDER = 'openDataContext';
/** Config files that name the open data domain folder, by platform. */
const CONFIG_FILES = ['project.config.json', 'game.json'];

const USAGE = `Usage:
  friendcanvas init [dir]                 copy the open data domain bundle into <dir>/openDataContext/index.js
                                          and register it in project.config.json / game.json (default dir: .)
  friendcanvas build <entry.ts> [-o file] bundle a custom open data domain entry (default: openDataContext/index.js)`;

class CliError extends Error {}

/**
 * Adds `"openDataContext": "openDataContext"` to a JSON config as text, after the opening brace with
 * the file's own indentation, so nothing else in the file changes. Returns what happened.
 */
export function registerOdc(text) {
  let config;
  try {
    config = JSON.parse(text);
  } catch (err) {
    throw new CliError(`not valid JSON (${err.message}); left unchanged`);
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new CliError('not a JSON object; left unchanged');
  if (Object.prototype.hasOwnProperty.call(config, 'openDataContext')) {
    const current = config.openDataContext;
    return current === ODC_FOLDER
      ? { text, note: `already registers "openDataContext": "${ODC_FOLDER}"` }
      : { text, note: `already registers "openDataContext": ${JSON.stringify(current)}; left unchanged (copy the bundle there yourself or change it to "${ODC_FOLDER}")` };
  }
  const brace = text.indexOf('{');
  const rest = text.slice(brace + 1);
  const indent = /^\s*?\n([ \t]*)\S/.exec(rest)?.[1] ?? '  ';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const empty = /^\s*\}/.test(rest);
  const entry = `${newline}${indent}"openDataContext": "${ODC_FOLDER}"${empty ? newline : ','}`;
  return { text: `${text.slice(0, brace + 1)}${entry}${empty ? rest.replace(/^\s*/, '') : rest}`, note: `registered "openDataContext": "${ODC_FOLDER}"` };
}

function init(dirArg) {
  const dir = resolve(dirArg ?? '.');
  if (!existsSync(BUNDLE)) throw new CliError(`${BUNDLE} is missing: this copy of friendcanvas is not built (run \`npm run build\` in it)`);
  if (!existsSync(dir)) throw new CliError(`${dir} does not exist`);
  const done = [];
  // Check every config first: one bad file changes nothing at all.
  const updates = [];
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      const before = readFileSync(file, 'utf8');
      updates.push({ file, before, ...registerOdc(before) });
    } catch (err) {
      throw new CliError(`${name}: ${err.message}`);
    }
  }
  const target = join(dir, ODC_FOLDER, 'index.js');
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(BUNDLE, target);
  done.push(`copied the open data domain bundle to ${relative(process.cwd(), target) || target}`);
  if (updates.length === 0) {
    const file = join(dir, 'project.config.json');
    writeFileSync(file, `{\n  "openDataContext": "${ODC_FOLDER}"\n}\n`);
    done.push(`created ${relative(process.cwd(), file) || file} with "openDataContext": "${ODC_FOLDER}"`);
  }
  for (const u of updates) {
    if (u.text !== u.before) writeFileSync(u.file, u.text);
    done.push(`${relative(process.cwd(), u.file) || u.file}: ${u.note}`);
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
  const entry = args.find((a) => !a.startsWith('-'));
  const o = args.indexOf('-o');
  const out = resolve(o >= 0 && args[o + 1] !== undefined ? args[o + 1] : join(ODC_FOLDER, 'index.js'));
  if (entry === undefined || (o >= 0 && args[o + 1] === undefined)) throw new CliError(USAGE);
  if (!existsSync(entry)) throw new CliError(`${entry} does not exist`);
  const esbuild = await loadEsbuild();
  await esbuild.build({
    entryPoints: [resolve(entry)],
    outfile: out,
    bundle: true,
    // The ODC runs one classic script: no module loader, no DOM, no node built-ins.
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2018',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
  // Built-ins become parameters of the script's function, read once at load (bin/captureGlobals.mjs).
  // Only a speed-up: code of another shape (another esbuild) ships as esbuild wrote it, with a warning.
  try {
    writeFileSync(out, captureGlobals(readFileSync(out, 'utf8')));
  } catch (err) {
    console.warn(`friendcanvas: built-ins left as globals (${err instanceof Error ? err.message : String(err)})`);
  }
  const found = findForbidden(readFileSync(out, 'utf8'));
  if (found.length > 0) throw new CliError(`${out} uses ${found.join(', ')}, which real open data domains do not have; remove what brings it in`);
  console.log(`friendcanvas: built ${relative(process.cwd(), out) || out} (${readFileSync(out).length} bytes)`);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'init') return init(rest[0]);
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
