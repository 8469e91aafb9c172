/**
 * The simulator's pieces that run without a browser: settings in the URL, the static server, the
 * command line, generated avatars and friends.
 */
import fc from 'fast-check';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avatarDataUrl, avatarSvg, simAvatarIndex } from '../../demo/src/shell/avatarArt.js';
import {
  CLIENT_VARIANTS,
  ENGINES,
  FAILURES,
  FRIEND_COUNTS,
  LATENCIES_MS,
  PANELS,
  PIXEL_RATIOS,
  SKINS,
  defaultConfig,
  parseConfig,
  serializeConfig,
} from '../../demo/src/shell/DemoConfig.js';
import type { DemoConfig } from '../../demo/src/shell/DemoConfig.js';
import { demoFriends } from '../../demo/src/shell/demoFriends.js';
import { readableTextOn } from '../../demo/src/game/SampleGame.js';
import { SKIN_PIECE_NAMES, skinArtUrl } from '../../demo/src/skin/skinArt.js';
import { skinThemes } from '../../demo/src/skin/skins.js';
import { THEME_PRESET_NAMES } from '../../src/protocol/index.js';
import { loadDemoScript } from './demoScript.js';
import type { DemoScript } from './demoScript.js';

const config = fc.record({
  panel: fc.constantFrom(...PANELS),
  skin: fc.constantFrom(...SKINS),
  accent: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`)),
  friends: fc.constantFrom(...FRIEND_COUNTS),
  pixelRatio: fc.constantFrom(...PIXEL_RATIOS),
  stretch: fc.boolean(),
  latencyMs: fc.constantFrom(...LATENCIES_MS),
  failures: fc.subarray([...FAILURES]).map((list) => new Set(list)),
  client: fc.subarray([...CLIENT_VARIANTS]).map((list) => new Set(list)),
  engine: fc.constantFrom(...ENGINES),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
}) satisfies fc.Arbitrary<DemoConfig>;

function get(port: number, path: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('simulator settings', () => {
  it('DEMO1 every valid setting survives the URL round trip', () => {
    fc.assert(
      fc.property(config, (c) => {
        expect(parseConfig(serializeConfig(c))).toEqual(c);
      }),
    );
  });

  it('DEMO1 the default settings give an empty query', () => {
    expect(serializeConfig(defaultConfig())).toBe('');
  });

  it('DEMO2 invalid or unknown query values fall back to the defaults without throwing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('panel', 'skin', 'theme', 'accent', 'friends', 'pr', 'latency', 'fail', 'client', 'engine', 'seed', 'x'), fc.string()), (q) => {
        const parsed = parseConfig(`?${new URLSearchParams(q).toString()}`);
        expect(PANELS).toContain(parsed.panel);
        expect(SKINS).toContain(parsed.skin);
        expect(FRIEND_COUNTS).toContain(parsed.friends);
        expect(PIXEL_RATIOS).toContain(parsed.pixelRatio);
        for (const f of parsed.failures) expect(FAILURES).toContain(f);
        for (const v of parsed.client) expect(CLIENT_VARIANTS).toContain(v);
        expect(ENGINES).toContain(parsed.engine);
      }),
    );
    const bad = parseConfig('?panel=chat&skin=chrome&friends=7&pr=9&accent=red&seed=-3&fail=friends,bogus&client=jit&engine=godot');
    expect(bad).toEqual({ ...defaultConfig(), failures: new Set(['friends']) });
  });
});

describe('simulator data', () => {
  it('DEMO3 generated avatars are local data URLs, stable per friend and different between neighbours', () => {
    expect(avatarDataUrl(3)).toBe(avatarDataUrl(3));
    expect(avatarDataUrl(3).startsWith('data:image/svg+xml')).toBe(true);
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => avatarSvg(i)));
    expect(distinct.size).toBeGreaterThanOrEqual(15);
    expect(simAvatarIndex('sim://avatar/42.png')).toBe(42);
    expect(simAvatarIndex('https://example.com/avatar/42.png')).toBeUndefined();
  });

  it('DEMO4 the player is among the generated friends under the demo name; with no friends only the openid is known', () => {
    const { friends, selfOpenid } = demoFriends(50, 7);
    expect(friends).toHaveLength(50);
    expect(friends.filter((f) => f.openid === selfOpenid).map((f) => f.nickname)).toEqual(['You (demo)']);
    expect(demoFriends(50, 7)).toEqual({ friends, selfOpenid });
    const none = demoFriends(0, 7);
    expect(none.friends).toEqual([]);
    expect(none.selfOpenid).not.toBe('');
  });
});

describe('sample game', () => {
  it('DEMO9 a preset skin is that preset alone; the image skin is the dark preset, then images tokens that all point at generated art', () => {
    for (const preset of THEME_PRESET_NAMES) expect(skinThemes(preset)).toEqual([preset]);
    const [base, tokens] = skinThemes('image');
    expect(base).toBe('dark');
    const srcs = Object.entries(typeof tokens === 'object' ? (tokens.images ?? {}) : {}).flatMap(([key, value]) =>
      key === 'medals' ? Object.values(value as Record<string, string>) : [typeof value === 'string' ? value : (value as { src: string }).src],
    );
    expect(srcs.sort()).toEqual(SKIN_PIECE_NAMES.map(skinArtUrl).sort());
    expect(parseConfig('?theme=parchment').skin).toBe('parchment');
  });


  it("DEMO8 the accent override's button text is whichever of near-black and white contrasts more", () => {
    expect(readableTextOn('#7c3aed')).toBe('#ffffff');
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#25e2dc')).toBe('#111111');
    expect(readableTextOn('#ffff00')).toBe('#111111');
  });
});

describe('npm run demo (scripts/demo.mjs)', () => {
  let script: DemoScript;
  let server: { url: string; close(): Promise<void> } | undefined;
  let port = 0;

  beforeAll(async () => {
    script = await loadDemoScript();
    server = await script.startServer(0);
    port = Number(new URL(server.url).port);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('DEMO5 serves the simulator page on 127.0.0.1 and nothing outside demo/public and dist', async () => {
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(port, '/')).toBe(200);
    expect(await get(port, '/odc.html')).toBe(200);
    expect(await get(port, '/../package.json')).toBe(404);
    expect(await get(port, '/dist/../package.json')).toBe(404);
    expect(await get(port, '/%2e%2e/scripts/demo.mjs')).toBe(404);
    expect(await get(port, '/missing.js')).toBe(404);
    expect(await get(port, '/', 'POST')).toBe(404);
  });

  it('DEMO6 a taken port falls back to a free one', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const second = await script.startServer(taken);
      expect(Number(new URL(second.url).port)).not.toBe(taken);
      await second.close();
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('DEMO7 the command line maps simulator flags to the page query and rejects unknown flags', () => {
    const opts = script.parseArgs(['--port', '8080', '--screenshot', 'out.png', '--panel', 'share', '--skin', 'image', '--pixel-ratio', '3', '--stretch', '--fail', 'avatars,share']);
    expect(opts.port).toBe(8080);
    expect(opts.screenshot?.endsWith('out.png')).toBe(true);
    expect(Object.fromEntries(opts.query)).toEqual({ panel: 'share', skin: 'image', pr: '3', stretch: '1', fail: 'avatars,share' });
    expect(parseConfig(`?${opts.query.toString()}`).failures).toEqual(new Set(['avatars', 'share']));
    const check = script.parseArgs(['--panel', 'diagnostics', '--client', 'nativeTouches,noWasm', '--engine', 'unity']);
    expect(parseConfig(`?${check.query.toString()}`)).toMatchObject({ panel: 'diagnostics', client: new Set(['nativeTouches', 'noWasm']), engine: 'unity' });
    // `--theme` is the skin's older name.
    expect(Object.fromEntries(script.parseArgs(['--theme', 'neon']).query)).toEqual({ skin: 'neon' });
    expect(script.parseArgs(['--build-dir', 'tmp/x']).buildDir.endsWith('tmp/x')).toBe(true);
    expect(() => script.parseArgs(['--bogus'])).toThrow(/unknown option --bogus/);
    // The usage (also `--help`) names every simulated client variant.
    let usage = '';
    try {
      script.parseArgs(['--bogus']);
    } catch (err) {
      usage = String(err);
    }
    expect(usage).toContain(`--client ${CLIENT_VARIANTS.join(',')}`);
    expect(() => script.parseArgs(['--port', 'x'])).toThrow(/--port/);
    expect(() => script.parseArgs(['--panel'])).toThrow(/needs a value/);
  });
});
