/**
 * The prebuilt panels on strict hosts (PLATFORM.md "What a real open data domain lacks"): a
 * `requestAnimationFrame` that throws or is missing, no `setTimeout`/`clearTimeout`, a console
 * without `warn` or no console at all. The raw api is the simulated `tt` minus those members, and
 * the globals are empty, so nothing leaks in from Node.
 */
import { describe, expect, it } from 'vitest';
import { createOpenDataApp, createOpenDataHost } from '../../src/index.js';
import type { Button, OpenDataApp, RawOpenDataApi } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import type { RawFriend, SimulatedHost, SimulatedHostOptions } from '../../src/testing/index.js';
import { builtinPanels } from '../../templates/index.js';
import { createMockCanvas, createMockImage } from '../helpers/mockCanvas.js';
import type { MockContext } from '../helpers/mockCanvas.js';

const FRIENDS: RawFriend[] = Array.from({ length: 6 }, (_, i) => ({
  openid: `id${i}`,
  nickname: `Friend ${i}`,
  avatarUrl: `https://cdn.example/a${i}.png`,
  KVDataList: [{ key: 'score', value: String(100 - i) }],
}));

interface StrictOptions {
  /** Raw members removed from the simulated `tt`. */
  drop?: readonly string[];
  /** Raw members replaced. */
  replace?: Partial<Record<keyof RawOpenDataApi, unknown>>;
  /** What the app's globals hold (default nothing: no console, no timers). */
  globals?: object;
  sim?: Partial<SimulatedHostOptions>;
}

interface Strict {
  sim: SimulatedHost;
  app: OpenDataApp;
  ctx: MockContext;
  /** Posts a v1 message from the main domain and delivers it. */
  post(type: string, fields?: object): void;
  /** Moves the sim clock in steps, letting promise jobs (and promise-driven frames) run. */
  settle(ms?: number): Promise<void>;
  /** Strings drawn by the app's own frames since the last call. */
  drawnTexts(): string[];
}

async function strictApp(options: StrictOptions = {}): Promise<Strict> {
  const canvas = createMockCanvas(320, 480);
  const sim = createSimulatedHost({
    canvas,
    friends: FRIENDS,
    createImage: () => createMockImage(),
    systemInfo: { windowWidth: 320, windowHeight: 480, pixelRatio: 1 },
    ...options.sim,
  });
  const api: Record<string, unknown> = { ...sim.odcGlobal, ...options.replace };
  for (const name of options.drop ?? []) delete api[name];
  const host = createOpenDataHost(api as RawOpenDataApi, options.globals ?? {}, { kind: 'strict' });
  const app = createOpenDataApp({ host, panels: builtinPanels });
  await app.ready;
  const ctx = canvas.getContext('2d');
  const post = (type: string, fields: object = {}): void => {
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type, ...fields });
    sim.flush();
  };
  const settle = async (ms = 600): Promise<void> => {
    for (let t = 0; t < ms; t += 20) {
      sim.advance(20);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    }
  };
  const drawnTexts = (): string[] => {
    const texts = ctx.__getEvents().filter((e) => e.type === 'fillText').map((e) => String(e.props['text']));
    ctx.__clearEvents();
    return texts;
  };
  post('viewport', { x: 0, y: 0, width: 320, height: 480, pixelRatio: 1 });
  return { sim, app, ctx, post, settle, drawnTexts };
}

describe('panels on strict hosts', () => {
  it('APP21 a requestAnimationFrame that throws: the leaderboard is drawn by ~60 Hz timer frames, with one warning (through console.log when console.warn is missing)', async () => {
    const logged: string[] = [];
    let rafCalls = 0;
    const t = await strictApp({
      replace: {
        requestAnimationFrame: () => {
          rafCalls++;
          throw new Error('rAF is not allowed here');
        },
      },
      globals: { console: { log: (m: string) => logged.push(m) } },
    });
    t.post('show', { panel: 'leaderboard' });
    await t.settle();
    const texts = t.drawnTexts();
    expect(texts).toContain('Friend 0');
    expect(texts).toContain('Friend 5');
    expect(t.app.stage!.scheduler.driver).toBe('timer');
    expect(rafCalls).toBe(1);
    expect(logged.filter((m) => m.includes('requestAnimationFrame'))).toHaveLength(1);
    // A later change is drawn too, and once settled no timer or frame is left behind.
    t.post('theme', { preset: 'dark' });
    await t.settle();
    expect(t.drawnTexts()).toContain('Friend 0');
    expect(t.app.stage!.isIdle).toBe(true);
    expect(t.sim.pendingTimers()).toBe(0);
  });

  it('APP21 a host without setTimeout/clearTimeout: panels draw, avatars load, failed avatars are not retried, shares work, nothing throws', async () => {
    const t = await strictApp({
      drop: ['setTimeout', 'clearTimeout'],
      sim: { images: (url) => (url.endsWith('a1.png') ? 'error' : 'load') },
    });
    t.post('show', { panel: 'leaderboard' });
    await t.settle();
    expect(t.drawnTexts()).toContain('Friend 3');
    expect(t.app.data.status).toBe('ready');
    expect(t.app.stage!.scheduler.driver).toBe('raf');
    const failed = t.sim.calls.images.filter((u) => u.endsWith('a1.png'));
    expect(failed).toHaveLength(1); // no retries without timers
    expect(t.app.stage!.images!.stats().cached).toBe(5);
    t.post('show', { panel: 'share', options: { imageUrl: 'https://cdn.example/card.png' } });
    await t.settle();
    expect(t.drawnTexts()).toContain('Share');
    const button = t.app.stage!.root.findByName('shareButton') as Button;
    const r = button.absoluteRect();
    t.post('pointer', { phase: 'start', id: 1, x: r.x + r.width / 2, y: r.y + r.height / 2 });
    t.post('pointer', { phase: 'end', id: 1, x: r.x + r.width / 2, y: r.y + r.height / 2 });
    expect(t.sim.calls.shares).toHaveLength(1);
    await t.settle();
    expect(button.label.text).toBe('Sent');
    t.app.dispose();
    expect(t.sim.pendingFrames()).toBe(0);
  });

  it('APP21 a host with no rAF, no timers and no console still draws the share panel (promise-driven frames)', async () => {
    const t = await strictApp({ drop: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    t.post('show', { panel: 'share', options: { imageUrl: 'https://cdn.example/card.png' } });
    await t.settle();
    const texts = t.drawnTexts();
    expect(texts).toContain('Friend 2');
    expect(texts).toContain('Share');
    expect(t.app.stage!.scheduler.driver).toBe('promise');
    expect(t.sim.calls.rafRequests).toBe(0);
  });
});
