/**
 * PKG: `friendcanvas/main` as games consume it: `import` and `require()` at run time, types under
 * every TypeScript `moduleResolution` (checked with TypeScript 5.9, as a game would have it), and the
 * classic script that defines a global `friendcanvas`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as mainApi from '../../src/main/index.js';
import { ROOT, scratchProject } from './scratchProject.js';
import type { ScratchProject } from './scratchProject.js';

const TSC = join(ROOT, 'node_modules/typescript-5.9/bin/tsc');
/** Every TypeScript `moduleResolution` a game may use, as tsc options. */
const MODES: Array<Record<string, string>> = [
  { module: 'esnext', moduleResolution: 'bundler' },
  { module: 'node16', moduleResolution: 'node16' },
  { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0' },
];

/** A use of the API that type-checks, plus one that must not: proves the types were found (not `any`). */
const USE = `
const panels = fc.createPanelController({ host: undefined });
panels.setViewport({ x: 0, y: 0, width: 300, height: 400 });
// @ts-expect-error a viewport needs numbers
panels.setViewport({ x: 'left', y: 0, width: 300, height: 400 });
export const version: number = fc.PROTOCOL_VERSION;
`;

function tsc(project: ScratchProject, options: Record<string, string | boolean | string[]>, files: string[]): { status: number | null; output: string } {
  project.write(
    'tsconfig.json',
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2020'], ...options }, files }),
  );
  const run = spawnSync(process.execPath, [TSC, '-p', project.dir], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('PKG friendcanvas/main for every kind of game project', () => {
  let project: ScratchProject;
  beforeAll(() => {
    project = scratchProject('consumer');
  });
  afterAll(() => project.dispose());

  it('PKG1 works from import and from require() at run time, with the same API', () => {
    project.write('esm.mjs', `import * as fc from 'friendcanvas/main'; console.log(JSON.stringify(Object.keys(fc).sort()));`);
    project.write('cjs.cjs', `const fc = require('friendcanvas/main'); console.log(JSON.stringify(Object.keys(fc).sort()));`);
    const expected = Object.keys(mainApi).sort();
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const run = spawnSync(process.execPath, [file], { cwd: project.dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });

  it('PKG2 types resolve under moduleResolution bundler (import)', () => {
    project.write('bundler.ts', `import * as fc from 'friendcanvas/main';\n${USE}`);
    const r = tsc(project, { module: 'esnext', moduleResolution: 'bundler' }, ['bundler.ts']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('PKG3 types resolve under moduleResolution node16, from an ES module and from a CommonJS module (require)', () => {
    project.write('n16-esm.mts', `import * as fc from 'friendcanvas/main';\n${USE}`);
    project.write('n16-cjs.cts', `import fc = require('friendcanvas/main');\n${USE}`);
    const r = tsc(project, { module: 'node16', moduleResolution: 'node16' }, ['n16-esm.mts', 'n16-cjs.cts']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('PKG4 types resolve under moduleResolution node10 (the old "node"), for import and require', () => {
    project.write('n10-import.ts', `import * as fc from 'friendcanvas/main';\n${USE}`);
    project.write('n10-require.ts', `import fc = require('friendcanvas/main');\n${USE.replace('export const', 'const')}`);
    const r = tsc(project, { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0', esModuleInterop: true }, ['n10-import.ts', 'n10-require.ts']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('PKG4b the open data domain entries (friendcanvas, friendcanvas/templates, friendcanvas/yoga) are typed under node10 too, without skipLibCheck', () => {
    project.write(
      'n10-odc.ts',
      `import { createOpenDataApp, View, Text } from 'friendcanvas';
import type { PanelDefinition } from 'friendcanvas';
import { builtinPanels } from 'friendcanvas/templates';
import { loadYoga } from 'friendcanvas/yoga';
const hello: PanelDefinition = { name: 'hello', keys: () => [], create(ctx) { ctx.root.appendChild(new View({ flexGrow: 1 })).appendChild(new Text('hi')); return {}; } };
createOpenDataApp({ panels: [...builtinPanels, hello] });
export const width: Promise<number> = loadYoga().then((y) => { const n = y.Node.create(); n.calculateLayout(10, 10, y.DIRECTION_LTR); return n.getComputedWidth(); });
`,
    );
    const r = tsc(project, { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0', esModuleInterop: true, lib: ['es2020', 'dom'] }, ['n10-odc.ts']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('PKG5 a misuse is a compile error in every mode (the checks above can fail)', { timeout: 120_000 }, () => {
    project.write('bad.ts', `import * as fc from 'friendcanvas/main';\nfc.createPanelController().setViewport({ x: 'left' });\n`);
    for (const options of MODES) {
      const r = tsc(project, options, ['bad.ts']);
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/TS2322|TS2345|TS2739|TS2741/);
    }
  });

  it('PKG7 typos are compile errors in every mode: panel names, each panel\'s options, score formats, label keys, theme presets and token paths; custom panels are declared by merging', { timeout: 120_000 }, () => {
    project.write(
      'typos.ts',
      `import { createPanelController } from 'friendcanvas/main';
declare module 'friendcanvas/main' {
  interface PanelOptionsMap { myPanel: { level: number } }
}
const panels = createPanelController();
panels.show('leaderboard', { scoreKey: 'best', order: 'asc', format: 'integer:,', labels: { title: 'Classement', you: 'Moi' } });
panels.show('leaderboard', { format: 'suffix.1: km' });
panels.show('leaderboard', { tabs: { score: 'Score', kills: 'Kills' }, columns: { kills: { label: 'K' }, best: { format: 'time', label: 'Best' } } });
panels.show('share', { imageUrl: 'card.png', labels: { share: 'Envoyer' } });
panels.show('myPanel', { level: 3 });
panels.show('diagnostics', { keys: 'score', labels: { title: 'Vérification', webAssembly: 'Wasm' } });
panels.setTheme('dark');
panels.setTheme({ colors: { accent: '#fe2c55' } });
// @ts-expect-error a misspelt panel name
panels.show('leaderbord');
// @ts-expect-error a score format that does not exist
panels.show('leaderboard', { format: 'integer;,' });
// @ts-expect-error a misspelt option
panels.show('leaderboard', { oder: 'asc' });
// @ts-expect-error a column's format is checked too
panels.show('leaderboard', { columns: { kills: { format: 'integer;,' } } });
// @ts-expect-error tab labels are strings
panels.show('leaderboard', { tabs: { kills: 3 } });
// @ts-expect-error a misspelt label key
panels.show('share', { labels: { shre: 'Envoyer' } });
// @ts-expect-error a misspelt label key of the device report
panels.show('diagnostics', { labels: { titel: 'Vérification' } });
// @ts-expect-error a misspelt preset
panels.setTheme('drak');
// @ts-expect-error a misspelt token group
panels.setTheme({ colours: { accent: '#fe2c55' } });
panels.setTheme('neon');
panels.setTheme({ images: { panel: { src: 'skins/panel.png', slice: { top: 20, left: 20 } }, medals: { 1: 'gold.png' }, row: null }, gradients: { background: { from: '#000', to: '#fff' } }, effects: { textStroke: { color: '#000', width: 2 } } });
// @ts-expect-error a misspelt image slot
panels.setTheme({ images: { pannel: 'skins/panel.png' } });
// @ts-expect-error a misspelt slice side
panels.setTheme({ images: { row: { src: 'row.png', slice: { middle: 4 } } } });
// @ts-expect-error a medal rank that does not exist
panels.setTheme({ images: { medals: { 4: 'm.png' } } });
// @ts-expect-error a misspelt effect field
panels.setTheme({ effects: { cardShadow: { colour: '#000' } } });
// @ts-expect-error a gradient on a colour token that takes none
panels.setTheme({ gradients: { text: { from: '#000', to: '#fff' } } });
// @ts-expect-error a custom panel's options are typed too
panels.show('myPanel', { level: 'three' });
// @ts-expect-error the share card's image is required
panels.show('share', { title: 'Beat me' });
// @ts-expect-error so the options cannot be left out
panels.show('share');
// @ts-expect-error nor a custom panel's required options
panels.show('myPanel');
panels.show('leaderboard');
`,
    );
    for (const options of MODES) {
      const r = tsc(project, options, ['typos.ts']);
      expect(r.output, options.moduleResolution).toBe('');
      expect(r.status, options.moduleResolution).toBe(0);
    }
  });

  it('PKG8 every TypeScript example in the README type-checks against the published package', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(5);
    // What the examples leave to the reader (your server's openid, your own button, a decoded picture).
    project.write(
      'readme-globals.d.ts',
      [
        'declare const openidFromServer: string;',
        'declare const button: { onTap(cb: () => void | Promise<void>): void };',
        "declare const canvas: import('friendcanvas').PlatformCanvas;",
        'declare function expect(value: unknown): { toBe(v: unknown): void; toMatchObject(v: object): void };',
        'declare function avatarPngBytes(url: string): Uint8Array | undefined;',
        "declare const myPanel: import('friendcanvas').PanelDefinition;",
        '',
      ].join('\n'),
    );
    const files = blocks.map((code, i) => {
      const name = `readme-${i}.ts`;
      project.write(name, `${code}\nexport {};\n`);
      return name;
    });
    const r = tsc(project, { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'esnext.disposable'], types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] }, ['readme-globals.d.ts', ...files]);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
    // One tsc run over every README example: about 18 s on a loaded 2-core machine.
  }, 90_000);

  it('PKG6 the classic script defines a global `friendcanvas` with the same API as friendcanvas/main', () => {
    const script = readFileSync(join(ROOT, 'dist/global/friendcanvas-main.js'), 'utf8');
    const sandbox: Record<string, unknown> = {};
    runInNewContext(script, sandbox);
    expect(Object.keys(sandbox)).toEqual(['friendcanvas']);
    expect(Object.keys(sandbox.friendcanvas as object).sort()).toEqual(Object.keys(mainApi).sort());
    // Self-contained: no import/require left in it.
    expect(script).not.toMatch(/\brequire\(|\bimport\s*[{*("']/);
  });

  it('PKG6 loaded as a CommonJS module (how mini-game runtimes run `require(\'./friendcanvas-main.js\')`), it exports the API and still sets the global', () => {
    const script = readFileSync(join(ROOT, 'dist/global/friendcanvas-main.js'), 'utf8');
    // A mini-game main domain: `GameGlobal` is the global object and each file runs in a module wrapper.
    for (const withGlobalThis of [true, false]) {
      const gameGlobal: Record<string, unknown> = {};
      const sandbox: Record<string, unknown> = { GameGlobal: gameGlobal };
      if (!withGlobalThis) sandbox.globalThis = undefined;
      const module = { exports: {} as Record<string, unknown> };
      const wrapper = runInNewContext(`(function (module, exports, require) {${script}\n})`, sandbox) as (m: unknown, e: unknown, r: unknown) => void;
      wrapper(module, module.exports, () => {
        throw new Error('the classic script must not require anything');
      });
      expect(Object.keys(module.exports).sort()).toEqual(Object.keys(mainApi).sort());
      const global = withGlobalThis ? (runInNewContext('globalThis', sandbox) as Record<string, unknown>) : gameGlobal;
      expect(global.friendcanvas).toBe(module.exports);
    }
    // A frozen module object (or exports) never stops the game's script: the global is still set.
    const sandbox: Record<string, unknown> = {};
    const frozen = Object.freeze({ exports: Object.freeze({}) });
    const wrapper = runInNewContext(`(function (module) {${script}\n})`, sandbox) as (m: unknown) => void;
    expect(() => wrapper(frozen)).not.toThrow();
    expect(Object.keys(runInNewContext('globalThis.friendcanvas', sandbox) as object).sort()).toEqual(Object.keys(mainApi).sort());
  });
});
