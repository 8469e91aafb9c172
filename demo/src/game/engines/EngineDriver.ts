import type { Box, GamePanel, Size } from '../constants.js';

/** The engines the sample game can imitate; `none` = a game that speaks protocol v1 itself. */
export const ENGINE_NAMES = ['none', 'cocos', 'laya', 'unity'] as const;

/** How the sample game drives the open data domain. */
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Options of a panel, as the game passes them to `show`. */
export type GamePanelOptions = Readonly<Record<string, string | number>>;

/** A canvas whose backing store can be sized (the shared canvas, seen from the main domain). */
export interface SizableCanvas {
  width: number;
  height: number;
}

/** The main domain's `tt.getOpenDataContext()`: the shared canvas and the raw `postMessage`. */
export interface MainOpenDataContext {
  readonly canvas: SizableCanvas | undefined;
  postMessage(message: unknown): void;
}

/**
 * What the game does to put a panel on screen, the way one engine does it: who sizes the shared
 * canvas, which message says where it is, how a panel is hidden, and where the game draws the canvas.
 * A panel is always chosen with protocol v1 `show`.
 */
export interface EngineDriver {
  readonly name: EngineName;
  /**
   * Puts `panel` at `rect` (screen logical px) on a screen of `pixelRatio`: an engine sizes the shared
   * canvas first, then posts its own viewport message; without an engine the game posts `viewport`.
   */
  place(panel: GamePanel, rect: Box, pixelRatio: number): void;
  /** Chooses the panel (protocol v1 `show`; Unity sends it as JSON text, as its `PostMessage` does). */
  show(panel: GamePanel, options: GamePanelOptions): void;
  /** Hides the panel, with the engine's own message where it has one. */
  hide(): void;
  /** Where inside `rect` the game draws the shared canvas (Cocos: whole and centred, "show all"). */
  drawRect(rect: Box, canvas: Size): Box;
}

/**
 * The largest box of the canvas's aspect ratio that fits in `rect`, centred ("show all", CSS
 * `object-fit: contain`): how Cocos's `SubContextView` shows the shared canvas in its node.
 */
export function fitContain(rect: Box, canvas: Size): Box {
  if (!(canvas.width > 0 && canvas.height > 0)) return rect;
  const scale = Math.min(rect.width / canvas.width, rect.height / canvas.height);
  const width = canvas.width * scale;
  const height = canvas.height * scale;
  return { x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width, height };
}

/** Sizes the canvas's backing store, only when it differs (assigning a size, even the same one, clears it). */
export function sizeCanvas(canvas: SizableCanvas | undefined, width: number, height: number): void {
  if (canvas === undefined) return;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}
