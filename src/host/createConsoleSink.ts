import { isCallable, readMember } from './readMember.js';

/**
 * Builds a warning sink that never throws: each call looks up `console` on the given sources in
 * order (so a console installed or replaced later is used) and calls its `warn`, else its `log`;
 * without either it does nothing. Hosts may lack a console, give one without `warn`, or have one
 * whose getter or methods throw (PLATFORM.md: assume nothing a host does not document).
 *
 * @param sources - Objects that may hold a `console` member, most specific first (the raw api,
 * then `globalThis`).
 * @example
 * const warn = createConsoleSink(tt, globalThis);
 * warn('friendcanvas: open data domain not started'); // never throws
 */
export function createConsoleSink(...sources: readonly unknown[]): (message: string) => void {
  return (message: string): void => {
    try {
      for (const source of sources) {
        const console = readMember(source, 'console');
        for (const method of ['warn', 'log'] as const) {
          const fn = readMember(console, method);
          if (isCallable(fn)) {
            fn.call(console, message);
            return;
          }
        }
      }
    } catch {
      // A broken console must never break the panel or the game.
    }
  };
}
