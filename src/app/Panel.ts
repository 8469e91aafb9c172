import type { Node, Stage } from '../core/index.js';
import type { Friend } from '../data/index.js';
import type { DiagnosticsSource } from '../diagnostics/index.js';
import type { OpenDataHost } from '../host/types.js';
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

/** What the app gives a panel. */
export interface PanelContext {
  /** The panel's mount point, sized to the whole canvas. */
  readonly root: Node;
  readonly stage: Stage;
  readonly host: OpenDataHost;
  /** The current theme (replaced, never mutated, on change). */
  theme(): ThemeTokens;
  /** The current friend data. */
  data(): FriendDataSnapshot;
  /** Refetches friend data (keeps the current data on screen meanwhile). */
  refresh(): void;
  /** One console warning (rate-limited by the app). Never pass friend data. */
  warn(message: string): void;
  /**
   * What the app recorded for a device report (layout engine, canvas, last viewport, last touch per
   * path, frame timings, the friend result's shape), read-only. Absent in hand-made contexts.
   */
  readonly diagnostics?: DiagnosticsSource;
}

/** A mounted panel. Every method may be called at any time after creation; none may throw out (the app contains it). */
export interface Panel {
  /** New options from a repeated `show` message: update in place, keep scroll position. */
  update(options: PlainObject): void;
  /** Called right after `create` with the current data, then whenever it changes (fetched, refreshed, a fresh `score`, `self`). */
  onDataChange(data: FriendDataSnapshot): void;
  /** Theme tokens changed: repaint, no rebuild. */
  onThemeChange(theme: ThemeTokens): void;
  /** A `scrollTo` message. */
  scrollTo(target: 'top' | 'self', animated: boolean): void;
  /** Releases every node the panel created. */
  destroy(): void;
}

/** A panel type registered with the app under a name used by `show` messages. */
export interface PanelDefinition {
  readonly name: string;
  /** Cloud storage keys to fetch for these options (e.g. the score key). */
  keys(options: PlainObject): string[];
  create(context: PanelContext, options: PlainObject): Panel;
}
