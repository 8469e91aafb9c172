/**
 * PACK: what `npm pack` ships (from the built tree; `prepack` builds it on a clean clone).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('PACK npm pack on a tree without dist/', () => {
  it('PACK4 prepack builds dist/ and `npm pack --dry-run --json` still prints JSON that lists it', () => {
    // A copy of what the build reads (no dist/; yoga's generated JS copied as the cache it is).
    const dir = mkdtempSync(join(tmpdir(), 'friendcanvas-pack-'));
    try {
      for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'LICENSE', 'README.md', 'scripts', 'bin', 'src', 'templates']) {
        cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      const run = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const [result] = JSON.parse(run.stdout) as Array<{ files: PackFile[] }>;
      const files = result!.files.map((f) => f.path);
      expect(files).toContain('dist/openDataContext/index.js');
      expect(files).toContain('dist/global/friendcanvas-main.js');
      expect(files).toContain('dist/types/src/index.d.ts');
      // The build's progress went to stderr.
      expect(run.stderr).toMatch(/dist\/openDataContext\/index\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
