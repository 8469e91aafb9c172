import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError, ValidationError, createPanelController } from '../../src/main/index.js';
import type { PanelName, ThemeOverrides, ThemePresetName } from '../../src/main/index.js';
import { parseMessage } from '../../src/protocol/index.js';
import { createFakeMainHost } from './fakeMainHost.js';

const env = { ns: 'friendcanvas', v: 1 };
const rect = { x: 10, y: 100, width: 200, height: 300 };

function setup(opts: Parameters<typeof createFakeMainHost>[0] = {}) {
  const host = createFakeMainHost(opts);
  const warn = vi.fn<(message: string) => void>();
  const panels = createPanelController({ host, warn });
  return { host, panels, warn };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('creation', () => {
  it('CTRL1 without a host and without a platform global, creation throws a clear Error', () => {
    expect(() => createPanelController()).toThrow(/no main-domain platform found.*pass \{ host \}/);
  });

  it('CTRL1 without a host, the platform global is detected', () => {
    const received: unknown[] = [];
    vi.stubGlobal('tt', { getOpenDataContext: () => ({ postMessage: (m: unknown) => received.push(m) }) });
    const panels = createPanelController();
    panels.hide();
    expect(received).toEqual([{ ...env, type: 'hide' }]);
  });

  it('CTRL1 an initial viewport option is posted at creation', () => {
    const host = createFakeMainHost();
    createPanelController({ host, viewport: { ...rect, pixelRatio: 2 } });
    expect(host.posted).toEqual([{ ...env, type: 'viewport', ...rect, pixelRatio: 2 }]);
  });
});

describe('posting state', () => {
  it('CTRL2 setViewport posts the rect in logical px; pixelRatio defaults to the host system info', () => {
    const { host, panels } = setup({ systemInfo: { pixelRatio: 3 } });
    panels.setViewport(rect);
    panels.setViewport(rect, 1.5);
    expect(host.posted).toEqual([
      { ...env, type: 'viewport', ...rect, pixelRatio: 3 },
      { ...env, type: 'viewport', ...rect, pixelRatio: 1.5 },
    ]);
  });

  it('CTRL2 an out-of-range host pixel ratio is left out rather than sent', () => {
    const { host, panels } = setup({ systemInfo: { pixelRatio: 0 } });
    panels.setViewport(rect);
    expect(host.posted).toEqual([{ ...env, type: 'viewport', ...rect }]);
  });

  it('CTRL2 an invalid viewport throws ValidationError naming the field and changes nothing', () => {
    const { host, panels } = setup();
    panels.setViewport(rect);
    expect(() => panels.setViewport({ ...rect, width: 0 })).toThrow(ValidationError);
    expect(() => panels.setViewport({ ...rect, x: Number.NaN })).toThrow(/setViewport: x: expected a finite number/);
    let caught: unknown;
    try {
      panels.setViewport({ ...rect, height: -1 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).field).toBe('height');
    expect(host.posted).toHaveLength(1);
    panels.resync();
    expect(host.posted[1]).toEqual({ ...env, type: 'viewport', ...rect });
  });

  it('CTRL3 show, hide, setTheme, refresh, scrollTo and setSelf post their messages', () => {
    const { host, panels } = setup();
    panels.show('leaderboard', { scoreKey: 'best', title: 'Friends' });
    // An untyped caller (plain JavaScript): custom names and shapes go through, validated at run time.
    panels.show('custom' as PanelName, { any: { nested: 1 } } as never);
    panels.hide();
    panels.setTheme('dark');
    panels.setTheme({ colors: { accent: '#f00' } });
    panels.refresh();
    panels.scrollTo('self', true);
    panels.scrollTo('top');
    panels.setSelf('me');
    expect(host.posted).toEqual([
      { ...env, type: 'show', panel: 'leaderboard', options: { scoreKey: 'best', title: 'Friends' } },
      { ...env, type: 'show', panel: 'custom', options: { any: { nested: 1 } } },
      { ...env, type: 'hide' },
      { ...env, type: 'theme', preset: 'dark' },
      { ...env, type: 'theme', tokens: { colors: { accent: '#f00' } } },
      { ...env, type: 'refresh' },
      { ...env, type: 'scrollTo', target: 'self', animated: true },
      { ...env, type: 'scrollTo', target: 'top' },
      { ...env, type: 'self', openid: 'me' },
    ]);
  });

  it('CTRL3 posted options are copies: later changes to the caller object are not sent', () => {
    const { host, panels } = setup();
    const options = { title: 'A', imageUrl: 'card.png' };
    panels.show('share', options);
    options.title = 'B';
    panels.resync();
    expect(host.posted[1]).toEqual({ ...env, type: 'show', panel: 'share', options: { title: 'A', imageUrl: 'card.png' } });
  });

  it('CTRL3 invalid arguments throw ValidationError and post nothing', () => {
    const { host, panels } = setup();
    // Untyped callers (plain JavaScript) get run-time errors for what TypeScript would refuse.
    expect(() => panels.show('' as PanelName)).toThrow(ValidationError);
    expect(() => panels.show('x' as PanelName, { list: [1] } as unknown as Record<string, unknown>)).toThrow(/show: options.list: arrays/);
    expect(() => panels.setTheme('' as ThemePresetName)).toThrow(ValidationError);
    expect(() => panels.setTheme({ a: () => 1 } as unknown as ThemeOverrides)).toThrow(/setTheme: tokens.a/);
    expect(() => panels.scrollTo('bottom' as 'top')).toThrow(ValidationError);
    expect(() => panels.setSelf('')).toThrow(ValidationError);
    expect(() => panels.setSelf('o'.repeat(129))).toThrow(/setSelf: openid: expected at most 128 chars, got 129/);
    expect(host.posted).toHaveLength(0);
    panels.resync();
    expect(host.posted).toHaveLength(0);
  });
});

describe('resync', () => {
  it('CTRL4 resync re-posts the latest viewport, self, theme and show state, in that order', () => {
    const { host, panels } = setup();
    panels.show('share', { imageUrl: 'card.png' });
    panels.setViewport({ x: 0, y: 0, width: 1, height: 1 });
    panels.setViewport(rect, 2);
    panels.setSelf('old');
    panels.setSelf('me');
    panels.setTheme('light');
    panels.show('leaderboard', { scoreKey: 'best' });
    panels.refresh();
    host.posted.length = 0;
    panels.resync();
    expect(host.posted).toEqual([
      { ...env, type: 'viewport', ...rect, pixelRatio: 2 },
      { ...env, type: 'self', openid: 'me' },
      { ...env, type: 'theme', preset: 'light' },
      { ...env, type: 'show', panel: 'leaderboard', options: { scoreKey: 'best' } },
    ]);
    panels.hide();
    host.posted.length = 0;
    panels.resync();
    expect(host.posted.at(-1)).toEqual({ ...env, type: 'hide' });
  });

  it('CTRL4 resync posts nothing before any state was set, and is repeatable', () => {
    const { host, panels } = setup();
    panels.resync();
    expect(host.posted).toHaveLength(0);
    panels.setSelf('me');
    panels.resync();
    panels.resync();
    expect(host.posted).toHaveLength(3);
  });

  it('CTRL5 theme tokens merge across calls and a preset drops earlier tokens', () => {
    const { host, panels } = setup();
    panels.setTheme('dark');
    panels.setTheme({ colors: { accent: '#f00', text: '#fff' } });
    panels.setTheme({ colors: { accent: '#0f0' }, radius: 8 } as unknown as ThemeOverrides);
    host.posted.length = 0;
    panels.resync();
    expect(host.posted).toEqual([
      { ...env, type: 'theme', preset: 'dark', tokens: { colors: { accent: '#0f0', text: '#fff' }, radius: 8 } },
    ]);
    panels.setTheme('light');
    host.posted.length = 0;
    panels.resync();
    expect(host.posted).toEqual([{ ...env, type: 'theme', preset: 'light' }]);
  });

  it('CTRL5 when merged tokens would exceed the key limit, resync replays the latest tokens only', () => {
    const { host, panels } = setup();
    const many = (prefix: string) => Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`${prefix}${i}`, i]));
    panels.setTheme(many('a'));
    panels.setTheme(many('b'));
    host.posted.length = 0;
    panels.resync();
    expect(host.posted).toEqual([{ ...env, type: 'theme', tokens: many('b') }]);
  });
});

describe('sharing capability', () => {
  it('CTRL13 canShare follows canIUse("shareAppMessage")', () => {
    const seen: string[] = [];
    const yes = setup({ canIUse: (n) => (seen.push(n), true) });
    const no = setup({ canIUse: () => false });
    expect(yes.panels.canShare()).toBe(true);
    expect(no.panels.canShare()).toBe(false);
    expect(seen).toEqual(['shareAppMessage']);
  });

  it('CTRL13 canShare answers true when canIUse is missing or throws, and never throws', () => {
    expect(setup({ canIUse: undefined }).panels.canShare()).toBe(true);
    const throwing = setup({
      canIUse: () => {
        throw new Error('x');
      },
    });
    expect(throwing.panels.canShare()).toBe(true);
  });
});

describe('host errors', () => {
  it('CTRL15 a postMessage failure on a direct call surfaces as the HostError', () => {
    const { host, panels } = setup();
    host.postFails = true;
    expect(() => panels.hide()).toThrow(HostError);
  });

  it('CTRL15 every message the controller posts parses', () => {
    const { host, panels } = setup({ systemInfo: { pixelRatio: 2 } });
    panels.setViewport(rect);
    panels.show('share', { imageUrl: 'card.png' });
    panels.setTheme('dark');
    panels.resync();
    for (const m of host.posted) expect(parseMessage(m).ok).toBe(true);
    expect(host.posted).toHaveLength(6);
  });
});
