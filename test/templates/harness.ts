/**
 * Test harness for the prebuilt panels: a simulated TikTok host over a mock canvas, the real host
 * adapter, the real app (yoga layout) with `builtinPanels`, and helpers to post messages, run
 * frames and read what was drawn.
 */
import { createOpenDataApp, createOpenDataHost } from '../../src/index.js';
import type { Canvas2D, FriendDataSnapshot, List, Node, OpenDataApp, PlainObject } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import type { RawFriend, SimulatedHost, SimulatedHostOptions } from '../../src/testing/index.js';
import { builtinPanels } from '../../templates/index.js';
import { createMockCanvas, createMockImage } from '../helpers/mockCanvas.js';
import type { MockContext } from '../helpers/mockCanvas.js';

export interface Harness {
  readonly sim: SimulatedHost;
  readonly app: OpenDataApp;
  readonly ctx: MockContext;
  readonly warnings: string[];
  /** Posts a v1 message from the main domain and delivers it. */
  post(type: string, fields?: PlainObject): void;
  /** Advances time, letting answers, promise callbacks and frames run. */
  settle(ms?: number): Promise<void>;
  /** Repaints everything and returns the strings drawn by `fillText`, in paint order. */
  texts(): string[];
  /** Repaints everything and returns the fill colours used by `fillRect`/`fill`. */
  fills(): string[];
  /** The mounted panel's root node. */
  root(): Node;
  /** Taps at stage point (x, y) through forwarded `pointer` messages. */
  tapMessage(x: number, y: number): Promise<void>;
  /** A tap through the host's native ODC touch listeners. */
  tapNative(x: number, y: number): Promise<void>;
  data(): FriendDataSnapshot;
}

/** Raw friends with names and scores, no avatars (so no image loads). */
export function friends(scores: ReadonlyArray<number | string | undefined>, prefix = 'Friend'): RawFriend[] {
  return scores.map((s, i) => ({
    openid: `id${i}`,
    nickname: `${prefix} ${i}`,
    KVDataList: s === undefined ? [] : [{ key: 'score', value: String(s) }],
  }));
}

export async function createHarness(
  options: Partial<SimulatedHostOptions> & { width?: number; height?: number } = {},
): Promise<Harness> {
  const width = options.width ?? 320;
  const height = options.height ?? 480;
  const canvas = createMockCanvas(width, height);
  const sim = createSimulatedHost({ ...options, canvas, systemInfo: { windowWidth: width, windowHeight: height, pixelRatio: 1 } });
  const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
  const warnings: string[] = [];
  // Recorded instead of printed, so tests can count them.
  host.warn = (m: string): void => {
    warnings.push(m);
  };
  const app = createOpenDataApp({ host, panels: builtinPanels });
  await app.ready;
  const ctx = canvas.getContext('2d');
  let pointerId = 1;
  const settle = async (ms = 50): Promise<void> => {
    for (let i = 0; i < 6; i++) {
      sim.flush();
      await Promise.resolve();
      await Promise.resolve();
      sim.advance(ms / 3);
      await Promise.resolve();
    }
  };
  const post = (type: string, fields: PlainObject = {}): void => {
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type, ...fields });
    sim.flush();
  };
  const paint = (): Array<{ type: string; props: Record<string, unknown> }> => {
    app.stage!.invalidateAll();
    ctx.__clearEvents();
    app.stage!.frame();
    return ctx.__getEvents();
  };
  post('viewport', { x: 0, y: 0, width, height, pixelRatio: 1 });
  return {
    sim,
    app,
    ctx,
    warnings,
    post,
    settle,
    texts: () => paint().filter((e) => e.type === 'fillText').map((e) => String(e.props['text'])),
    fills: () =>
      paint()
        .filter((e) => e.type === 'fillStyle')
        .map((e) => String(e.props['value'])),
    root: () => app.stage!.root,
    tapMessage: async (x, y) => {
      const id = pointerId++;
      post('pointer', { phase: 'start', id, x, y });
      post('pointer', { phase: 'end', id, x, y });
      await settle();
    },
    tapNative: async (x, y) => {
      const id = pointerId++;
      sim.touch('start', id, x, y);
      sim.touch('end', id, x, y);
      await settle();
    },
    data: () => app.data,
  };
}

/** Finds every descendant (self included) matching a predicate, depth first. */
export function findAll(node: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) findAll(c, pred, out);
  return out;
}

/** The centre of a node in stage coordinates. */
export function centreOf(node: Node): { x: number; y: number } {
  const r = node.absoluteRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Opens a leaderboard of `n` friends with avatars (scores 100,000 − 7·i, so friend i sits at index i),
 * the player being friend `self`, 375 × 667 at @3x; returns the harness and the list.
 */
export async function openAvatarBoard(n: number, self: number): Promise<{ h: Harness; list: List }> {
  const scores = Array.from({ length: n }, (_, i) => 100_000 - i * 7);
  const raw = friends(scores).map((f, i) => ({ ...f, avatarUrl: `https://example.com/a${i}.png` }));
  const h = await createHarness({ friends: raw, width: 375, height: 667, createImage: () => createMockImage(132, 132) });
  h.post('viewport', { x: 0, y: 0, width: 375, height: 667, pixelRatio: 3 });
  h.post('self', { openid: `id${self}` });
  h.post('show', { panel: 'leaderboard' });
  await h.settle(600);
  return { h, list: h.root().findByName('list') as List };
}

/** Wraps each row's `paintSelf` once (however often it is passed) so `onPaint` hears every paint of it. */
export function paintCounter(onPaint: (row: Node) => void): (row: Node) => void {
  const counted = new WeakSet<Node>();
  return (row) => {
    if (counted.has(row)) return;
    counted.add(row);
    const paint = row.paintSelf.bind(row);
    row.paintSelf = (ctx: Canvas2D): void => {
      onPaint(row);
      paint(ctx);
    };
  };
}

