/**
 * DIAG: the `diagnostics` panel (the device report) through the real app over simulated hosts that
 * have and lack each capability: its lines, live updates, both touch paths, privacy, throwing host
 * APIs, and no cost while hidden.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOpenDataApp, createOpenDataHost, Text } from '../../src/index.js';
import type { DiagnosticsSource, PanelDefinition } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { DIAGNOSTICS_LABELS, diagnosticsPanel } from '../../templates/index.js';
import { DIAGNOSTIC_LINES } from '../../templates/diagnostics/diagnosticLines.js';
import type { DiagnosticLineId } from '../../templates/diagnostics/diagnosticLines.js';
import { createMockCanvas, createMockImage } from '../helpers/mockCanvas.js';
import { createHarness, friends } from './harness.js';
import { generateFriends } from '../../src/testing/index.js';
import type { Harness } from './harness.js';

function value(h: Harness, id: DiagnosticLineId): string {
  const node = h.root().findByName(`value:${id}`);
  if (!(node instanceof Text)) throw new Error(`no line ${id}`);
  return node.text;
}

async function shown(h: Harness, options: Record<string, string> = {}): Promise<void> {
  h.post('show', { panel: 'diagnostics', options });
  await h.settle(600);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DIAG the diagnostics panel', () => {
  it('DIAG13 every line is drawn in order with its stable id, its label and a value', async () => {
    // Tall enough for every line to be on screen: lines scrolled out of view are not painted (clip culling).
    const h = await createHarness({ friends: friends([1, 2]), width: 375, height: 1200 });
    await shown(h);
    const texts = h.texts();
    expect(texts.slice(0, 2)).toEqual([DIAGNOSTICS_LABELS.title, DIAGNOSTICS_LABELS.caption]);
    let at = 0;
    for (const line of DIAGNOSTIC_LINES) {
      const i = texts.indexOf(line.id, at);
      expect(i, line.id).toBeGreaterThan(0);
      expect(texts[i + 1]).toBe(DIAGNOSTICS_LABELS[line.label]);
      expect(texts[i + 2]).toBe(value(h, line.id));
      expect(value(h, line.id)).not.toBe('');
      at = i + 1;
    }
    expect(DIAGNOSTIC_LINES.map((l) => l.id).join(' ')).toBe(
      'R1 R2 R3 R4 R5 R6 R7 R8 H1 H2 H3 H4 H5 H6 H7 H8 C1 C2 C3 C4 C5 C6 C7 T1 T2 F1 F2 F3 F4 F5 F6 F7 P1 P2',
    );
    expect(h.warnings).toEqual([]);
  });

  it('DIAG13 labels are localised with `labels` (ids stay); unknown labels are warned about once', async () => {
    const h = await createHarness();
    await shown(h);
    h.post('show', { panel: 'diagnostics', options: { labels: { title: 'Vérification', webAssembly: 'WebAssembly (global)', bogus: 'x' } } });
    await h.settle();
    const texts = h.texts();
    expect(texts[0]).toBe('Vérification');
    expect(texts[texts.indexOf('R1') + 1]).toBe('WebAssembly (global)');
    expect(h.warnings).toEqual(['friendcanvas: diagnostics: labels ignored: bogus (unknown)']);
  });

  it('DIAG14 a native touch and a forwarded pointer are shown with the stage point each maps to', async () => {
    const h = await createHarness({ nativeTouches: true });
    h.post('viewport', { x: 20, y: 100, width: 320, height: 480, pixelRatio: 1 });
    await shown(h);
    expect(value(h, 'T1')).toBe('none yet: tap the panel');
    expect(value(h, 'T2')).toBe('none yet (forwardTouches in the game)');
    h.sim.touch('start', 4, 120, 300);
    h.sim.touch('end', 4, 120, 300);
    h.post('pointer', { phase: 'start', id: 9, x: 40, y: 110 });
    h.post('pointer', { phase: 'end', id: 9, x: 40, y: 110 });
    h.post('pointer', { phase: 'start', id: 10, x: 2, y: 5 });
    await h.settle(600);
    expect(value(h, 'T1')).toBe('end #4 at 120, 300 → stage 100, 200 · 2 events');
    expect(value(h, 'T2')).toBe('start #10 at 2, 5 → stage -18, -95 (outside) · 3 events');
    expect(value(h, 'C4')).toBe('x 20 y 100 · 320×480 · @1 · #2');
  });

  it('DIAG14 without native ODC touches the report says so, and forwarded pointers still show', async () => {
    const h = await createHarness({ nativeTouches: false });
    await shown(h);
    expect(value(h, 'H2')).toBe('start no · move no · end no · cancel no');
    expect(value(h, 'T1')).toBe('none (no onTouch* in the ODC)');
    await h.tapMessage(10, 10);
    await h.settle(600);
    expect(value(h, 'T2')).toBe('end #1 at 10, 10 → stage 10, 10 · 2 events');
  });

  it('DIAG15 it updates live while shown (frames, viewport, promise probe) and costs nothing once hidden: no frame, timer or ticker left', async () => {
    const h = await createHarness();
    await shown(h);
    expect(value(h, 'R6')).toBe('timer task (after a 0 ms timeout)');
    await h.settle(1200);
    expect(value(h, 'P1')).toMatch(/^16\.7 ms · 60 fps · \d+ frames · raf$/);
    expect(value(h, 'P2')).toBe('mean 0.0 ms · max 0.0 ms');
    h.post('viewport', { x: 0, y: 0, width: 320, height: 480, pixelRatio: 1 });
    await h.settle(600);
    expect(value(h, 'C4')).toMatch(/#2$/);
    const whileShown = h.sim.calls.rafRequests;
    await h.settle(600);
    expect(h.sim.calls.rafRequests).toBeGreaterThan(whileShown + 20);
    h.post('hide');
    await h.settle(100);
    const afterHide = h.sim.calls.rafRequests;
    await h.settle(3000);
    expect(h.sim.calls.rafRequests).toBe(afterHide);
    expect(h.sim.pendingFrames()).toBe(0);
    expect(h.sim.pendingTimers()).toBe(0);
    expect(h.app.stage!.isIdle).toBe(true);
    // Another panel, idle, pays nothing for the recorder either.
    h.post('show', { panel: 'leaderboard' });
    await h.settle(1000);
    const idle = h.sim.calls.rafRequests;
    await h.settle(2000);
    expect(h.sim.calls.rafRequests).toBe(idle);
  });

  it('DIAG16 no friend data is drawn, measured or logged: marked names, openids, avatar URLs and scores never reach fillText, measureText or the console', async () => {
    const marked: RawFriend[] = Array.from({ length: 30 }, (_, i) => ({
      openid: `MARK-id-${i}`,
      nickname: i % 3 === 0 ? `MARK名前${i}` : `MARK name ${i}`,
      avatarUrl: `https://MARK.example/a${i}.png`,
      KVDataList: [{ key: 'score', value: `${i}MARK` }, { key: 'level', value: 'MARK' }],
    }));
    const consoleSpies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    const h = await createHarness({ friends: marked, nativeTouches: true });
    const fill = vi.spyOn(h.ctx, 'fillText');
    const measure = vi.spyOn(h.ctx, 'measureText');
    h.post('self', { openid: 'MARK-id-3' });
    await shown(h, { keys: 'score,level' });
    await h.tapNative(30, 40);
    await h.tapMessage(50, 60);
    h.post('refresh');
    await h.settle(1200);
    h.texts();
    expect(h.sim.calls.friendQueries.at(-1)).toEqual(['score', 'level']);
    expect(value(h, 'F5')).toBe('openid 30 · nickname 30 · avatarUrl 30 · KVDataList 30');
    expect(value(h, 'F6')).toBe('key 60 · value 60 · value type: string');
    expect(value(h, 'F7')).toBe('yes');
    const seen = [...fill.mock.calls.map((c) => String(c[0])), ...measure.mock.calls.map((c) => String(c[0])), ...h.warnings];
    for (const spy of consoleSpies) seen.push(...spy.mock.calls.map((c) => c.map(String).join(' ')));
    expect(fill.mock.calls.length).toBeGreaterThan(60);
    expect(seen.filter((s) => /MARK/.test(s))).toEqual([]);
  });

  it('DIAG17 a host API that throws while probed is reported as throws on its line; the panel keeps working', async () => {
    const h = await createHarness();
    const odc = h.sim.odcGlobal as unknown as Record<string, unknown>;
    Object.defineProperty(odc, 'canIUse', { get: () => { throw new Error('denied'); }, configurable: true });
    odc.getSystemInfoSync = () => {
      throw new Error('getSystemInfoSync:fail');
    };
    await shown(h);
    expect(value(h, 'H6')).toBe('throws');
    expect(value(h, 'H3')).toBe('throws');
    expect(value(h, 'H8')).toBe('yes');
    expect(h.app.panelName).toBe('diagnostics');
    expect(h.warnings).toEqual([]);
  });

  it('DIAG17 a recorder that throws loses only the lines it feeds', async () => {
    const canvas = createMockCanvas(320, 480);
    const sim = createSimulatedHost({ canvas, friends: friends([1]) });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const warnings: string[] = [];
    host.warn = (m) => void warnings.push(m);
    const boom = (): never => {
      throw new Error('recorder broke');
    };
    const broken: DiagnosticsSource = {
      layout: boom,
      stage: boom,
      pictures: boom,
      hostApis: boom,
      promiseJobs: boom,
      canvas: boom,
      viewport: boom,
      touch: boom,
      frames: boom,
      friendResult: boom,
      messages: boom,
    };
    const wrapped: PanelDefinition = { ...diagnosticsPanel, create: (ctx, o) => diagnosticsPanel.create({ ...ctx, diagnostics: broken }, o) };
    const bare: PanelDefinition = { ...diagnosticsPanel, name: 'bare', create: (ctx, o) => diagnosticsPanel.create({ ...ctx, diagnostics: undefined }, o) };
    const errors: unknown[] = [];
    const app = createOpenDataApp({ host, panels: [wrapped, bare], onError: (e) => errors.push(e) });
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'diagnostics' });
    for (let i = 0; i < 40; i++) sim.advance(20);
    const read = (id: string): string => (app.stage!.root.findByName(`value:${id}`) as Text).text;
    expect([read('R8'), read('C1'), read('T1'), read('P1'), read('F2')]).toEqual(['throws', 'throws', 'throws', 'throws', 'throws']);
    expect(read('R1')).toBe('present');
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'bare' });
    for (let i = 0; i < 40; i++) sim.advance(20);
    expect([read('R8'), read('C3'), read('T2'), read('P2')]).toEqual(['not recorded', 'not recorded', 'not recorded', 'not recorded']);
    expect(errors).toEqual([]);
    app.dispose();
  });

  it('DIAG18 host variants: no shareToUser, result shapes, the player in or out of the list', async () => {
    const old = await createHarness({ shareToUser: false, resultShape: 'users', friends: friends([1, 2, 3]) });
    await shown(old);
    expect(value(old, 'H8')).toBe('no');
    expect(value(old, 'F2')).toBe('res.users');
    expect(value(old, 'F3')).toBe('users');
    expect(value(old, 'F4')).toBe('3');
    expect(value(old, 'F7')).toBe('unknown (no self message)');
    expect(value(old, 'F1')).toBe('ready · 3 kept');
    const bare = await createHarness({ resultShape: 'bare', friends: friends([1]) });
    bare.post('self', { openid: 'somebody-else' });
    await shown(bare);
    expect(value(bare, 'F2')).toBe('res (the result is the list)');
    expect(value(bare, 'F3')).toBe('— (array)');
    expect(value(bare, 'F7')).toBe('no');
    const failing = await createHarness({ failures: { friends: { error: { error_code: 10200, error_msg: 'auth deny' } } } });
    await shown(failing);
    expect(value(failing, 'F1')).toBe('unauthorized (code 10200)');
    expect(value(failing, 'F2')).toBe('no answer yet');
  });

  it('DIAG19 the canvas lines tell whether our resize stuck, and what the canvas was at start', async () => {
    const h = await createHarness();
    h.post('viewport', { x: 0, y: 0, width: 160, height: 240, pixelRatio: 2 });
    await shown(h);
    expect(value(h, 'C1')).toBe('320×480 px · at start 320×480');
    expect(value(h, 'C2')).toBe('160×240 logical · scale 2.00 × 2.00');
    expect(value(h, 'C3')).toBe('stuck (asked 320×480)');
    // A canvas that refuses resizing (WeChat): pinned at 800×800 from the start.
    const canvas = createMockCanvas(800, 800);
    for (const name of ['width', 'height'] as const) Object.defineProperty(canvas, name, { get: () => 800, set: () => undefined, configurable: true });
    const sim = createSimulatedHost({ canvas });
    const app = createOpenDataApp({ host: createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' }), panels: [diagnosticsPanel] });
    const post = (m: object): void => sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, ...m });
    post({ type: 'viewport', x: 0, y: 0, width: 375, height: 667, pixelRatio: 3 });
    post({ type: 'show', panel: 'diagnostics' });
    for (let i = 0; i < 40; i++) sim.advance(20);
    const read = (id: string): string => (app.stage!.root.findByName(`value:${id}`) as Text).text;
    expect(read('C3')).toBe('refused: asked 1125×2001, kept 800×800');
    expect(read('C2')).toBe('375×667 logical · scale 2.13 × 1.20');
    app.dispose();
  });

  it('DIAG19 engine viewports show their dialect, canvas owner and fit; the app leaves their canvas alone; a collapsed rectangle says so', async () => {
    const h = await createHarness();
    const raw = (m: object): void => {
      h.sim.mainGlobal.getOpenDataContext!().postMessage(m);
      h.sim.flush();
    };
    raw({ fromEngine: true, type: 'engine', event: 'viewport', x: 10, y: 20, width: 300, height: 450 });
    await shown(h);
    expect(value(h, 'C5')).toBe('cocos · canvas owner engine · fit contain');
    expect(value(h, 'C3')).toBe('not asked: the engine sizes it (320×480 adopted)');
    expect(value(h, 'C4')).toBe('x 10 y 20 · 300×450 · #2');
    raw({ type: 'updateViewPort', box: { x: 0, y: 0, width: 0, height: 0 } });
    await h.settle(600);
    expect(value(h, 'C5')).toBe('laya · canvas owner engine · fit stretch');
    expect(value(h, 'C3')).toBe('not asked: collapsed rectangle (input paused)');
    // Cocos's loop control is not a refused message.
    raw({ fromEngine: true, type: 'engine', event: 'mainLoop', value: true });
    await h.settle(600);
    expect(value(h, 'C6')).toBe('0');
  });

  it('DIAG20 refused messages are counted with the reason (never the payload); the layout line names the engine', async () => {
    const h = await createHarness();
    await shown(h);
    expect(value(h, 'C6')).toBe('0');
    expect(value(h, 'R8')).toMatch(/^yoga \(JavaScript\) · first layout \d+\.\d ms$/);
    h.post('bogus', { secret: 'MARK' });
    await h.settle(600);
    expect(value(h, 'C6')).toMatch(/^1 · last: /);
    expect(value(h, 'C6')).not.toContain('MARK');
    expect(value(h, 'C5')).toBe('none (friendcanvas v1)');
  });

  it('DIAG23 the avatar bitmaps line: no without createCanvas; yes with counts once the leaderboard kept some; off with the failures when the host\'s canvas failed', async () => {
    const none = await createHarness({ friends: friends([1, 2, 3]) });
    await shown(none);
    expect(value(none, 'C7')).toBe('no (no createCanvas: avatars drawn with their clip)');
    const run = async (createCanvas: () => object): Promise<string> => {
      const h = await createHarness({ friends: generateFriends(8, { seed: 3, missingAvatarRatio: 0 }), createImage: () => createMockImage(0, 0), createCanvas });
      h.post('show', { panel: 'leaderboard' });
      // Avatars load and fade in: painted often enough to get bitmaps.
      await h.settle(1200);
      await shown(h);
      return value(h, 'C7');
    };
    expect(await run(() => createMockCanvas(1, 1))).toMatch(/^yes · [1-9]\d* kept · [1-9]\d* drawn · [1-9]\d* copies$/);
    expect(
      await run(() => {
        throw new Error('no offscreen canvases');
      }),
    ).toMatch(/^off: the host's canvas failed \(1\) · \d+ kept · 0 drawn · 0 copies$/);
  });
});
