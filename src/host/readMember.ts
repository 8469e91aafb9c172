/** A function of unknown signature, as read off a host object. */
export type UnknownFunction = (...args: unknown[]) => unknown;

/**
 * Reads `obj[name]` without trusting the host object: non-objects give `undefined`, and a throwing
 * getter (seen on proxied host globals) gives `undefined` instead of an exception.
 */
export function readMember(obj: unknown, name: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

/** Whether a value read off a host object is callable. */
export function isCallable(value: unknown): value is UnknownFunction {
  return typeof value === 'function';
}
