import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import { createOpenDataApp, createOpenDataHost } from '../../src/index.js';
import type { OpenDataApp, PlainObject, PlatformCanvas, PlatformImage, ThemeOverrides, ThemePresetName } from '../../src/index.js';
import { msg } from '../../src/protocol/index.js';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';
import type { RawFriend, SimImageOutcome, SimulatedHost } from '../../src/testing/index.js';
import { builtinPanels } from '../../templates/index.js';
import { avatarPng } from './avatarPng.js';
import { GOLDEN_FONT_FAMILY } from './goldenFonts.js';

/** Panels with golden images. */
export const GOLDEN_PANELS = ['leaderboard', 'share', 'surpass'] as const;
/** Theme presets with golden images. */
export const GOLDEN_THEMES = ['light', 'dark', 'arcade', 'neon', 'parchment'] as const satisfies readonly ThemePresetName[];
/** Friend-data states with golden images. */
export const GOLDEN_STATES = ['ready', 'loading', 'empty', 'unauthorized', 'error'] as const;

export type GoldenPanel = (typeof GOLDEN_PANELS)[number];
export type GoldenState = (typeof GOLDEN_STATES)[number];

/** Logical size of list panels (leaderboard, share) and of the surpass banner, in px. */
export const GOLDEN_SIZES: Record<GoldenPanel, { width: number; height: number }> = {
  leaderboard: { width: 375, height: 600 },
  share: { width: 375, height: 600 },
  surpass: { width: 343, height: 72 },
};
/** Backing-store px per logical px of golden renders. */
export const GOLDEN_PIXEL_RATIO = 2;
/** One simulated frame, in ms. */
const FRAME_MS = 1000 / 60;
/** Longest a scene may take to settle, in simulated ms. */
const SETTLE_LIMIT_MS = 5000;
/** How long a loading scene runs before it is captured, in simulated ms (below the host's 10 s timeout). */
const LOADING_CAPTURE_MS = 600;
/** Latency that keeps a request unanswered for the whole loading capture, in ms. */
const NEVER_ANSWERED_MS = 60_000;

/** What to render. */
export interface SceneOptions {
  panel: string;
  theme: ThemePresetName;
  state: GoldenState;
  width: number;
  height: number;
  pixelRatio: number;
  /** Raw friends; default {@link goldenFriends}. */
  friends?: readonly RawFriend[];
  selfOpenid?: string;
  /** Options of the `show` message. */
  options?: PlainObject;
  /** Messages posted after `show` (e.g. a `scrollTo`), each after the scene settled. */
  after?: readonly object[];
  /** Theme tokens over the preset (the golden font family always wins). */
  tokens?: ThemeOverrides;
  /** PNG bytes served for image URLs other than the simulated avatars (image skins). */
  pngs?: Readonly<Record<string, Buffer>>;
  /** Whether each image loads (default: all do). */
  images?: (url: string) => SimImageOutcome;
  /** Whether the host has offscreen canvases (`createCanvas`; avatars kept as bitmaps). Default false: TikTok documents none. */
  offscreen?: boolean;
}

/** A rendered scene: the canvas, the running app and its simulated host. */
export interface Scene {
  readonly canvas: Canvas;
  readonly app: OpenDataApp;
  readonly sim: SimulatedHost;
  readonly warnings: string[];
}

/** Deterministic friends for golden images: every kind of name, one without avatar, the player among them. */
export function goldenFriends(): { friends: RawFriend[]; selfOpenid: string } {
  const friends = generateFriends(24, { seed: 11, longNameRatio: 0.05 });
  const self = friends[5] as RawFriend;
  self.nickname = 'Alex';
  return { friends, selfOpenid: self.openid as string };
}

/**
 * Gives the sim's images real pixels: a simulated avatar URL (`sim://avatar/<n>.png`) is decoded
 * from a generated PNG and painted into the image (an @napi-rs/canvas canvas, which has no load
 * events of its own that could race the sim's) before the sim decides when it "loads".
 */
function decodeAvatars(sim: SimulatedHost, pngs: Readonly<Record<string, Buffer>> = {}): void {
  const simCreate = sim.odcGlobal.createImage;
  if (simCreate === undefined) throw new Error('renderScene: the sim has no createImage');
  sim.odcGlobal.createImage = () => {
    const image = simCreate.call(sim.odcGlobal);
    const simSrc = Object.getOwnPropertyDescriptor(image, 'src');
    const setSim = simSrc?.set;
    if (setSim === undefined) throw new Error('renderScene: the sim did not instrument src');
    Object.defineProperty(image, 'src', {
      configurable: true,
      enumerable: true,
      get: simSrc?.get,
      set: (value: string | ArrayBuffer) => {
        const m = typeof value === 'string' ? /^sim:\/\/avatar\/(\d+)\.png$/.exec(value) : null;
        if (m !== null) paintPng(image as unknown as Canvas, avatarPng(Number(m[1])));
        else if (typeof value === 'string' && pngs[value] !== undefined) paintPng(image as unknown as Canvas, pngs[value]);
        setSim.call(image, value);
      },
    });
    return image;
  };
}

function paintPng(target: Canvas, png: Buffer): void {
  const decoded = new NapiImage();
  decoded.src = png;
  target.width = decoded.width;
  target.height = decoded.height;
  target.getContext('2d').drawImage(decoded, 0, 0);
}

/** Runs simulated frames until nothing is pending (or the loading capture time has passed). */
async function settle(sim: SimulatedHost, state: GoldenState): Promise<void> {
  let idle = 0;
  const limit = state === 'loading' ? LOADING_CAPTURE_MS : SETTLE_LIMIT_MS;
  for (let t = 0; t < limit; t += FRAME_MS) {
    sim.advance(FRAME_MS);
    // Host answers resolve promises: let their continuations run before the next frame.
    await new Promise((resolve) => setImmediate(resolve));
    if (state === 'loading') continue;
    idle = sim.pendingFrames() === 0 && sim.pendingTimers() === 0 ? idle + 1 : 0;
    if (idle >= 3) return;
  }
  if (state !== 'loading') throw new Error(`renderScene: still busy after ${SETTLE_LIMIT_MS} simulated ms`);
}

/**
 * Renders one panel through the real app (`createOpenDataApp` + `builtinPanels`) on an
 * @napi-rs/canvas canvas, over the simulated host with a manual clock, in a given data state.
 * The theme's font family is replaced by the registered golden fonts (see goldenFonts.ts).
 */
export async function renderScene(o: SceneOptions): Promise<Scene> {
  const canvas = createCanvas(1, 1);
  const data = o.friends === undefined ? goldenFriends() : { friends: o.friends.slice(), selfOpenid: o.selfOpenid };
  const failures =
    o.state === 'unauthorized'
      ? { friends: { error: { error_code: 10200, error_msg: 'auth deny: friend list permission not granted' } } }
      : o.state === 'error'
        ? { friends: { errMsg: 'getFriendCloudStorage:fail network error' } }
        : {};
  const sim = createSimulatedHost({
    canvas: canvas as unknown as PlatformCanvas,
    createImage: () => createCanvas(1, 1) as unknown as PlatformImage,
    // Offscreen canvases only when asked (IMGBMP8): avatars are then drawn from bitmaps.
    ...(o.offscreen === true ? { createCanvas: () => createCanvas(1, 1) } : {}),
    friends: o.state === 'empty' ? [] : data.friends,
    self: data.selfOpenid,
    clock: 'manual',
    latencyMs: o.state === 'loading' ? NEVER_ANSWERED_MS : 0,
    failures,
    ...(o.images === undefined ? {} : { images: o.images }),
  });
  decodeAvatars(sim, o.pngs);
  const warnings: string[] = [];
  const host = createOpenDataHost(sim.odcGlobal, { console: { warn: (m: string) => warnings.push(String(m)) } }, { kind: 'golden' });
  const app = createOpenDataApp({
    host,
    panels: builtinPanels,
    theme: { preset: o.theme, tokens: { ...o.tokens, font: { ...o.tokens?.font, family: GOLDEN_FONT_FAMILY } } },
    onError: (e) => warnings.push(`error: ${String(e)}`),
  });
  await app.ready;
  const post = (m: object): void => sim.mainGlobal.getOpenDataContext?.().postMessage(m);
  post(msg.viewport({ x: 0, y: 0, width: o.width, height: o.height, pixelRatio: o.pixelRatio }));
  if (data.selfOpenid !== undefined) post(msg.self({ openid: data.selfOpenid }));
  post(msg.show({ panel: o.panel, options: o.options ?? {} }));
  await settle(sim, o.state);
  for (const m of o.after ?? []) {
    post(m);
    await settle(sim, o.state);
  }
  return { canvas, app, sim, warnings };
}
