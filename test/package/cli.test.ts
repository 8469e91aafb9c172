/**
 * CLI: `npx friendcanvas init [dir]` and `npx friendcanvas build <entry.ts>`, run as a game would
 * (through node_modules/.bin in a scratch project).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerOdc } from '../../bin/friendcanvas.mjs';
import { findForbidden } from '../../bin/odcChecks.mjs';
import { generateFriends } from '../../src/testing/index.js';
import { bootStrict } from '../dist/strictOdc.js';
import { ROOT, scratchProject } from './scratchProject.js';
import type { ScratchProject } from './scratchProject.js';

const BUNDLE = join(ROOT, 'dist/openDataContext/index.js');
let project: ScratchProject | undefined;
afterEach(() => project?.dispose());

function npx(p: ScratchProject, args: string[]) {
  mkdirSync(join(p.dir, 'node_modules/.bin'), { recursive: true });
  const bin = join(p.dir, 'node_modules/.bin/friendcanvas');
  if (!existsSync(bin)) symlinkSync(join(ROOT, 'bin/friendcanvas.mjs'), bin);
  return spawnSync(bin, args, { cwd: p.dir, encoding: 'utf8' });
}

describe('CLI friendcanvas', () => {
  it('CLI1 registerOdc adds only the key, in the file\'s own indentation and line endings', () => {
    expect(registerOdc('{\n    "appid": "tt1",\n    "x": [1, 2]\n}\n').text).toBe('{\n    "openDataContext": "openDataContext",\n    "appid": "tt1",\n    "x": [1, 2]\n}\n');
    expect(registerOdc('{\r\n\t"appid": "tt1"\r\n}').text).toBe('{\r\n\t"openDataContext": "openDataContext",\r\n\t"appid": "tt1"\r\n}');
    expect(registerOdc('{}').text).toBe('{\n  "openDataContext": "openDataContext"\n}');
    expect(JSON.parse(registerOdc('{"a":1}').text)).toEqual({ openDataContext: 'openDataContext', a: 1 });
    const same = '{ "openDataContext": "openDataContext" }';
    expect(registerOdc(same).text).toBe(same);
    const other = '{ "openDataContext": "odc" }';
    expect(registerOdc(other)).toEqual({ text: other, note: expect.stringContaining('left unchanged') });
    expect(() => registerOdc('{ "a": 1, }')).toThrow(/not valid JSON/);
    expect(() => registerOdc('[1]')).toThrow(/not a JSON object/);
  });

  it('CLI2 init copies the bundle and registers the folder in project.config.json and game.json, changing nothing else', () => {
    project = scratchProject('init');
    const game = '{\n  "deviceOrientation": "portrait",\n  "networkTimeout": { "request": 5000 }\n}\n';
    const config = '{\n    "appid": "tt0000",\n    "compileType": "game"\n}\n';
    project.write('game.json', game);
    project.write('project.config.json', config);
    const run = npx(project, ['init']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(project.dir, 'openDataContext/index.js'))).toEqual(readFileSync(BUNDLE));
    expect(readFileSync(join(project.dir, 'game.json'), 'utf8')).toBe(game.replace('{\n', '{\n  "openDataContext": "openDataContext",\n'));
    expect(readFileSync(join(project.dir, 'project.config.json'), 'utf8')).toBe(config.replace('{\n', '{\n    "openDataContext": "openDataContext",\n'));
    expect(run.stdout).toMatch(/copied the open data domain bundle to openDataContext\/index\.js/);
    expect(run.stdout).toMatch(/game\.json: registered/);
    // Running it again changes nothing.
    const again = npx(project, ['init']);
    expect(again.status).toBe(0);
    expect(readFileSync(join(project.dir, 'game.json'), 'utf8')).toBe(game.replace('{\n', '{\n  "openDataContext": "openDataContext",\n'));
    expect(again.stdout).toMatch(/already registers/);
  });

  it('CLI3 init in a folder with neither file creates project.config.json; a broken config changes nothing at all', () => {
    project = scratchProject('init2');
    mkdirSync(join(project.dir, 'game'));
    const run = npx(project, ['init', 'game']);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(project.dir, 'game/project.config.json'), 'utf8'))).toEqual({ openDataContext: 'openDataContext' });
    expect(existsSync(join(project.dir, 'game/openDataContext/index.js'))).toBe(true);

    mkdirSync(join(project.dir, 'broken'));
    project.write('broken/game.json', '{ "a": 1, }');
    const bad = npx(project, ['init', 'broken']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/game\.json: not valid JSON/);
    expect(readFileSync(join(project.dir, 'broken/game.json'), 'utf8')).toBe('{ "a": 1, }');
    expect(existsSync(join(project.dir, 'broken/openDataContext'))).toBe(false);
    expect(existsSync(join(project.dir, 'broken/project.config.json'))).toBe(false);
  });

  it('CLI4 build bundles a custom panel entry into one classic script with nothing a real open data domain lacks, and it runs in a strict host', async () => {
    project = scratchProject('build');
    project.write(
      'src/odc.ts',
      `import { createOpenDataApp, View, Text, type PanelDefinition } from 'friendcanvas';
import { builtinPanels } from 'friendcanvas/templates';
const hello: PanelDefinition = {
  name: 'hello',
  keys: () => [],
  create(ctx) {
    const box = ctx.root.appendChild(new View({ flexGrow: 1 }));
    const label = box.appendChild(new Text(''));
    return { update() {}, onDataChange(d) { label.setText(String(d.friends.length)); }, onThemeChange() {}, scrollTo() {}, destroy() {} };
  },
};
createOpenDataApp({ panels: [...builtinPanels, hello] });
`,
    );
    const run = npx(project, ['build', 'src/odc.ts', '-o', 'out/odc.js']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const code = readFileSync(join(project.dir, 'out/odc.js'), 'utf8');
    expect(findForbidden(code)).toEqual([]);
    expect(code).toMatch(/^(?:"use strict";)?\(\(Object,Math,/);
    expect(run.stdout).toMatch(/built out\/odc\.js/);
    // A classic script (no module syntax) that starts in a strict open data domain and shows the custom panel.
    const odc = bootStrict({ bundle: join(project.dir, 'out/odc.js'), friends: generateFriends(7, { seed: 1 }), width: 200, height: 200 });
    odc.post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'hello' });
    await odc.settle(200);
    expect(odc.warnings).toEqual([]);
    expect(odc.opaquePixels()).toBeGreaterThan(0);
    odc.post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' });
    await odc.settle(500);
    expect(odc.opaquePixels()).toBeGreaterThan(200 * 200 * 0.9);
    expect(odc.warnings).toEqual([]);
  });

  it('CLI5 build refuses an entry that needs what devices lack, and a missing entry; a refused build writes nothing', () => {
    project = scratchProject('build2');
    project.write('bad.ts', 'export const f = new Function("return 1");\nconsole.log(f);\n');
    const bad = npx(project, ['build', 'bad.ts', '-o', 'bad.js']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/uses Function constructor/);
    const missing = npx(project, ['build', 'nope.ts']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.ts does not exist/);
    const unknown = npx(project, ['deploy']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown command "deploy"/);
    // import.meta (esbuild would empty it with a warning) and eval through the global object are refused too.
    project.write('meta.ts', 'console.log(import.meta.url);\n');
    const meta = npx(project, ['build', 'meta.ts', '-o', 'meta.js']);
    expect(meta.status).toBe(1);
    expect(meta.stderr).toMatch(/uses import\.meta/);
    project.write('geval.ts', 'console.log(globalThis.eval("1"), (0, eval)("2"));\n');
    const geval = npx(project, ['build', '-o', 'geval.js', 'geval.ts']);
    expect(geval.status).toBe(1);
    expect(geval.stderr).toMatch(/uses eval/);
    expect(findForbidden('x.eval(1);globalThis.Function("")')).toEqual(['Function constructor']);
    // The output may come first; unknown options and a second entry are refused.
    project.write('ok.ts', 'console.log(1);\n');
    const first = npx(project, ['build', '-o', 'first.js', 'ok.ts']);
    expect(first.status).toBe(0);
    expect(existsSync(join(project.dir, 'first.js'))).toBe(true);
    expect(npx(project, ['build', 'ok.ts', '--minify']).stderr).toMatch(/unknown option "--minify"/);
    expect(npx(project, ['build', 'ok.ts', 'meta.ts']).stderr).toMatch(/one entry only/);
    // A rejected build never replaces (or leaves) an output: the good bundle stays as it was.
    const good = readFileSync(join(project.dir, 'first.js'), 'utf8');
    const rejected = npx(project, ['build', 'bad.ts', '-o', 'first.js']);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/first\.js was not written/);
    expect(readFileSync(join(project.dir, 'first.js'), 'utf8')).toBe(good);
    expect(existsSync(join(project.dir, 'bad.js'))).toBe(false);
    expect(existsSync(join(project.dir, 'meta.js'))).toBe(false);
  });

  it('CLI6 init copies into the folder a config already registers, registers it in the other, and never replaces an index.js it did not write', () => {
    project = scratchProject('init3');
    // game.json (with a byte order mark, as some editors write) registers "odc"; project.config.json has none.
    project.write('game.json', '\uFEFF{\n  "openDataContext": "odc"\n}\n');
    project.write('project.config.json', '{\n  "appid": "tt1"\n}\n');
    const run = npx(project, ['init']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(project.dir, 'odc/index.js'))).toEqual(readFileSync(BUNDLE));
    expect(existsSync(join(project.dir, 'openDataContext'))).toBe(false);
    expect(readFileSync(join(project.dir, 'project.config.json'), 'utf8')).toBe('{\n  "openDataContext": "odc",\n  "appid": "tt1"\n}\n');
    expect(readFileSync(join(project.dir, 'game.json'), 'utf8')).toBe('\uFEFF{\n  "openDataContext": "odc"\n}\n');

    // The game's own open data domain script is not overwritten without --force.
    project.write('odc/index.js', 'tt.onMessage(function () {});\n');
    const mine = npx(project, ['init']);
    expect(mine.status).toBe(1);
    expect(mine.stderr).toMatch(/odc\/index\.js exists and is not a friendcanvas bundle/);
    expect(readFileSync(join(project.dir, 'odc/index.js'), 'utf8')).toBe('tt.onMessage(function () {});\n');
    // Mentioning friendcanvas does not make it ours: only the prebuilt bundle's last line does.
    project.write('odc/index.js', '// my panels, built with friendcanvas\ntt.onMessage(function () {});\n');
    expect(npx(project, ['init']).status).toBe(1);
    const forced = npx(project, ['init', '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(project.dir, 'odc/index.js'))).toEqual(readFileSync(BUNDLE));
    // The prebuilt bundle (an older one) is replaced without --force.
    expect(npx(project, ['init']).status).toBe(0);

    // Configs that disagree, or a folder outside the game: nothing changes.
    mkdirSync(join(project.dir, 'two'));
    project.write('two/game.json', '{ "openDataContext": "a" }');
    project.write('two/project.config.json', '{ "openDataContext": "b" }');
    const two = npx(project, ['init', 'two']);
    expect(two.status).toBe(1);
    expect(two.stderr).toMatch(/project\.config\.json registers "b", game\.json registers "a": make them agree/);
    expect(existsSync(join(project.dir, 'two/a'))).toBe(false);
    // The same folder spelt two ways agrees; a registered folder that is a file is refused cleanly.
    mkdirSync(join(project.dir, 'same'));
    project.write('same/game.json', '{ "openDataContext": "./odc/" }');
    project.write('same/project.config.json', '{ "openDataContext": "odc" }');
    const same = npx(project, ['init', 'same']);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/game\.json: already registers/);
    expect(same.stdout).not.toMatch(/left unchanged/);
    mkdirSync(join(project.dir, 'file'));
    project.write('file/game.json', '{ "openDataContext": "game.js" }');
    project.write('file/game.js', 'main();\n');
    const file = npx(project, ['init', 'file']);
    expect(file.status).toBe(1);
    expect(file.stderr).toMatch(/"openDataContext": "game\.js" is a file, not a folder; nothing changed/);
    expect(file.stderr).not.toMatch(/at \w+ \(/);
    mkdirSync(join(project.dir, 'out'));
    project.write('out/game.json', '{ "openDataContext": "../elsewhere" }');
    const outside = npx(project, ['init', 'out']);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toMatch(/not a folder inside the game/);
    expect(existsSync(join(project.dir, 'elsewhere'))).toBe(false);
  });
});
