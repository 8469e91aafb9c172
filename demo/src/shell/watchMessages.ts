import type { SimulatedHost } from '../../../src/testing/index.js';

/** Message types left out of the log: a drag or a wheel posts dozens of them. */
const UNLOGGED_TYPES: readonly string[] = ['pointer', 'wheel'];

/**
 * Reports every message the main domain posts to the open data domain (before the simulated
 * platform copies and delivers it), except touch and wheel forwarding: `onMessage` sees protocol v1
 * objects, an engine's own viewport messages, and Unity's JSON text as posted. Wraps the simulated
 * `getOpenDataContext().postMessage`, so it must run before the game first posts.
 */
export function watchMessages(sim: SimulatedHost, onMessage: (message: unknown) => void): void {
  const context = sim.mainGlobal.getOpenDataContext?.();
  if (context === undefined) return;
  const post = context.postMessage;
  context.postMessage = (message: unknown): void => {
    const type: unknown = typeof message === 'object' && message !== null ? Reflect.get(message, 'type') : undefined;
    if (typeof type !== 'string' || !UNLOGGED_TYPES.includes(type)) onMessage(message);
    post.call(context, message);
  };
}
