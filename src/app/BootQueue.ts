import type { Message, MessageType } from '../protocol/index.js';
import { MAX_QUEUED_MESSAGES } from './constants.js';

/**
 * Messages that arrive while an asynchronous layout engine loads, kept in order and replayed once it
 * is ready. Pure policy, no I/O:
 * - a state message replaces the queued one it supersedes (the latest viewport, self, show/hide,
 *   refresh, scrollTo, score per key), so a game that re-sends state or streams touches never pushes
 *   out what it sent once;
 * - over capacity, touch input goes first, then theme messages, and the oldest message only as a last
 *   resort.
 */
export class BootQueue {
  private readonly _messages: Message[] = [];

  public constructor(private readonly _capacity: number = MAX_QUEUED_MESSAGES) {}

  /** Messages queued now, oldest first. */
  public get length(): number {
    return this._messages.length;
  }

  /** Queues `message`; returns the type of a message dropped to stay within capacity, if one was. */
  public push(message: Message): MessageType | undefined {
    const q = this._messages;
    const key = supersedeKey(message);
    if (key !== undefined) {
      const i = q.findIndex((m) => supersedeKey(m) === key);
      if (i >= 0) q.splice(i, 1);
    }
    q.push(message);
    if (q.length <= this._capacity) return undefined;
    let drop = q.findIndex((m) => m.type === 'pointer' || m.type === 'wheel');
    if (drop < 0) drop = q.findIndex((m) => m.type === 'theme');
    if (drop < 0) drop = 0;
    const dropped = q[drop]!.type;
    q.splice(drop, 1);
    return dropped;
  }

  /** Takes every queued message, oldest first, leaving the queue empty. */
  public drain(): Message[] {
    return this._messages.splice(0, this._messages.length);
  }
}

/** Messages of the same key carry state the later one fully replaces. */
function supersedeKey(m: Message): string | undefined {
  switch (m.type) {
    case 'viewport':
    case 'self':
    case 'scrollTo':
    case 'refresh':
      return m.type;
    case 'show':
    case 'hide':
      return 'visibility';
    case 'score':
      return `score:${m.key}`;
    default:
      return undefined;
  }
}
