import type { Node, Stage } from '../core/index.js';
import type { DiagnosticsSource } from '../diagnostics/index.js';
import type { OpenDataHost } from '../host/types.js';
import type { ThemeTokens } from '../theme/index.js';
import type { FriendDataSnapshot, PanelContext } from './Panel.js';

/** What the app lends a panel context (read when called, so a context always sees the current state). */
export interface PanelContextSource {
  theme(): ThemeTokens;
  data(): FriendDataSnapshot;
  refresh(): void;
  warn(message: string): void;
  stage(): Stage | undefined;
  readonly diagnostics: DiagnosticsSource;
}

/**
 * The narrow context of a panel mounted at `mount`. A module function on purpose: its closures capture
 * only its arguments, never a caller's scope (which could hold the previously mounted panel and chain
 * every panel ever shown to the live one).
 */
export function createPanelContext(mount: Node, host: OpenDataHost, source: PanelContextSource): PanelContext {
  return {
    root: mount,
    theme: () => source.theme(),
    data: () => source.data(),
    refresh: () => source.refresh(),
    warn: (message) => source.warn(message),
    share: host.shareToUser,
    clock: {
      now: () => host.now(),
      // Scoped to the panel: once its mount left the stage (hidden, switched away, failed), the ticker
      // stops at the next frame even if the panel never stops it (a panel without `destroy`).
      everyFrame: (tick) => source.stage()?.addTicker((now) => mount.stage !== undefined && tick(now)) ?? noop,
    },
    diagnostics: source.diagnostics,
  };
}

function noop(): void {}
