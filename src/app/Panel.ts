import type { Node } from '../core/index.js';
import type { Friend } from '../data/index.js';
import type { DiagnosticsSource } from '../diagnostics/index.js';
import type { ShareToUserOptions } from '../host/types.js';
import type { PlainObject } from '../protocol/index.js';
import type { ThemeTokens } from '../theme/index.js';

/** Where the friend data stands. `unauthorized`: the player has not granted (or declined) friend access. */
export type FriendDataStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unauthorized';

/** An immutable snapshot of the friend data a panel draws. */
export interface FriendDataSnapshot {
  readonly status: FriendDataStatus;
  readonly friends: readonly Friend[];
  /** Normalised failure of the last fetch (`error`/`unauthorized`), never containing friend data. */
  readonly error: { readonly code?: string | number; readonly message: string } | undefined;
  /** The player's openid, if the game sent a `self` message. */
  readonly selfOpenid: string | undefined;
  /** The player's latest scores from `score` messages (key → value as sent), newest wins. */
  readonly selfScores: Readonly<Record<string, string>>;
  /** True while a refetch runs with older data still shown (no flicker). */
  readonly refreshing: boolean;
  /** Increments on every change. */
  readonly version: number;
}

/** Time for a panel: the host's clock and a per-frame callback. */
export interface PanelClock {
  /** Milliseconds on the host's monotonic clock. */
  now(): number;
  /**
   * Calls `tick` with the frame time on every frame until it returns false or the returned function
   * is called. A panel with a ticker keeps frames coming; stop it when idle.
   */
  everyFrame(tick: (now: number) => boolean): () => void;
}

/**
 * What the app gives a panel, and all a panel may use: the prebuilt panels use nothing else. A panel
 * never sees the stage or the raw host; it draws by adding widgets under `root`.
 */
export interface PanelContext {
  /** The panel's mount point, sized to the whole canvas. */
  readonly root: Node;
  /** The current theme (replaced, never mutated, on change). */
  theme(): ThemeTokens;
  /** The current friend data. */
  data(): FriendDataSnapshot;
  /** Refetches friend data (keeps the current data on screen meanwhile). */
  refresh(): void;
  /** One console warning (rate-limited by the app). Never pass friend data. */
  warn(message: string): void;
  /**
   * Sends a direct-message card to a friend (`shareToUser`); must be called inside a tap handler (a
   * user gesture). `undefined` when the host lacks it (clients older than 40.3.0).
   */
  readonly share: ((options: ShareToUserOptions) => Promise<void>) | undefined;
  readonly clock: PanelClock;
  /**
   * What the app recorded for a device report (layout engine, canvas, last viewport, last touch per
   * path, frame timings, the friend result's shape, the host's APIs), read-only. Absent in hand-made contexts.
   */
  readonly diagnostics?: DiagnosticsSource;
}

/**
 * A mounted panel. Every method is optional and may be called at any time after creation; none may
 * throw out (the app contains it). Without `update` a changed `show` re-creates the panel, and without
 * `onThemeChange` a theme change does (so the look always follows).
 */
export interface Panel {
  /** New options from a repeated `show` message: update in place, keep scroll position. */
  update?(options: PlainObject): void;
  /** Called right after `create` with the current data, then whenever it changes (fetched, refreshed, a fresh `score`, `self`). */
  onDataChange?(data: FriendDataSnapshot): void;
  /** Theme tokens changed: repaint, no rebuild. */
  onThemeChange?(theme: ThemeTokens): void;
  /** A `scrollTo` message. */
  scrollTo?(target: 'top' | 'self', animated: boolean): void;
  /** Releases what the panel holds beyond its nodes (tickers, timers); its nodes under `root` are freed by the app. */
  destroy?(): void;
}

/** A panel type registered with the app under a name used by `show` messages. */
export interface PanelDefinition {
  readonly name: string;
  /** Cloud storage keys to fetch for these options (e.g. the score key). */
  keys(options: PlainObject): string[];
  create(context: PanelContext, options: PlainObject): Panel;
}
