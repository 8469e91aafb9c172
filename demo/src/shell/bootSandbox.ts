import type { PlatformImage, RawCallbacks, ShareToUserOptions } from '../../../src/host/index.js';
import { createSimulatedHost } from '../../../src/testing/index.js';
import type { RawFriend, SimulatedHost } from '../../../src/testing/index.js';
import type { DomCanvas, DomIFrame, DomWindow } from '../dom.js';
import { setGlobal } from '../dom.js';
import { avatarDataUrl, simAvatarIndex } from './avatarArt.js';
import type { DemoConfig } from './DemoConfig.js';
import { createSkinArtResolver } from './skinArtUrls.js';
import { DEMO_SCREEN, FIXED_CANVAS_PX, ODC_SCRIPT_URL, SANDBOX_PAGE_URL } from './constants.js';
import { demoFriends } from './demoFriends.js';

/** One `shareToUser` call as the simulated client received it. */
export interface ShareLogEntry {
  readonly openid: string;
  readonly title: string | undefined;
  /** `pending` until the simulated platform answers. */
  status: 'pending' | 'sent' | 'failed';
  /** Whether the call was made synchronously inside a tap (user initiated). */
  readonly duringInput: boolean;
}

/** What the sandbox reports to the simulator chrome. */
export interface SandboxHooks {
  /** A `shareToUser` call arrived (status `pending`). */
  onShare(entry: ShareLogEntry): void;
  /** The simulated platform answered a share: its status is now `sent` or `failed`. */
  onShareSettled(entry: ShareLogEntry): void;
  /** The open data domain printed a warning. */
  onWarn(message: string): void;
}

/** A booted simulated client: the sim, the isolated ODC and its shared canvas. */
export interface Sandbox {
  readonly sim: SimulatedHost;
  readonly sharedCanvas: DomCanvas;
  readonly friends: readonly RawFriend[];
  /** The player's openid (one of the friends when there are any). */
  readonly selfOpenid: string;
  /** Avatar pictures still decoding before the simulated platform answers their load. */
  pendingDecodes(): number;
  /** Replaces the friend list with `count` generated friends (the player among them). */
  setFriendCount(count: number): void;
  /** Applies the avatar failure switch. */
  setAvatarFailure(on: boolean): void;
  /** Applies the shareToUser failure switch. */
  setShareFailure(on: boolean): void;
  /** The offscreen canvases the open data domain created (`client=offscreen`), oldest first. */
  readonly offscreenCanvases: readonly DomCanvas[];
}

/** Friend-fetch failures in the platform's raw shapes (PLATFORM.md "Errors"). */
const NETWORK_ERROR = { errMsg: 'getFriendCloudStorage:fail network error' };
const AUTH_DENIED = { error: { error_code: 10200, error_msg: 'auth deny: friend list permission not granted' } };
const SHARE_ERROR = { errMsg: 'shareToUser:fail network error' };

/**
 * Loads the blank sandbox page into `frame`, creates the simulated TikTok host over the frame's
 * canvas and images, installs it as the frame's global `tt`, then loads the real
 * `dist/openDataContext/index.js` there. The main-domain half of the sim is returned for the game.
 */
export async function bootSandbox(frame: DomIFrame, config: DemoConfig, hooks: SandboxHooks): Promise<Sandbox> {
  const win = await frameWindow(frame);
  const canvas = win.document.createElement('canvas') as DomCanvas;
  // An engine sizes the canvas itself (the game does, from the main domain).
  if (config.stretch && config.engine === 'none') pinCanvasSize(canvas);

  const initial = demoFriends(config.friends, config.seed);
  let selfOpenid = initial.selfOpenid;
  const skinArt = createSkinArtResolver(win.document);
  const offscreen: DomCanvas[] = [];
  const sim = createSimulatedHost({
    canvas,
    friends: initial.friends,
    self: selfOpenid,
    clock: 'real',
    // Timers and frames of the page: a hidden frame's own rAF may be throttled by the browser.
    globals: globalThis,
    latencyMs: config.latencyMs,
    // Real images of the sandbox: the sim hands them the locally drawn picture of each simulated
    // avatar URL (and of the image skin's art) and still decides when (and whether) the ODC hears
    // that they loaded.
    createImage: (): PlatformImage => new win.Image(),
    ...(config.client.has('offscreen')
      ? {
          createCanvas: () => {
            const made = win.document.createElement('canvas') as DomCanvas;
            offscreen.push(made);
            return made;
          },
        }
      : {}),
    resolveImageUrl: (url) => {
      const index = simAvatarIndex(url);
      return index === undefined ? skinArt(url) : avatarDataUrl(index);
    },
    shareToUser: !config.failures.has('noShareApi'),
    // Engines leave touches to the open data domain's own onTouch* listeners (they forward none).
    nativeTouches: config.client.has('nativeTouches') || config.engine !== 'none',
    systemInfo: { windowWidth: DEMO_SCREEN.width, windowHeight: DEMO_SCREEN.height, pixelRatio: config.pixelRatio },
  });
  if (config.failures.has('friends')) sim.setFailure('friends', NETWORK_ERROR);
  if (config.failures.has('unauthorized')) sim.setFailure('friends', AUTH_DENIED);

  logShares(sim, hooks);
  captureWarnings(win, hooks);
  setGlobal(win, 'tt', sim.odcGlobal);
  if (config.client.has('noWasm')) removeWebAssembly(win);
  await loadScript(win, ODC_SCRIPT_URL);

  let friends: readonly RawFriend[] = initial.friends;
  const sandbox: Sandbox = {
    sim,
    sharedCanvas: canvas,
    get friends() {
      return friends;
    },
    get selfOpenid() {
      return selfOpenid;
    },
    pendingDecodes: () => sim.pendingDecodes(),
    setFriendCount: (count) => {
      const next = demoFriends(count, config.seed);
      friends = next.friends;
      selfOpenid = next.selfOpenid;
      sim.setFriends(next.friends);
      sim.setSelf(selfOpenid);
    },
    // Only avatars fail: the image skin's art keeps loading.
    setAvatarFailure: (on) => sim.setImages((url) => (on && simAvatarIndex(url) !== undefined ? 'error' : 'load')),
    setShareFailure: (on) => (on ? sim.setFailure('share', SHARE_ERROR) : sim.clearFailure('share')),
    offscreenCanvases: offscreen,
  };
  sandbox.setAvatarFailure(config.failures.has('avatars'));
  sandbox.setShareFailure(config.failures.has('share'));
  return sandbox;
}

/** Loads the blank sandbox page into the frame (listening first, so a fast load cannot be missed). */
function frameWindow(frame: DomIFrame): Promise<DomWindow> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      if (win === null) reject(new Error('demo: the sandbox frame has no window'));
      // Ignore the frame's initial about:blank, should its load event come late.
      else if (win.location.pathname.endsWith(SANDBOX_PAGE_URL)) resolve(win);
    });
    frame.src = SANDBOX_PAGE_URL;
  });
}

/**
 * Makes the shared canvas keep 800×800 whatever the ODC asks, like a host that refuses resizing
 * (WeChat): the framework then stretches its drawing to the canvas and the game stretches the
 * canvas into the viewport, so x and y scales differ.
 */
function pinCanvasSize(canvas: DomCanvas): void {
  canvas.width = FIXED_CANVAS_PX;
  canvas.height = FIXED_CANVAS_PX;
  for (const name of ['width', 'height'] as const) {
    Object.defineProperty(canvas, name, { configurable: true, get: () => FIXED_CANVAS_PX, set: () => undefined });
  }
}

function logShares(sim: SimulatedHost, hooks: SandboxHooks): void {
  const share = sim.odcGlobal.shareToUser;
  if (share === undefined) return;
  sim.odcGlobal.shareToUser = (opts: ShareToUserOptions & RawCallbacks<unknown>) => {
    const before = sim.calls.shares.length;
    const settle = (entry: ShareLogEntry | undefined, status: 'sent' | 'failed'): void => {
      if (entry === undefined) return;
      entry.status = status;
      hooks.onShareSettled(entry);
    };
    let entry: ShareLogEntry | undefined;
    share.call(sim.odcGlobal, {
      ...opts,
      success: (res) => {
        settle(entry, 'sent');
        opts.success?.(res);
      },
      fail: (err) => {
        settle(entry, 'failed');
        opts.fail?.(err);
      },
    });
    const call = sim.calls.shares[before];
    if (call !== undefined) {
      entry = { openid: call.openid, title: call.title, status: 'pending', duringInput: call.duringInput };
      hooks.onShare(entry);
    }
  };
}

/** Takes `WebAssembly` away from the sandbox's realm before the bundle loads, as devices lack it (PLATFORM.md). */
function removeWebAssembly(win: DomWindow): void {
  const name = 'WebAssembly';
  if (!Reflect.deleteProperty(win, name)) Object.defineProperty(win, name, { value: undefined, configurable: true });
}

/** Mirrors the open data domain's console warnings into the simulator's log. */
function captureWarnings(win: DomWindow, hooks: SandboxHooks): void {
  const console = Reflect.get(win, 'console') as { warn?: (...args: unknown[]) => void } | undefined;
  const warn = console?.warn;
  if (console === undefined || warn === undefined) return;
  console.warn = (...args: unknown[]) => {
    hooks.onWarn(args.map(String).join(' '));
    warn.apply(console, args);
  };
}

function loadScript(win: DomWindow, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.setAttribute('src', url);
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`demo: could not load ${url} (run the build)`)));
    win.document.body.appendChild(script);
  });
}
