import { describe, expect, it } from 'vitest';
import { createOpenDataApp, createOpenDataHost, darkTheme, Image, View } from '../../src/index.js';
import type { PanelDefinition } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import { asyncLayout, FRIENDS, probePanel, setup } from './appHarness.js';
import type { Probe } from './appHarness.js';
import type { RawFriend } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

describe('createOpenDataApp', () => {
  it('APP1 a show message mounts the named panel, fetches its keys once, and hands it the friend data', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one', options: { scoreKey: 'best' } });
    await t.settle();
    expect(t.app.panelName).toBe('one');
    expect(t.sim.calls.friendQueries).toEqual([['best']]);
    expect(t.probe.data.at(-1)?.status).toBe('ready');
    expect(t.texts()).toContain('ready 2');
  });

  it('APP2 re-sending show for the mounted panel updates it in place: no new panel, no refetch', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    await t.settle();
    t.v1('show', { panel: 'one', options: { title: 'x' } });
    await t.settle();
    expect(t.probe.created).toBe(1);
    expect(t.probe.updates.at(-1)).toEqual({ title: 'x' });
    expect(t.sim.calls.friendQueries.length).toBe(1);
  });

  it('APP3 a rejected message gives one warning naming the problem and changes no state', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    await t.settle();
    const before = { panel: t.app.panelName, theme: t.app.theme, version: t.app.data.version };
    const width = t.app.stage!.width;
    t.v1('viewport', { x: 0, y: 0, width: -5, height: 10 });
    await t.settle();
    expect(t.warnings.filter((w) => w.includes('ignored message')).length).toBe(1);
    expect(t.warnings.some((w) => w.includes('width'))).toBe(true);
    expect({ panel: t.app.panelName, theme: t.app.theme, version: t.app.data.version }).toEqual(before);
    expect(t.app.stage!.width).toBe(width);
  });

  it('APP4 warnings are rate-limited: a flood of bad messages prints a bounded number of lines', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    for (let i = 0; i < 200; i++) t.post({ ns: 'friendcanvas', v: 1, type: 'nope' });
    expect(t.warnings.length).toBeLessThanOrEqual(5);
    t.sim.advance(11_000);
    t.post({ ns: 'friendcanvas', v: 1, type: 'nope' });
    expect(t.warnings.some((w) => /more warning\(s\) suppressed \(the first: /.test(w))).toBe(true);
  });

  it('APP4 a warning repeated within the window is printed once and spends nothing: a different one after it still shows', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    for (let i = 0; i < 50; i++) t.post({ ns: 'friendcanvas', v: 1, type: 'nope' });
    t.v1('show', { panel: 'leaderbord' });
    t.v1('viewport', { x: 0, y: 0, width: -5, height: 10 });
    await t.settle();
    expect(t.warnings.filter((w) => /ignored message: type:/.test(w))).toHaveLength(1);
    expect(t.warnings.some((w) => /unknown panel "leaderbord"/.test(w))).toBe(true);
    expect(t.warnings.some((w) => /ignored message.*width/.test(w))).toBe(true);
  });

  it('APP5 a panel that throws is contained: an error state is drawn, and a later show still works', async () => {
    const t = await setup((p) => [probePanel('bad', p, 'data'), probePanel('good', p)]);
    t.v1('show', { panel: 'bad' });
    await t.settle();
    expect(t.errors.length).toBe(1);
    expect(t.app.panelName).toBeUndefined();
    expect(t.texts()).toEqual(['Something went wrong.', 'Retry']);
    t.v1('show', { panel: 'good' });
    await t.settle();
    expect(t.app.panelName).toBe('good');
    expect(t.texts()).toContain('ready 2');
  });

  it('APP6 a panel that throws at creation leaves none of its nodes, and the error state is drawn (never blank)', async () => {
    const t = await setup((p) => [probePanel('good', p), probePanel('bad', p, 'create')]);
    const baseline = t.app.stage!.layout.liveNodes;
    t.v1('show', { panel: 'good' });
    await t.settle();
    t.v1('show', { panel: 'bad' });
    await t.settle();
    expect(t.errors.length).toBe(1);
    expect(t.app.panelName).toBeUndefined();
    expect(t.texts()).toEqual(['Something went wrong.', 'Retry']);
    t.v1('hide');
    await t.settle();
    expect(t.app.stage!.layout.liveNodes).toBe(baseline);
  });

  it('APP7 hide releases every node of the panel and the canvas is cleared; then nothing is requested while idle', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    const baseline = t.app.stage!.layout.liveNodes;
    t.v1('show', { panel: 'one' });
    await t.settle();
    expect(t.app.stage!.layout.liveNodes).toBeGreaterThan(baseline);
    t.v1('hide');
    await t.settle();
    expect(t.probe.destroyed).toBe(1);
    expect(t.app.stage!.layout.liveNodes).toBe(baseline);
    expect(t.texts()).toEqual([]);
    await t.settle();
    expect(t.sim.pendingFrames()).toBe(0);
  });

  it('APP8 messages posted before an asynchronous layout engine is ready are queued and applied in order', async () => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)], layout: asyncLayout() });
    const post = (m: object) => sim.mainGlobal.getOpenDataContext!().postMessage(m);
    post({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 10, y: 20, width: 200, height: 100, pixelRatio: 2 });
    post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'one' });
    sim.flush();
    expect(app.stage).toBeUndefined();
    await app.ready;
    expect(app.stage!.width).toBe(200);
    expect(canvas.width).toBe(400);
    expect(app.panelName).toBe('one');
  });

  it('APP9 theme messages reach the panel without a rebuild; invalid tokens are warned about and the rest applies', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    await t.settle();
    t.v1('theme', { preset: 'dark', tokens: { colors: { accent: '#ff0050', background: 'not-a-colour' } } });
    await t.settle();
    expect(t.probe.created).toBe(1);
    const theme = t.probe.themes.at(-1)!;
    expect(theme.colors.accent).toBe('#ff0050');
    expect(theme.colors.background).toBe(t.app.theme.colors.background);
    expect(t.warnings.some((w) => w.includes('background'))).toBe(true);
  });

  it('APP10 score, self, refresh and scrollTo are routed: fresh scores without a refetch, refresh refetches', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    await t.settle();
    t.v1('self', { openid: 'a' });
    t.v1('score', { key: 'score', value: 99 });
    await t.settle();
    expect(t.app.data.selfOpenid).toBe('a');
    expect(t.app.data.selfScores).toEqual({ score: '99' });
    expect(t.sim.calls.friendQueries.length).toBe(1);
    t.v1('refresh');
    await t.settle();
    expect(t.sim.calls.friendQueries.length).toBe(2);
    t.v1('scrollTo', { target: 'self' });
    expect(t.probe.scrolls).toEqual(['self']);
  });

  it('APP11 a failed fetch becomes an error or unauthorized state; a failed refresh keeps the data on screen', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.sim.setFailure('friends', { errMsg: 'getFriendCloudStorage:fail auth deny' });
    t.v1('show', { panel: 'one' });
    await t.settle();
    expect(t.app.data.status).toBe('unauthorized');
    t.sim.clearFailure('friends');
    t.v1('refresh');
    await t.settle();
    expect(t.app.data.status).toBe('ready');
    t.sim.setFailure('friends', { errMsg: 'getFriendCloudStorage:fail network' });
    t.v1('refresh');
    await t.settle();
    expect(t.app.data.status).toBe('ready');
    expect(t.app.data.friends.length).toBe(2);
  });

  it('APP12 an unknown panel name is warned about (listing the registered ones) and nothing is mounted', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'two' });
    await t.settle();
    expect(t.app.panelName).toBeUndefined();
    expect(t.warnings.some((w) => w.includes('unknown panel') && w.includes('one'))).toBe(true);
  });

  it('APP30 a touch before any viewport message warns once that its mapping is a guess (both input paths); after a viewport, none', async () => {
    const guess = (w: string) => w.includes('before any viewport message');
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    t.v1('pointer', { phase: 'start', id: 1, x: 10, y: 10 });
    t.v1('pointer', { phase: 'end', id: 1, x: 10, y: 10 });
    await t.settle();
    expect(t.warnings.filter(guess)).toHaveLength(1);
    expect(t.warnings.find(guess)).toMatch(/shown at \(0, 0\) at \d+(\.\d+)?×\d+(\.\d+)? logical px\. Send \{type: 'viewport', x, y, width, height\}/);
    // Native touches (a host with onTouch) are checked the same way; a viewport first: no warning.
    for (const viewportFirst of [false, true]) {
      const canvas = createMockCanvas(300, 400);
      const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual', nativeTouches: true });
      const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
      const warnings: string[] = [];
      host.warn = (m) => void warnings.push(m);
      const app = createOpenDataApp({ host, panels: [probePanel('one', { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 })] });
      await app.ready;
      const odc = sim.mainGlobal.getOpenDataContext!();
      if (viewportFirst) odc.postMessage({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 300, height: 400 });
      odc.postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'one' });
      sim.flush();
      for (let i = 0; i < 3; i++) {
        sim.touch('start', 0, 20, 20);
        sim.touch('end', 0, 20, 20);
      }
      sim.advance(50);
      expect(warnings.filter(guess)).toHaveLength(viewportFirst ? 0 : 1);
      app.dispose();
    }
  });

  it('APP13 two apps in one process share nothing', async () => {
    const a = await setup((p) => [probePanel('one', p)]);
    const b = await setup((p) => [probePanel('one', p)]);
    a.v1('show', { panel: 'one' });
    await a.settle();
    expect(a.app.panelName).toBe('one');
    expect(b.app.panelName).toBeUndefined();
    expect(a.app.stage!.layout).not.toBe(b.app.stage!.layout);
    expect(b.app.stage!.layout.liveNodes).toBeLessThan(a.app.stage!.layout.liveNodes);
  });

  it('APP14 a touch stream while an asynchronous layout engine loads never pushes out the viewport and show messages', async () => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const warnings: string[] = [];
    host.warn = (m) => void warnings.push(m);
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)], layout: asyncLayout() });
    const post = (m: object) => sim.mainGlobal.getOpenDataContext!().postMessage(m);
    post({ ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 200, height: 100, pixelRatio: 1 });
    post({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'one' });
    for (let i = 0; i < 200; i++) post({ ns: 'friendcanvas', v: 1, type: 'pointer', phase: 'move', id: 1, x: i, y: 1 });
    sim.flush();
    await app.ready;
    expect(app.stage!.width).toBe(200);
    expect(app.panelName).toBe('one');
    expect(warnings.filter((w) => w.includes('before the engine was ready')).length).toBe(1);
  });

  it('APP15 dispose stops everything: no timers, image retries or frames afterwards', async () => {
    const canvas = createMockCanvas(300, 400);
    const friends: RawFriend[] = Array.from({ length: 8 }, (_, i) => ({ openid: `f${i}`, nickname: `F${i}`, avatarUrl: `https://a.example/${i}.png` }));
    const sim = createSimulatedHost({ canvas, friends, clock: 'manual', images: () => 'never' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const panel: PanelDefinition = {
      name: 'avatars',
      keys: () => [],
      create: (ctx) => {
        const row = ctx.root.appendChild(new View({ flexDirection: 'row' }));
        return {
          update: () => {},
          onDataChange: (d) => {
            row.removeAllChildren();
            for (const f of d.friends) row.appendChild(new Image({ src: f.avatarUrl }, { width: 20, height: 20 }));
          },
          onThemeChange: () => {},
          scrollTo: () => {},
          destroy: () => {},
        };
      },
    };
    const app = createOpenDataApp({ host, panels: [panel] });
    await app.ready;
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'avatars' });
    for (let i = 0; i < 10; i++) {
      sim.advance(20);
      await Promise.resolve();
    }
    expect(sim.calls.images.length).toBe(8);
    expect(sim.pendingTimers()).toBeGreaterThan(0); // image timeouts waiting
    app.dispose();
    expect(sim.pendingTimers()).toBe(0);
    sim.advance(60_000);
    expect(sim.calls.images.length).toBe(8);
    expect(sim.pendingFrames()).toBe(0);
  });

  it('APP16 a theme message with an unknown preset is ignored whole, with a warning listing the presets', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    t.v1('theme', { preset: 'dark' });
    await t.settle();
    const dark = t.app.theme;
    t.v1('theme', { preset: 'drak', tokens: { colors: { accent: '#ff0000' } } });
    await t.settle();
    expect(t.app.theme).toBe(dark);
    expect(t.warnings.some((w) => w.includes('unknown preset') && w.includes('light, dark, arcade'))).toBe(true);
  });

  it('APP17 a host whose requestAnimationFrame throws gets one warning; the panel stays mounted and keeps drawing on a timer', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one' });
    await t.settle();
    let rafCalls = 0;
    t.host.requestAnimationFrame = () => {
      rafCalls++;
      throw new Error('no frames now');
    };
    const frames = t.app.stage!.stats.frames;
    t.v1('theme', { preset: 'dark' }); // repaints: asks for a frame
    await t.settle();
    t.v1('theme', { preset: 'arcade' });
    await t.settle();
    expect(t.app.panelName).toBe('one');
    expect(t.errors).toEqual([]);
    expect(t.warnings.filter((w) => w.includes('host error'))).toHaveLength(1);
    expect(rafCalls).toBe(1);
    expect(t.app.stage!.stats.frames - frames).toBeGreaterThanOrEqual(2);
    expect(t.app.stage!.isIdle).toBe(true);
    expect(t.sim.pendingTimers()).toBe(0);
  });

  it('APP18 while an asynchronous layout engine loads, repeated state messages replace each other: 70 score updates never push out viewport, theme or show', async () => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)], layout: asyncLayout() });
    const post = (m: object) => sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, ...m });
    post({ type: 'viewport', x: 0, y: 0, width: 220, height: 120, pixelRatio: 1 });
    post({ type: 'theme', preset: 'dark' });
    post({ type: 'show', panel: 'one' });
    for (let i = 0; i < 70; i++) post({ type: 'score', key: 'score', value: i });
    sim.flush();
    await app.ready;
    expect(app.stage!.width).toBe(220);
    expect(app.panelName).toBe('one');
    expect(app.theme.colors.background).toBe('#0f0f14');
    expect(app.data.selfScores).toEqual({ score: '69' });
  });

  it('APP19 theme messages accumulate like the controller replays them: an explicit button colour survives a later accent', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('theme', { tokens: { colors: { buttonBackground: '#000000' } } });
    t.v1('theme', { tokens: { colors: { accent: '#ff0000' } } });
    await t.settle();
    const live = t.app.theme.colors.buttonBackground;
    // What resync sends: the preset then the merged tokens in one message.
    t.v1('theme', { preset: 'light', tokens: { colors: { buttonBackground: '#000000', accent: '#ff0000' } } });
    await t.settle();
    expect(live).toBe('#000000');
    expect(t.app.theme.colors.buttonBackground).toBe(live);
    expect(t.app.theme.colors.accent).toBe('#ff0000');
    // A preset drops earlier overrides.
    t.v1('theme', { preset: 'dark' });
    await t.settle();
    expect(t.app.theme.colors.accent).toBe(darkTheme.colors.accent);
    expect(t.app.theme.colors.buttonBackground).toBe(darkTheme.colors.buttonBackground);
  });

  it('APP20 the error state follows theme changes', async () => {
    const t = await setup((p) => [probePanel('bad', p, 'create')]);
    t.v1('show', { panel: 'bad' });
    await t.settle();
    const fills = () => {
      const ctx = t.canvas.getContext('2d');
      t.app.stage!.invalidateAll();
      ctx.__clearEvents();
      t.app.stage!.frame();
      return ctx.__getEvents().filter((e) => e.type === 'fillStyle').map((e) => String(e.props.value));
    };
    expect(fills()).toContain(t.app.theme.colors.background);
    t.v1('theme', { preset: 'dark' });
    await t.settle();
    expect(fills()).toContain('#0f0f14');
    expect(t.texts()).toEqual(['Something went wrong.', 'Retry']);
  });

  it('APP23 with the default layout engine the app starts synchronously: the stage exists before any promise callback runs', () => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)] });
    expect(app.stage).toBeDefined();
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'one' });
    sim.flush();
    // No await anywhere in this test: nothing depends on microtask order (iOS <= 15 runs promise callbacks as timers).
    expect(app.panelName).toBe('one');
    expect(probe.created).toBe(1);
  });

  it('LAYOUT5 when no layout engine can load, `show` draws a plain message (never a blank canvas), `hide` clears it, and it is warned once', async () => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual' });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const warnings: string[] = [];
    host.warn = (m) => void warnings.push(m);
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)], layout: Promise.reject(new Error('out of memory')) });
    await app.ready;
    expect(app.stage).toBeUndefined();
    const ctx = canvas.getContext('2d');
    const post = (m: object) => {
      sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, ...m });
      sim.flush();
    };
    const texts = () => ctx.__getEvents().filter((e) => e.type === 'fillText').map((e) => String(e.props.text));
    ctx.__clearEvents();
    post({ type: 'show', panel: 'one' });
    expect(texts().join(' ')).toBe('Friends list unavailable. Please try again later.');
    expect(ctx.__getEvents().some((e) => e.type === 'fillRect')).toBe(true);
    // The game's own words (a panel's `labels.error`) replace the default; the theme applies.
    ctx.__clearEvents();
    post({ type: 'theme', preset: 'dark' });
    post({ type: 'show', panel: 'one', options: { labels: { error: 'Rangliste nicht verfügbar' } } });
    expect(texts().at(-1)).toBe('Rangliste nicht verfügbar');
    expect(ctx.__getEvents().filter((e) => e.type === 'fillStyle').map((e) => String(e.props.value))).toContain('#0f0f14');
    ctx.__clearEvents();
    post({ type: 'hide' });
    expect(ctx.__getEvents().some((e) => e.type === 'clearRect')).toBe(true);
    expect(texts()).toEqual([]);
    // Other messages are handled without throwing and without drawing while hidden.
    post({ type: 'viewport', x: 0, y: 0, width: 100, height: 100 });
    post({ type: 'pointer', phase: 'start', id: 1, x: 5, y: 5 });
    expect(texts()).toEqual([]);
    expect(probe.created).toBe(0);
    expect(warnings.filter((w) => w.includes('no layout engine')).length).toBe(1);
    expect(warnings.join('\n')).toContain('out of memory');
  });
});

describe('re-sent state', () => {
  it('APP24 an identical show, theme or score reaches no panel hook; a refresh returning the same friends keeps the same list object', async () => {
    const t = await setup((p) => [probePanel('one', p)]);
    t.v1('show', { panel: 'one', options: { scoreKey: 'best', labels: { title: 'T' } } });
    t.v1('theme', { preset: 'dark', tokens: { colors: { accent: '#ff0050' } } });
    t.v1('score', { key: 'best', value: 12 });
    await t.settle();
    const calls = () => ({ updates: t.probe.updates.length, themes: t.probe.themes.length, data: t.probe.data.length });
    const before = calls();
    const friends = t.app.data.friends;
    for (let i = 0; i < 5; i++) {
      t.v1('show', { panel: 'one', options: { labels: { title: 'T' }, scoreKey: 'best' } }); // same options, other key order
      t.v1('theme', { preset: 'dark', tokens: { colors: { accent: '#ff0050' } } });
      t.v1('theme', { tokens: { colors: { accent: '#FF0050' } } }); // resolves to the same theme
      t.v1('score', { key: 'best', value: 12 });
      t.v1('score', { key: 'best', value: '12' }); // the same score as sent before, as text
      await t.settle();
    }
    expect(calls()).toEqual(before);
    t.v1('refresh');
    await t.settle();
    expect(t.sim.calls.friendQueries).toHaveLength(2);
    expect(t.app.data.friends).toBe(friends);
    // Real changes still arrive.
    t.v1('show', { panel: 'one', options: { scoreKey: 'best', labels: { title: 'U' } } });
    t.v1('theme', { tokens: { colors: { accent: '#00ff00' } } });
    t.v1('score', { key: 'best', value: 13 });
    await t.settle();
    expect(t.probe.updates).toHaveLength(before.updates + 1);
    expect(t.probe.themes).toHaveLength(before.themes + 1);
    t.sim.setFriends([...FRIENDS, { openid: 'c', nickname: 'Cy' }]);
    t.v1('refresh');
    await t.settle();
    expect(t.app.data.friends).not.toBe(friends);
    expect(t.app.data.friends).toHaveLength(3);
  });

  it.each(['data', 'KVDataList', 'users', 'bare'] as const)('DATA1 a friend answer shaped as res.%s reaches the panel', async (shape) => {
    const canvas = createMockCanvas(300, 400);
    const sim = createSimulatedHost({ canvas, friends: FRIENDS, clock: 'manual', resultShape: shape });
    const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
    const warnings: string[] = [];
    host.warn = (m) => void warnings.push(m);
    const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
    const app = createOpenDataApp({ host, panels: [probePanel('one', probe)] });
    await app.ready;
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'one' });
    for (let i = 0; i < 10; i++) {
      sim.advance(20);
      await Promise.resolve();
    }
    expect(app.data.status).toBe('ready');
    expect(app.data.friends.map((f) => f.openid)).toEqual(['a', 'b']);
    expect(warnings).toEqual([]);
  });
});
