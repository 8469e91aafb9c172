import { NAMESPACE, PROTOCOL_VERSION } from './constants.js';
import type { MessageFields, MessageOf, MessageType } from './Message.js';

/** One typed builder per message type: takes the fields, returns the full wire message. */
export type MessageBuilders = {
  readonly [T in MessageType]: (
    ...fields: keyof MessageFields<T> extends never ? [fields?: MessageFields<T>] : [fields: MessageFields<T>]
  ) => MessageOf<T>;
};

const envelope = { ns: NAMESPACE, v: PROTOCOL_VERSION } as const;

/**
 * Typed builders for every protocol v1 message. They add the envelope (`ns`, `v`, `type`), copy
 * only known fields and leave out optional fields that are `undefined`. They do not validate:
 * {@link parseMessage} does, and the main-domain controller runs it on everything it posts.
 *
 * @example
 * getOpenDataContext().postMessage(msg.show({ panel: 'leaderboard', options: { scoreKey: 'best' } }));
 */
export const msg: MessageBuilders = Object.freeze({
  viewport: (f: MessageFields<'viewport'>) => ({
    ...envelope,
    type: 'viewport' as const,
    x: f.x,
    y: f.y,
    width: f.width,
    height: f.height,
    ...(f.pixelRatio === undefined ? {} : { pixelRatio: f.pixelRatio }),
    ...(f.canvasOwner === undefined ? {} : { canvasOwner: f.canvasOwner }),
    ...(f.fit === undefined ? {} : { fit: f.fit }),
    ...(f.dialect === undefined ? {} : { dialect: f.dialect }),
  }),
  show: (f: MessageFields<'show'>) => ({
    ...envelope,
    type: 'show' as const,
    panel: f.panel,
    ...(f.options === undefined ? {} : { options: f.options }),
  }),
  hide: () => ({ ...envelope, type: 'hide' as const }),
  theme: (f: MessageFields<'theme'>) => ({
    ...envelope,
    type: 'theme' as const,
    ...(f.preset === undefined ? {} : { preset: f.preset }),
    ...(f.tokens === undefined ? {} : { tokens: f.tokens }),
  }),
  score: (f: MessageFields<'score'>) => ({ ...envelope, type: 'score' as const, key: f.key, value: f.value }),
  self: (f: MessageFields<'self'>) => ({ ...envelope, type: 'self' as const, openid: f.openid }),
  refresh: () => ({ ...envelope, type: 'refresh' as const }),
  pointer: (f: MessageFields<'pointer'>) => ({
    ...envelope,
    type: 'pointer' as const,
    phase: f.phase,
    id: f.id,
    x: f.x,
    y: f.y,
    ...(f.t === undefined ? {} : { t: f.t }),
  }),
  wheel: (f: MessageFields<'wheel'>) => ({ ...envelope, type: 'wheel' as const, x: f.x, y: f.y, deltaY: f.deltaY }),
  scrollTo: (f: MessageFields<'scrollTo'>) => ({
    ...envelope,
    type: 'scrollTo' as const,
    target: f.target,
    ...(f.animated === undefined ? {} : { animated: f.animated }),
  }),
});
