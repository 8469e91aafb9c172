/**
 * Typed access to scripts/demo.mjs (plain JS, run by `npm run demo`) for the end-to-end tests:
 * building, serving, launching Debian's Chromium and waiting for the simulator to settle.
 */
import type { Browser, Page } from 'playwright-core';

/** What scripts/demo.mjs exports. */
export interface DemoScript {
  CHROMIUM_PATH: string;
  parseArgs(argv: string[]): { port: number; build: boolean; buildDir: string; screenshot: string | undefined; crop: string; scale: number; query: URLSearchParams; help?: boolean };
  buildDemo(opts?: { build?: boolean; outDir?: string }): Promise<string>;
  startServer(port?: number, opts?: { distDir?: string }): Promise<{ url: string; close(): Promise<void> }>;
  launchChromium(): Promise<Browser>;
  openSettled(browser: Browser, url: string, query: string, opts?: { scale?: number }): Promise<Page>;
  waitSettled(page: Page, timeout?: number): Promise<void>;
}

/** Absolute path of scripts/demo.mjs. */
export const DEMO_SCRIPT_URL = new URL('../../scripts/demo.mjs', import.meta.url);

/** Imports scripts/demo.mjs (a URL specifier: TypeScript does not look for declarations of the JS file). */
export async function loadDemoScript(): Promise<DemoScript> {
  return (await import(DEMO_SCRIPT_URL.href)) as DemoScript;
}
