// Makes a fresh machine ready: npm packages, and (when root on Debian) Chromium and the fonts the
// golden images use. Uses only Node built-ins so it runs before `npm install`. Idempotent and quiet
// when everything is present.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages the tests need: a real browser for end-to-end tests, fonts for golden images. */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-dejavu-core', 'fonts-wqy-microhei', 'fonts-noto-color-emoji'];

/** Font files the golden images register by explicit path. */
export const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
];

function run(cmd) {
  console.log(`[setup] ${cmd}`);
  execSync(cmd, { cwd: ROOT, stdio: 'inherit' });
}

export function ensureNodeModules() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const need = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  if (need.every((p) => existsSync(join(ROOT, 'node_modules', p, 'package.json')))) return;
  // `npm install` (not `npm ci`): it honours the lockfile's versions, and npm 11's `ci` rejects the
  // lockfile over @napi-rs/canvas's per-platform optional packages.
  run('npm install --no-audit --no-fund');
}

export function ensureSystemPackages({ required }) {
  const missing = !existsSync('/usr/bin/chromium') || FONT_FILES.some((f) => !existsSync(f));
  if (!missing) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    try {
      run('apt-get update -qq');
      run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`);
      return true;
    } catch (err) {
      console.warn(`[setup] apt-get failed: ${err.message}`);
    }
  }
  const msg = `[setup] missing Chromium or fonts; install with: apt-get install ${DEBIAN_PACKAGES.join(' ')}`;
  if (required) throw new Error(msg);
  console.warn(msg);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureNodeModules();
  ensureSystemPackages({ required: process.env.CI === 'true' });
}
