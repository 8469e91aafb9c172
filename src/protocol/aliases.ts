import type { Message } from './Message.js';
import { msg } from './msg.js';
import { DEFAULT_ALIAS_PANEL } from './constants.js';

/**
 * Messages from TikTok's direct-message sharing guide, which posts them without `ns`, keyed by
 * `type` value. `data` (e.g. `{authCode}`) is ignored: the panel needs nothing from it.
 */
export const TYPE_ALIASES: Readonly<Record<string, () => Message>> = Object.freeze({
  showFriendList: () => msg.show({ panel: DEFAULT_ALIAS_PANEL }),
  show: () => msg.show({ panel: DEFAULT_ALIAS_PANEL }),
  hide: () => msg.hide(),
});

/** The guide's ODC sample switches on `command` instead, keyed by `command` value. */
export const COMMAND_ALIASES: Readonly<Record<string, () => Message>> = Object.freeze({
  render: () => msg.show({ panel: DEFAULT_ALIAS_PANEL }),
  hide: () => msg.hide(),
});

/** Looks up an alias builder by own key only, so `toString` or `__proto__` never match. */
export function lookupAlias(table: Readonly<Record<string, () => Message>>, name: unknown): (() => Message) | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
