// `npm run demo`: builds friendcanvas and the simulator, serves them on 127.0.0.1 and prints the URL.
// `npm run demo -- --screenshot out.png [--panel share --theme dark --friends 1000 ...]` renders one
// screenshot headlessly in Chromium instead, then exits. `--help` lists every flag.
// Node built-ins first: a fresh machine gets its npm packages before anything else is imported.
import { ensureNodeModules, ROOT } from './setup.mjs';

ensureNodeModules();

const { spawnSync } = await import('node:child_process');
const { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } = await import('node:fs');
const { createServer } = await import('node:http');
const { dirname, extname, join, normalize, resolve, sep } = await import('node:path');

const PUBLIC_DIR = join(ROOT, 'demo', 'public');
const DIST_DIR = join(ROOT, 'dist');
const DEFAULT_PORT = 5173;
const HOST = '127.0.0.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Chromium flags for a quiet, offline, sandbox-less headless run (containers, CI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Flags that become the page's query (the simulator's settings); `--theme` is the older name of `--skin`. */
const PAGE_FLAGS = { panel: 'panel', skin: 'skin', theme: 'skin', accent: 'accent', friends: 'friends', 'pixel-ratio': 'pr', pr: 'pr', latency: 'latency', fail: 'fail', client: 'client', engine: 'engine', seed: 'seed' };
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const USAGE = `usage: npm run demo -- [options]
  --port N            port to serve on (default ${DEFAULT_PORT}; a free one if taken; 0 = any)
  --no-build          reuse dist/ when it exists (the simulator bundle is always rebuilt)
  --build-dir DIR     write the simulator bundle (and a copy of the ODC bundle) to DIR instead of dist/
  --screenshot FILE   render one PNG headlessly with ${CHROMIUM_PATH}, then exit
    --crop page|phone   whole page (default) or just the phone
    --scale N           device scale factor (default 1)
    --panel leaderboard|share|surpass|diagnostics|none   --accent '#rrggbb'
    --skin light|dark|arcade|neon|parchment|image   a preset, or the image skin (generated art; --theme: same)
    --friends 0|5|50|1000|10000   --pixel-ratio 1|2|3   --stretch   --latency 0|150|600|2000
    --fail friends,unauthorized,avatars,share,noShareApi   --client nativeTouches,noWasm,offscreen   --seed N
    --engine none|cocos|laya|unity   drive the open data domain as that engine does`;

/** Parses CLI flags; throws with the usage on anything unknown. */
export function parseArgs(argv) {
  const opts = { port: DEFAULT_PORT, build: true, buildDir: DIST_DIR, screenshot: undefined, crop: 'page', scale: 1, query: new URLSearchParams() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const name = flag.replace(/^--/, '');
    if (flag === '--help' || flag === '-h') opts.help = true;
    else if (flag === '--port') opts.port = Number(value());
    else if (flag === '--no-build') opts.build = false;
    else if (flag === '--build-dir') opts.buildDir = resolve(value());
    else if (flag === '--screenshot') opts.screenshot = resolve(value());
    else if (flag === '--crop') opts.crop = value();
    else if (flag === '--scale') opts.scale = Number(value());
    else if (flag === '--stretch') opts.query.set('stretch', '1');
    else if (flag.startsWith('--') && name in PAGE_FLAGS) opts.query.set(PAGE_FLAGS[name], value());
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`--port must be 0-65535\n${USAGE}`);
  if (!['page', 'phone'].includes(opts.crop)) throw new Error(`--crop must be page or phone\n${USAGE}`);
  if (!(opts.scale >= 1 && opts.scale <= 4)) throw new Error(`--scale must be 1-4\n${USAGE}`);
  return opts;
}

/**
 * Builds dist/ (unless reusing it) and the simulator bundles under `outDir` (default dist/):
 * `demo/demo.js` (the simulator page) and `demo/client.js` (client.html: the simulated client with no
 * game, for a game's own classic scripts). With another `outDir`, the open data domain bundle and the
 * global main-domain script are copied there too, so a server on that folder keeps working while dist/
 * is rebuilt (tests running beside a build). Returns the folder to serve as /dist.
 */
export async function buildDemo({ build = true, outDir = DIST_DIR } = {}) {
  const shipped = [join('openDataContext', 'index.js'), join('global', 'friendcanvas-main.js')];
  if (build || shipped.some((rel) => !existsSync(join(DIST_DIR, rel)))) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  if (resolve(outDir) !== DIST_DIR) {
    for (const rel of shipped) {
      mkdirSync(dirname(join(outDir, rel)), { recursive: true });
      copyFileSync(join(DIST_DIR, rel), join(outDir, rel));
    }
  }
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { demo: 'demo/src/shell/main.ts', client: 'demo/src/shell/clientMain.ts' },
    outdir: join(outDir, 'demo'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    sourcemap: true,
    logLevel: 'warning',
  });
  return resolve(outDir);
}

/** Maps a URL path to a file under demo/public or `distDir` (served as /dist), or undefined (never outside them). */
function fileFor(urlPath, distDir) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (path === '/') path = '/index.html';
  const [base, rel] = path.startsWith('/dist/') ? [distDir, path.slice('/dist/'.length)] : [PUBLIC_DIR, path.slice(1)];
  const file = normalize(join(base, rel));
  if (!file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function listen(server, port) {
  return new Promise((ok, fail) => {
    const onError = (err) => {
      server.off('listening', onListening);
      fail(err);
    };
    const onListening = () => {
      server.off('error', onError);
      ok();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/** Serves the simulator on 127.0.0.1 (`distDir` as /dist); falls back to a free port when `port` is taken. */
export async function startServer(port = DEFAULT_PORT, { distDir = DIST_DIR } = {}) {
  const server = createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(req.url ?? '/', resolve(distDir)) : undefined;
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  try {
    await listen(server, port);
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    console.log(`[demo] port ${port} is taken; using a free one`);
    await listen(server, 0);
  }
  const url = `http://${HOST}:${server.address().port}/`;
  return { server, url, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Launches Debian's Chromium through playwright-core with the project's flags. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found: apt-get install chromium (or run node scripts/setup.mjs as root)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens the simulator with `query` and waits until it is ready and the open data domain is idle.
 * Fails at once on a page error or a failed request (e.g. a bundle missing from dist/).
 */
export async function openSettled(browser, url, query, { scale = 1 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1320, height: 860 }, deviceScaleFactor: scale });
  const failure = new Promise((_, reject) => {
    page.on('pageerror', (err) => reject(new Error(`page error: ${err.message}`)));
    page.on('response', (res) => {
      const kind = res.request().resourceType();
      if (res.status() >= 400 && (kind === 'document' || kind === 'script' || kind === 'stylesheet')) {
        reject(new Error(`HTTP ${res.status()} for ${res.url()}`));
      }
    });
  });
  failure.catch(() => undefined);
  await page.goto(`${url}${query ? `?${query}` : ''}`);
  await Promise.race([
    failure,
    page.waitForFunction(() => window.__demo !== undefined && (window.__demo.ready || window.__demo.error !== undefined), null, {
      timeout: 20_000,
    }),
  ]);
  const error = await page.evaluate(() => window.__demo.error);
  if (error !== undefined) throw new Error(`simulator failed to start: ${error}`);
  await Promise.race([failure, waitSettled(page)]);
  return page;
}

/** Waits until the ODC has been idle for several consecutive checks and, with a panel shown, has drawn. */
export async function waitSettled(page, timeout = 20_000) {
  try {
    await waitForSettled(page, timeout);
  } catch (err) {
    const state = await page
      .evaluate(() => {
        const d = window.__demo;
        return JSON.stringify({ panel: d.panel(), idle: d.isIdle(), shared: d.shared(), calls: d.calls(), debug: d.debug?.() });
      })
      .catch(() => 'unavailable');
    throw new Error(`${err.message}\nsimulator state: ${state}`);
  }
}

function waitForSettled(page, timeout) {
  return page.waitForFunction(
    () => {
      const d = window.__demo;
      const drawn = d.panel() === undefined || d.shared().hash !== 0;
      d._settled = d.isIdle() && drawn ? (d._settled ?? 0) + 1 : 0;
      return d._settled >= 6;
    },
    null,
    { timeout, polling: 50 },
  );
}

async function screenshot(url, opts) {
  const browser = await launchChromium();
  try {
    const page = await openSettled(browser, url, opts.query.toString(), { scale: opts.scale });
    // Two frames of the game so its scene shows the settled shared canvas.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
    mkdirSync(dirname(opts.screenshot), { recursive: true });
    const target = opts.crop === 'phone' ? page.locator('#phone') : page;
    await target.screenshot({ path: opts.screenshot, ...(opts.crop === 'page' ? { fullPage: true } : {}), animations: 'disabled' });
    console.log(`[demo] wrote ${opts.screenshot}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const distDir = await buildDemo({ build: opts.build, outDir: opts.buildDir });
  const { url, close } = await startServer(opts.screenshot === undefined ? opts.port : 0, { distDir });
  if (opts.screenshot !== undefined) {
    try {
      await screenshot(url, opts);
    } finally {
      await close();
    }
    return;
  }
  const query = opts.query.toString();
  console.log(`friendcanvas demo: ${url}${query ? `?${query}` : ''}`);
  console.log('(Ctrl+C to stop)');
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`[demo] ${err.stack ?? err.message}`);
    process.exit(1);
  });
}
