/**
 * PACK: what `npm pack` ships (from the built tree; `prepack` builds it on a clean clone).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './scratchProject.js';

interface PackFile {
  path: string;
  size: number;
}

function packList(): string[] {
  // --ignore-scripts: npm test has just built dist/; prepack would build it again.
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const [result] = JSON.parse(run.stdout) as Array<{ files: PackFile[] }>;
  return result!.files.map((f) => f.path);
}

describe('PACK npm pack', () => {
  const files = packList();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('PACK1 ships every file package.json points at (exports, main, types, bin), the LICENSE, and a prepack build', () => {
    const targets = new Set<string>([pkg.main, pkg.types, ...Object.values(pkg.bin as Record<string, string>)]);
    const walk = (v: unknown): void => {
      if (typeof v === 'string') targets.add(v);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.exports);
    walk(pkg.typesVersions);
    targets.delete('./package.json');
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//, ''));
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/openDataContext/LICENSE-yoga');
    expect(pkg.scripts.prepack).toMatch(/scripts\/build\.mjs/);
  });

  it('PACK2 every picture the README shows is in the package, at the path the README uses', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((p) => !/^https?:/.test(p));
    expect(pictures.length).toBeGreaterThan(5);
    for (const p of pictures) expect(files, p).toContain(p);
  });

  it('PACK3 ships no sources, tests (but those pictures), scripts or local state', () => {
    const stray = files.filter((f) => /^(src|templates|demo|bench|scripts|\.scratch|node_modules)\//.test(f) || (f.startsWith('test/') && !f.endsWith('.png')));
    expect(stray).toEqual([]);
    expect(files.filter((f) => f.startsWith('test/')).every((f) => f.startsWith('test/golden/__golden__/'))).toBe(true);
  });
});
