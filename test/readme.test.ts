/**
 * The README's custom-panel example, extracted from README.md at test time and run against the real
 * API, so the documentation cannot drift from the code. Run, not type-checked: vitest strips types.
 * Every README TypeScript example is type-checked by `tsc` (TypeScript 5.9, against the built
 * package's declarations) in PKG8, test/package/consumers.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createOpenDataApp, createOpenDataHost } from '../src/index.js';
import type { PanelDefinition } from '../src/index.js';
import { createSimulatedHost } from '../src/testing/index.js';
import { createMockCanvas } from './helpers/mockCanvas.js';

it('DOC1 the README custom-panel example runs against the public API and draws its friend count (PKG8 type-checks every README example)', async () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(readme.indexOf('## Custom panels'));
  const code = section.split('```ts\n')[1]!.split('```')[0]!;
  expect(code).toContain("from 'friendcanvas'");
  expect(code).toContain('createOpenDataApp({ panels: [hello] });');
  const dir = fileURLToPath(new URL('../test-results/readme/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}example.ts`;
  writeFileSync(
    file,
    code
      .replace("from 'friendcanvas'", `from ${JSON.stringify(fileURLToPath(new URL('../src/index.ts', import.meta.url)))}`)
      .replace('createOpenDataApp({ panels: [hello] });', 'export { hello };'),
  );
  const { hello } = (await import(file)) as { hello: PanelDefinition };

  const canvas = createMockCanvas(300, 200);
  const sim = createSimulatedHost({
    canvas,
    clock: 'manual',
    friends: [
      { openid: 'a', nickname: 'Ada' },
      { openid: 'b', nickname: 'Bo' },
    ],
  });
  const app = createOpenDataApp({ host: createOpenDataHost(sim.odcGlobal, sim.odcGlobal), panels: [hello] });
  await app.ready;
  sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'hello' });
  for (let i = 0; i < 10; i++) {
    sim.advance(20);
    await Promise.resolve();
  }
  const ctx = canvas.getContext('2d');
  app.stage!.invalidateAll();
  ctx.__clearEvents();
  app.stage!.frame();
  const texts = ctx.__getEvents().filter((e) => e.type === 'fillText').map((e) => e.props.text);
  expect(texts).toEqual(['2 friends playing']);
});

it('DOC2 the README "Checking a device" table covers every line id of the device report, and every #check- link has its anchor', async () => {
  const { DIAGNOSTIC_LINES } = await import('../templates/diagnostics/diagnosticLines.js');
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(readme.indexOf('## Checking a device'), readme.indexOf('## Prebuilt panels'));
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Line'));
  const covered = new Set<string>();
  for (const row of rows) {
    const cell = row.split('|')[1]!.replace(/<a id="[^"]*"><\/a>/g, '').trim();
    const range = /^([A-Z])(\d)(?:–[A-Z](\d))?$/.exec(cell);
    expect(range, row).not.toBeNull();
    for (let i = Number(range![2]); i <= Number(range![3] ?? range![2]); i++) covered.add(`${range![1]}${i}`);
  }
  expect([...covered].sort()).toEqual(DIAGNOSTIC_LINES.map((l) => l.id).sort());
  const anchors = new Set([...readme.matchAll(/<a id="(check-[a-z0-9]+)"><\/a>/g)].map((m) => m[1]));
  const links = [...readme.matchAll(/\]\(#(check-[a-z0-9]+)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(8);
  for (const link of links) expect(anchors, link).toContain(link);
});
