import type { CanvasOwner } from '../protocol/index.js';
import type { Stage } from '../core/index.js';
import type { OpenDataHost } from '../host/types.js';
import type { LayoutEngine } from '../layout/index.js';
import type { ThemeTokens } from '../theme/index.js';
import type { InitialTheme } from './AppTheme.js';
import type { FriendDataSnapshot, PanelDefinition } from './Panel.js';

/** Options of `createOpenDataApp`. */
export interface OpenDataAppOptions {
  /** The platform port; default: detected from `GameGlobal.tt`, `tt`, `TTMinis.game` or `wx`. */
  host?: OpenDataHost;
  /** The panel types `show` messages may name. */
  panels: readonly PanelDefinition[];
  /** Initial theme: a preset name, or a preset plus token overrides. Default `'light'`. */
  theme?: InitialTheme;
  /**
   * Layout engine; default: yoga translated to plain JavaScript, loaded synchronously (no
   * `WebAssembly` needed). A promise (an engine the game loads asynchronously) is awaited; messages
   * that arrive meanwhile are queued and replayed in order.
   */
  layout?: LayoutEngine | Promise<LayoutEngine>;
  /**
   * Who sizes the shared canvas (ENGINE2). `'auto'` (default): size it to each viewport × pixel ratio,
   * and adopt whatever size it keeps when the host refuses; once anyone else changes it, never resize
   * it again. `'engine'`: never resize it (Cocos, LayaAir and Unity size it from the main domain); a
   * viewport message may say the same with `canvasOwner: 'engine'`, and engine dialects always do.
   */
  canvasOwner?: CanvasOwner;
  /** Receives errors thrown by panels and handlers (after they are contained). Default: a warning. */
  onError?: (error: unknown) => void;
}

/** A running open data domain app. */
export interface OpenDataApp {
  /** Resolves once the layout engine is ready and queued messages are applied (at once with the default engine). */
  readonly ready: Promise<void>;
  /** The stage, once ready. */
  readonly stage: Stage | undefined;
  /** Name of the mounted panel, if any. */
  readonly panelName: string | undefined;
  /** The current theme. */
  readonly theme: ThemeTokens;
  /** The current friend data. */
  readonly data: FriendDataSnapshot;
  /** Handles one raw message exactly as if it came from the host's `onMessage`. Never throws. */
  handleMessage(raw: unknown): void;
  /** Stops frames and frees every node. */
  dispose(): void;
}
