/**
 * A scratch game project in a temp dir whose `node_modules/friendcanvas` links to this repository
 * (built), as `npm install friendcanvas` would resolve it. `npm test` builds dist/ first.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ScratchProject {
  dir: string;
  write(path: string, text: string): void;
  dispose(): void;
}

export function scratchProject(prefix: string): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), `friendcanvas-${prefix}-`));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules/friendcanvas'), 'dir');
  // The README's testing examples draw with @napi-rs/canvas, as a game's tests would.
  mkdirSync(join(dir, 'node_modules/@napi-rs'));
  symlinkSync(join(ROOT, 'node_modules/@napi-rs/canvas'), join(dir, 'node_modules/@napi-rs/canvas'), 'dir');
  // Type-only dependencies of the declarations (yoga's types) resolve from the package's own node_modules.
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  return { dir, write, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
