/**
 * The simulator's settings, kept in the page URL's query string so a reload (needed when the
 * simulated client itself changes) keeps everything, and so `npm run demo -- --screenshot` can ask
 * for any state by URL.
 */
import { ENGINE_NAMES } from '../game/engines/EngineDriver.js';
import { SKINS as SKIN_NAMES } from '../skin/skins.js';

/** Panels the sample game can open; `none` = the game alone. */
export const PANELS = ['leaderboard', 'share', 'surpass', 'diagnostics', 'none'] as const;
/** Skins: friendcanvas's theme presets, and `image`, the game's own generated art as `images` tokens. */
export const SKINS = SKIN_NAMES;
/** Friend counts offered by the controls. */
export const FRIEND_COUNTS = [0, 5, 50, 1000, 10000] as const;
/** Pixel ratios offered by the controls. */
export const PIXEL_RATIOS = [1, 2, 3] as const;
/** Simulated network latencies in ms. */
export const LATENCIES_MS = [0, 150, 600, 2000] as const;
/**
 * Failures the simulated host can inject:
 * `friends` fetch fails (network), `unauthorized` fetch refused (friend access declined),
 * `avatars` every avatar fails to load, `share` shareToUser fails, `noShareApi` the client lacks
 * shareToUser (older than 40.3.0).
 */
export const FAILURES = ['friends', 'unauthorized', 'avatars', 'share', 'noShareApi'] as const;

/**
 * Variants of the simulated client (restart it): `nativeTouches` the open data domain gets
 * `onTouchStart/Move/End/Cancel` itself (siblings; the game still forwards), `noWasm` no
 * `WebAssembly` global in the open data domain (as on devices), `offscreen` the open data domain has
 * `createCanvas` (offscreen canvases, as WeChat's and Douyin's do; avatars are then kept as bitmaps).
 * The device report (`diagnostics`) shows each.
 */
export const CLIENT_VARIANTS = ['nativeTouches', 'noWasm', 'offscreen'] as const;

/**
 * How the sample game drives the open data domain (restart it): `none` speaks protocol v1 (the
 * game posts `viewport`, the ODC sizes the canvas); `cocos`, `laya` and `unity` do as those engines
 * do: the game sizes the shared canvas and posts the engine's own viewport message (panels are still
 * chosen with `show`). Engines rely on the open data domain's own touches, so they imply `nativeTouches`.
 */
export const ENGINES = ENGINE_NAMES;

export type DemoPanel = (typeof PANELS)[number];
export type DemoSkin = (typeof SKINS)[number];
export type DemoFailure = (typeof FAILURES)[number];
export type DemoClientVariant = (typeof CLIENT_VARIANTS)[number];

/** Failures that change the simulated client at boot, so changing them restarts it. */
export const BOOT_FAILURES: readonly DemoFailure[] = ['friends', 'unauthorized', 'noShareApi'];

export type DemoEngine = (typeof ENGINES)[number];

/** Every setting of the simulator. */
export interface DemoConfig {
  panel: DemoPanel;
  skin: DemoSkin;
  /** Accent colour override (`#rrggbb`), or '' for the skin's. */
  accent: string;
  friends: number;
  pixelRatio: number;
  /** True: a fixed 800×800 shared canvas stretched into the viewport (the canvas refuses resizing). */
  stretch: boolean;
  latencyMs: number;
  failures: Set<DemoFailure>;
  /** Variants of the simulated client. */
  client: Set<DemoClientVariant>;
  /** The engine the game imitates (`none`: protocol v1). */
  engine: DemoEngine;
  /** Seed of the generated friends. */
  seed: number;
}

/** The settings a fresh simulator starts with. */
export function defaultConfig(): DemoConfig {
  return {
    panel: 'leaderboard',
    skin: 'light',
    accent: '',
    friends: 50,
    pixelRatio: 2,
    stretch: false,
    latencyMs: 150,
    failures: new Set(),
    client: new Set(),
    engine: 'none',
    seed: 7,
  };
}

function pick<T extends string | number>(list: readonly T[], raw: string | null, fallback: T): T {
  if (raw === null) return fallback;
  const found = list.find((v) => String(v) === raw);
  return found ?? fallback;
}

/** Reads settings from a query string; unknown or invalid values fall back to the defaults. */
export function parseConfig(search: string): DemoConfig {
  const q = new URLSearchParams(search);
  const d = defaultConfig();
  const accent = q.get('accent') ?? '';
  const seed = Number(q.get('seed'));
  const failures = new Set<DemoFailure>();
  for (const f of (q.get('fail') ?? '').split(',')) {
    const known = FAILURES.find((k) => k === f);
    if (known !== undefined) failures.add(known);
  }
  const client = new Set<DemoClientVariant>();
  for (const v of (q.get('client') ?? '').split(',')) {
    const known = CLIENT_VARIANTS.find((k) => k === v);
    if (known !== undefined) client.add(known);
  }
  return {
    panel: pick(PANELS, q.get('panel'), d.panel),
    // `theme` is the skin's older name (links made before the image skin).
    skin: pick(SKINS, q.get('skin') ?? q.get('theme'), d.skin),
    accent: /^#[0-9a-fA-F]{6}$/.test(accent) ? accent.toLowerCase() : '',
    friends: pick(FRIEND_COUNTS, q.get('friends'), 50),
    pixelRatio: pick(PIXEL_RATIOS, q.get('pr'), 2),
    stretch: q.get('stretch') === '1',
    latencyMs: pick(LATENCIES_MS, q.get('latency'), 150),
    failures,
    client,
    engine: pick(ENGINES, q.get('engine'), d.engine),
    seed: Number.isInteger(seed) && seed > 0 ? seed : d.seed,
  };
}

/** Writes settings as a query string (only what differs from the defaults). */
export function serializeConfig(config: DemoConfig): string {
  const d = defaultConfig();
  const q = new URLSearchParams();
  if (config.panel !== d.panel) q.set('panel', config.panel);
  if (config.skin !== d.skin) q.set('skin', config.skin);
  if (config.accent !== '') q.set('accent', config.accent);
  if (config.friends !== d.friends) q.set('friends', String(config.friends));
  if (config.pixelRatio !== d.pixelRatio) q.set('pr', String(config.pixelRatio));
  if (config.stretch) q.set('stretch', '1');
  if (config.latencyMs !== d.latencyMs) q.set('latency', String(config.latencyMs));
  if (config.failures.size > 0) q.set('fail', FAILURES.filter((f) => config.failures.has(f)).join(','));
  if (config.client.size > 0) q.set('client', CLIENT_VARIANTS.filter((v) => config.client.has(v)).join(','));
  if (config.engine !== d.engine) q.set('engine', config.engine);
  if (config.seed !== d.seed) q.set('seed', String(config.seed));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
