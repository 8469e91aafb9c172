import type { Message, MessageBody, MessageOf } from './Message.js';
import { msg } from './msg.js';

/**
 * Builds the wire form of a message from its body (`type` plus fields); a full {@link Message} is
 * accepted too. `parseMessage(buildMessage(m))` deep-equals `m` for every valid message `m`.
 *
 * @example
 * buildMessage({ type: 'scrollTo', target: 'self' }); // { ns: 'friendcanvas', v: 1, type: 'scrollTo', target: 'self' }
 */
export function buildMessage<B extends MessageBody>(body: B): MessageOf<B['type']>;
export function buildMessage(body: MessageBody): Message {
  switch (body.type) {
    case 'viewport':
      return msg.viewport(body);
    case 'show':
      return msg.show(body);
    case 'hide':
      return msg.hide(body);
    case 'theme':
      return msg.theme(body);
    case 'score':
      return msg.score(body);
    case 'self':
      return msg.self(body);
    case 'refresh':
      return msg.refresh(body);
    case 'pointer':
      return msg.pointer(body);
    case 'wheel':
      return msg.wheel(body);
    case 'scrollTo':
      return msg.scrollTo(body);
  }
}
