/**
 * What every simulator suite in Chromium shares: the Chromium check (skipped with a message without
 * /usr/bin/chromium, a failure under CI=true), one private build of the demo served for the suite,
 * one browser, pages closed after each test, and `window.__demo` probes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { DemoApi } from '../../demo/src/shell/DemoApi.js';
import { loadDemoScript } from './demoScript.js';
import type { DemoScript } from './demoScript.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
/** Whether the suites run: with Chromium, or under CI (where a missing Chromium fails them). */
export const runsE2e = hasChromium || inCi;
if (!runsE2e) console.warn(`[e2e] SKIPPED: ${CHROMIUM} not found; install it with: apt-get install chromium (or node scripts/setup.mjs as root)`);

/** The running simulator of one suite. */
export interface SimulatorSuite {
  /** The demo script (server, build, settle helpers). */
  script(): DemoScript;
  /** Opens `path` (default the simulator page) with `query` and waits until it settled; closed after the test. */
  open(query: string, path?: string): Promise<Page>;
}

/**
 * Registers the suite's hooks (call inside `describe`): builds the demo into a private folder (a
 * rebuild of dist/ elsewhere cannot pull the bundles away mid-suite), serves it and starts Chromium.
 */
export function useSimulator(tmpPrefix: string): SimulatorSuite {
  let script: DemoScript | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let buildDir: string | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`E2E: ${CHROMIUM} is missing and CI=true: install it (apt-get install chromium) so the end-to-end suite can run`);
    script = await loadDemoScript();
    buildDir = mkdtempSync(join(tmpdir(), tmpPrefix));
    server = await script.startServer(0, { distDir: await script.buildDemo({ build: false, outDir: buildDir }) });
    browser = await script.launchChromium();
  });

  afterEach(async () => {
    // A failed test leaves its page open: close it so the next test starts with a quiet browser.
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (buildDir !== undefined) rmSync(buildDir, { recursive: true, force: true });
  });

  return {
    script: () => {
      if (script === undefined) throw new Error('E2E: not started');
      return script;
    },
    open: async (query, path = '') => {
      if (script === undefined || browser === undefined || server === undefined) throw new Error('E2E: not started');
      const page = await script.openSettled(browser, `${server.url}${path}`, query);
      pages.push(page);
      return page;
    },
  };
}

/** Runs `fn` on `window.__demo` in the page (the function is sent as source: keep it self-contained). */
export function probe<T>(page: Page, fn: (d: DemoApi) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(globalThis.__demo)`) as Promise<T>;
}
