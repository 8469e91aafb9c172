import type { DomCanvas } from '../dom.js';
import type { SampleGame } from '../game/SampleGame.js';
import type { Box } from '../game/constants.js';
import type { Sandbox, ShareLogEntry } from './bootSandbox.js';
import { DEMO_SCREEN } from './constants.js';
import type { DemoConfig } from './DemoConfig.js';
import { serializeConfig } from './DemoConfig.js';

/** A friend as the simulated platform holds it (what tests need to know which row is whom). */
export interface DemoFriend {
  readonly openid: string;
  readonly nickname: string | undefined;
}

/**
 * `window.__demo`: read-only probes of the simulator for the end-to-end tests and the screenshot
 * command. Tests drive the page through its real controls and input; these only observe.
 */
export interface DemoApi {
  /** True once the client, the ODC and the game are running. */
  ready: boolean;
  /** Why the page could not start, if it could not. */
  error: string | undefined;
  /** Every `shareToUser` call the simulated client received, oldest first. */
  readonly shareCalls: ShareLogEntry[];
  /** Warnings the open data domain printed. */
  readonly warnings: string[];
  /** Messages the game posted to the open data domain, as posted (objects or JSON text), without pointer and wheel ones. */
  readonly messages: unknown[];
  /** The settings as a query string. */
  query(): string;
  /** The panel the game shows, if any. */
  panel(): string | undefined;
  /** The current panel's viewport in screen logical px. */
  viewport(): Box | undefined;
  /** Where the game draws the shared canvas for the current panel (inside the viewport; Cocos: whole and centred). */
  drawRect(): Box | undefined;
  /** The player's openid. */
  selfOpenid(): string | undefined;
  /** The friends the platform holds, in its order. */
  friends(): DemoFriend[];
  /**
   * True when the ODC has nothing to do: no frames or timers pending, every message delivered, no avatar
   * decoding. The device report (`diagnostics`) asks for every frame while shown (it measures them), so
   * its frames do not count.
   */
  isIdle(): boolean;
  /** What keeps the simulator busy: frames, timers and avatar decodes pending (diagnostics). */
  debug(): { frames: number; timers: number; decodes: number };
  /** Counters of platform calls. */
  calls(): { postMessages: number; delivered: number; dropped: number; rafRequests: number; friendQueries: number; images: number; canvases: number };
  /** Every image URL the open data domain asked the platform for (`createImage` srcs), oldest first. */
  imageUrls(): string[];
  /**
   * Fills every offscreen canvas the open data domain made (`client=offscreen`) with `color` and returns
   * how many there are: what the shared canvas draws from them afterwards shows in that colour (tests).
   */
  tintOffscreen(color: string): number;
  /** Size of the shared canvas, and a hash of its pixels (0 when fully transparent). */
  shared(): { width: number; height: number; hash: number };
  /** The shared canvas's RGBA at a point of the drawn canvas (logical px, relative to {@link drawRect}). */
  sharedPixel(x: number, y: number): number[];
  /** Client (CSS px, the browser viewport) coordinates of a point of the game screen given in logical px. */
  toClient(x: number, y: number): { x: number; y: number };
  /** Wires the probes to the running simulator (called once at boot); without the sample game, panel probes answer `undefined`. */
  attach(sandbox: Sandbox, game: SampleGame | undefined, screen: DomCanvas): void;
}

/** Creates the `__demo` object; probes answer neutral values until `attach`. */
export function createDemoApi(config: DemoConfig): DemoApi {
  let sandbox: Sandbox | undefined;
  let game: SampleGame | undefined;
  let screen: DomCanvas | undefined;
  const context = (): ReturnType<DomCanvas['getContext']> => sandbox?.sharedCanvas.getContext('2d') ?? null;
  return {
    ready: false,
    error: undefined,
    shareCalls: [],
    warnings: [],
    messages: [],
    query: () => serializeConfig(config),
    panel: () => game?.panel,
    viewport: () => (game?.panel === undefined ? undefined : game.viewportOf(game.panel)),
    drawRect: () => (game?.panel === undefined ? undefined : game.drawRectOf(game.panel)),
    selfOpenid: () => sandbox?.selfOpenid,
    friends: () =>
      (sandbox?.friends ?? []).map((f) => ({ openid: f.openid ?? f.openId ?? f.open_id ?? '', nickname: f.nickname ?? f.nickName })),
    isIdle: () => {
      if (sandbox === undefined) return false;
      const { sim } = sandbox;
      const c = sim.calls;
      return (
        (game?.panel === 'diagnostics' || sim.pendingFrames() === 0) &&
        sim.pendingTimers() === 0 &&
        sandbox.pendingDecodes() === 0 &&
        c.postMessages === c.delivered + c.dropped
      );
    },
    debug: () => ({
      frames: sandbox?.sim.pendingFrames() ?? 0,
      timers: sandbox?.sim.pendingTimers() ?? 0,
      decodes: sandbox?.pendingDecodes() ?? 0,
    }),
    calls: () => {
      const c = sandbox?.sim.calls;
      return {
        postMessages: c?.postMessages ?? 0,
        delivered: c?.delivered ?? 0,
        dropped: c?.dropped ?? 0,
        rafRequests: c?.rafRequests ?? 0,
        friendQueries: c?.friendQueries.length ?? 0,
        images: c?.images.length ?? 0,
        canvases: c?.canvases ?? 0,
      };
    },
    imageUrls: () => [...(sandbox?.sim.calls.images ?? [])],
    tintOffscreen: (color) => {
      const canvases = sandbox?.offscreenCanvases ?? [];
      for (const c of canvases) {
        const g = c.getContext('2d');
        if (g === null) continue;
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.globalAlpha = 1;
        g.fillStyle = color;
        g.fillRect(0, 0, c.width, c.height);
      }
      return canvases.length;
    },
    shared: () => {
      const canvas = sandbox?.sharedCanvas;
      const ctx = context();
      if (canvas === undefined || ctx === null || canvas.width === 0 || canvas.height === 0) return { width: 0, height: 0, hash: 0 };
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let hash = 0;
      for (let i = 0; i < data.length; i += 4) {
        const a = data[i + 3] ?? 0;
        if (a === 0) continue;
        // FNV-style mix of position and colour of every visible pixel.
        hash = Math.imul(hash ^ (i + (data[i] ?? 0) * 7 + (data[i + 1] ?? 0) * 131 + (data[i + 2] ?? 0) * 8191 + a), 16777619) >>> 0;
        if (hash === 0) hash = 1;
      }
      return { width: canvas.width, height: canvas.height, hash };
    },
    sharedPixel: (x, y) => {
      const canvas = sandbox?.sharedCanvas;
      const ctx = context();
      const v = game?.panel === undefined ? undefined : game.drawRectOf(game.panel);
      if (canvas === undefined || ctx === null || v === undefined) return [0, 0, 0, 0];
      const px = Math.floor((x * canvas.width) / v.width);
      const py = Math.floor((y * canvas.height) / v.height);
      return Array.from(ctx.getImageData(px, py, 1, 1).data);
    },
    toClient: (x, y) => {
      const r = screen?.getBoundingClientRect();
      if (r === undefined) return { x: 0, y: 0 };
      return { x: r.left + (x * r.width) / DEMO_SCREEN.width, y: r.top + (y * r.height) / DEMO_SCREEN.height };
    },
    attach: (s, g, c) => {
      sandbox = s;
      game = g;
      screen = c;
    },
  };
}
