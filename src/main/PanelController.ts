import type { MainHost } from '../host/index.js';
import type { CanvasFit, CanvasOwner } from '../protocol/index.js';
import type { ThemeOverrides, ThemePresetName } from '../theme/index.js';
import type { PanelName, PanelShowArgs } from './PanelOptionsMap.js';

/** Where the shared canvas is drawn on screen, in screen logical px. */
export interface ViewportRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options of `createPanelController`. */
export interface PanelControllerOptions {
  /** The main-domain host; detected from the platform globals when absent. */
  host?: MainHost;
  /** Initial viewport, posted at creation (pixel ratio defaults as in `setViewport`). */
  viewport?: ViewportRect & { pixelRatio?: number };
  /**
   * Who sizes the shared canvas, sent with every viewport: `'engine'` when the game's engine sizes it
   * (the ODC then never resizes it); default `'auto'` (the ODC sizes it to the viewport × pixel ratio).
   */
  canvasOwner?: CanvasOwner;
  /** How the game shows the canvas in the viewport: `'stretch'` (default) or `'contain'` (whole, centred). */
  fit?: CanvasFit;
  /** Warning sink for one-time notices; default `console.warn` (else `console.log`; silent without a console). Never given friend data. */
  warn?: (message: string) => void;
}

/**
 * Drives the open data domain from the game: posts protocol v1 messages, forwards touches, and
 * wraps authorization and cloud-storage writes with validation. Synchronous methods throw
 * {@link ValidationError} on bad input and then change nothing; async methods reject instead.
 */
export interface PanelController {
  /** The host messages go through. */
  readonly host: MainHost;
  /** False when the host cannot report touches, so `forwardTouches` is a no-op. */
  readonly canForwardTouches: boolean;
  /**
   * Posts where the shared canvas is drawn (screen logical px) and remembers it for touch mapping.
   * `pixelRatio` defaults to the host's `getSystemInfo().pixelRatio` when that is valid.
   */
  setViewport(rect: ViewportRect, pixelRatio?: number): void;
  /** Shows a panel, or updates the shown one in place. */
  show<P extends PanelName>(panel: P, ...options: PanelShowArgs<P>): void;
  /** Hides the panel. */
  hide(): void;
  /** A string switches preset (dropping earlier token overrides); an object merges token overrides. */
  setTheme(presetOrTokens: ThemePresetName | ThemeOverrides): void;
  /** Asks the open data domain to refetch friend data. */
  refresh(): void;
  /** Scrolls the current list to the top or to the player's row. */
  scrollTo(target: 'top' | 'self', animated?: boolean): void;
  /** Tells the open data domain the player's openid (from the game's server login). */
  setSelf(openid: string): void;
  /** Re-posts the latest viewport, self, theme and show/hide state, for an ODC that loaded late. */
  resync(): void;
  /**
   * Forwards touches that start inside the viewport (plus their moves and end/cancel, wherever they
   * go) as `pointer` messages in screen logical px. Returns an unsubscribe that also cancels touches
   * in flight. Calling it again while subscribed returns the same unsubscribe.
   */
  forwardTouches(): () => void;
  /** Posts a `wheel` message when (x, y) lies inside the viewport; returns whether it did. */
  forwardWheel(x: number, y: number, deltaY: number): boolean;
  /** Asks for friend-list permission (call after a user tap); resolves with the code if any. */
  authorize(opts?: { statusOnly?: boolean }): Promise<{ code?: string }>;
  /** Validates then writes one score, then posts it to the open data domain. */
  saveScore(key: string, value: number | string): Promise<void>;
  /** Validates then writes several scores at once: if any pair is invalid, nothing is written. */
  saveScores(record: Readonly<Record<string, number | string>>): Promise<void>;
  /** Validates then removes keys from the player's cloud storage. */
  removeScores(keys: readonly string[]): Promise<void>;
  /** Whether sharing may be offered; `true` when the host cannot tell (the ODC feature-detects). */
  canShare(): boolean;
}
