import type { DiagnosticsRecorder } from '../diagnostics/index.js';
import type { Message, MessageOf, MessageType } from '../protocol/index.js';
import type { AppTheme } from './AppTheme.js';
import type { FriendStore } from './FriendStore.js';
import type { NoLayoutScreen } from './NoLayoutScreen.js';
import type { PanelHost } from './PanelHost.js';
import type { StageParts } from './startStage.js';

/** One handler per message type. */
export type MessageHandlers = { [T in MessageType]: (message: MessageOf<T>) => void };

/** The app's parts a message may reach; the getters return undefined until (or unless) the part exists. */
export interface HandlerTargets {
  readonly store: FriendStore;
  readonly theme: AppTheme;
  readonly diagnostics: DiagnosticsRecorder;
  /** The app's warning channel (rate-limited). */
  readonly warn: (message: string) => void;
  now(): number;
  stage(): StageParts | undefined;
  panels(): PanelHost | undefined;
  noLayout(): NoLayoutScreen | undefined;
}

/** The message handler table: what each protocol v1 message does to the app's parts. */
export function createMessageHandlers(t: HandlerTargets): MessageHandlers {
  return {
    viewport: (m) => {
      t.noLayout()?.redraw();
      t.diagnostics.recordViewport(m, t.stage()?.placement.apply(m));
    },
    show: (m) => {
      const options = m.options ?? {};
      const labels = options['labels'];
      t.noLayout()?.show(labels !== null && typeof labels === 'object' ? labels['error'] : undefined);
      const def = t.panels()?.show(m.panel, options);
      if (def !== undefined) t.store.require(def.keys(options));
    },
    hide: () => {
      t.noLayout()?.hide();
      t.panels()?.hide();
    },
    theme: (m) => {
      const theme = t.theme.apply(m);
      if (theme === undefined) return;
      t.stage()?.themeImages.update(theme);
      t.panels()?.themeChanged(theme);
      t.stage()?.stage.invalidateAll();
      t.noLayout()?.redraw();
    },
    score: (m) => t.store.setScore(m.key, m.value),
    self: (m) => t.store.setSelf(m.openid),
    refresh: () => t.store.fetch(),
    pointer: (m) => {
      t.diagnostics.recordTouch('forwarded', m.phase, m.id, m.x, m.y);
      const parts = t.stage();
      parts?.placement.noteTouch(t.warn);
      parts?.input.pointer(m.phase, m.id, m.x, m.y, m.t ?? t.now(), 'forwarded');
    },
    wheel: (m) => t.stage()?.input.wheel(m.x, m.y, m.deltaY),
    scrollTo: (m) => t.panels()?.scrollTo(m.target, m.animated ?? true),
  };
}

/** Runs the handler of `message`'s type. */
export function dispatchMessage(handlers: MessageHandlers, message: Message): void {
  (handlers[message.type] as (m: Message) => void)(message);
}
