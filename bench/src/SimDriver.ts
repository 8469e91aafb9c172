import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';
import type { RawFriend, SimulatedHost } from '../../src/testing/index.js';
import {
  AVATAR_SIZE_PX,
  CJK_RATIO,
  FRAME_MS,
  FRAME_SPLIT_MS,
  FRIENDS_SEED,
  MAX_SETTLE_FRAMES,
  MESSAGE_HEADER,
  SCORE_KEY,
  SETTLE_QUIET_MS,
  VIEWPORT_HEIGHT_PX,
  VIEWPORT_WIDTH_PX,
} from './constants.js';
import { HostProbe } from './HostProbe.js';

/** One benchmark configuration. */
export interface BenchConfig {
  /** Number of friends. */
  n: number;
  /** Backing-store px per logical px. */
  pr: number;
  /** Whether the simulated host has `createCanvas` (avatars kept as bitmaps). Default false: TikTok documents none. */
  offscreen?: boolean;
}

/** Yields one real event-loop turn: promises settle, as between two tasks on a device. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A 132×132 gradient PNG, decoded into every simulated avatar so drawing costs real pixels. */
function makeAvatarPng(): Buffer {
  const canvas = createCanvas(AVATAR_SIZE_PX, AVATAR_SIZE_PX);
  const g = canvas.getContext('2d');
  const gradient = g.createLinearGradient(0, 0, AVATAR_SIZE_PX, AVATAR_SIZE_PX);
  gradient.addColorStop(0, '#ff8a00');
  gradient.addColorStop(1, '#0a84ff');
  g.fillStyle = gradient;
  g.fillRect(0, 0, AVATAR_SIZE_PX, AVATAR_SIZE_PX);
  return canvas.toBuffer('image/png');
}

/**
 * A simulated TikTok host on a real raster canvas, driven frame by frame like a device: the manual
 * clock moves 16.67 ms per step and real event-loop turns run between timers and frames. The
 * engine under test receives `probe.api` as its `tt`.
 */
export class SimDriver {
  public readonly sim: SimulatedHost;
  public readonly probe: HostProbe;
  public readonly canvas: Canvas;
  public readonly friends: readonly RawFriend[];
  /** The PNG every simulated avatar decodes (the reference painter draws the same picture). */
  public readonly avatarPng: Buffer;
  /** The openid the game announces as the player (a friend in the middle of the ranking). */
  public readonly selfOpenid: string;

  public constructor(public readonly config: BenchConfig) {
    const { n, pr } = config;
    const avatar = makeAvatarPng();
    this.avatarPng = avatar;
    this.canvas = createCanvas(Math.round(VIEWPORT_WIDTH_PX * pr), Math.round(VIEWPORT_HEIGHT_PX * pr));
    this.friends = generateFriends(n, { seed: FRIENDS_SEED, cjkRatio: CJK_RATIO, scoreKey: SCORE_KEY });
    this.selfOpenid = this.friends[Math.floor(n / 2)]?.openid ?? 'self';
    this.sim = createSimulatedHost({
      canvas: this.canvas as unknown as PlatformCanvas,
      createImage: () => new NapiImage() as unknown as PlatformImage,
      // Offscreen canvases only with `--offscreen` (as WeChat's and Douyin's ODCs have; TikTok documents
      // none): avatars are then kept as bitmaps.
      ...(config.offscreen === true ? { createCanvas: () => createCanvas(1, 1) } : {}),
      // Every avatar URL decodes the same real PNG, so drawing avatars costs real pixels.
      resolveImageUrl: () => avatar,
      friends: this.friends,
      clock: 'manual',
      systemInfo: { windowWidth: VIEWPORT_WIDTH_PX, windowHeight: VIEWPORT_HEIGHT_PX, pixelRatio: pr },
      self: this.selfOpenid,
    });
    this.probe = new HostProbe(this.sim);
  }

  /** Posts a protocol v1 message from the simulated main domain (delivered on the next step). */
  public post(body: Record<string, unknown>): void {
    this.sim.mainGlobal.getOpenDataContext!().postMessage({ ...MESSAGE_HEADER, ...body });
  }

  /** The messages a game sends to open `panel`: viewport, the player's openid, show. */
  public open(panel: string, options: Record<string, unknown> = {}): void {
    this.post({ type: 'viewport', x: 0, y: 0, width: VIEWPORT_WIDTH_PX, height: VIEWPORT_HEIGHT_PX, pixelRatio: this.config.pr });
    this.post({ type: 'self', openid: this.selfOpenid });
    this.post({ type: 'show', panel, options });
  }

  /** One simulated frame interval: due timers, an event-loop turn, the frame (if requested), a turn. */
  public async step(): Promise<void> {
    this.sim.advance(FRAME_MS - FRAME_SPLIT_MS);
    await turn();
    this.sim.advance(FRAME_SPLIT_MS);
    await turn();
  }

  /** Steps until `done()` holds; false when it did not within `maxSteps`. */
  public async until(done: () => boolean, maxSteps: number): Promise<boolean> {
    for (let i = 0; i < maxSteps; i++) {
      if (done()) return true;
      await this.step();
    }
    return done();
  }

  /**
   * Steps until no frame has run for `quietMs` of simulated time and none is pending (animations,
   * image fades and the scrollbar's fade are over). Returns false when that never happened.
   */
  public async settle(quietMs = SETTLE_QUIET_MS): Promise<boolean> {
    let lastActive = this.sim.now();
    let seen = this.probe.frames.length;
    for (let i = 0; i < MAX_SETTLE_FRAMES; i++) {
      await this.step();
      if (this.probe.frames.length !== seen || this.sim.pendingFrames() > 0) {
        seen = this.probe.frames.length;
        lastActive = this.sim.now();
      } else if (this.sim.now() - lastActive >= quietMs) {
        return true;
      }
    }
    return false;
  }
}
