/** Deepest nesting compared; deeper data (never produced by the protocol or themes) counts as different. */
const MAX_DEPTH = 16;

/**
 * Structural equality of plain data (primitives, arrays and plain or null-prototype objects, own
 * enumerable keys), as the protocol, themes and friend records hold. The app uses it to make
 * re-sent state a no-op: an identical `show`, `theme` or refreshed friend list changes nothing.
 */
export function samePlainData(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth >= MAX_DEPTH) return false;
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return false;
  if (arrayA) {
    const la = a as readonly unknown[];
    const lb = b as readonly unknown[];
    if (la.length !== lb.length) return false;
    for (let i = 0; i < la.length; i++) if (!samePlainData(la[i], lb[i], depth + 1)) return false;
    return true;
  }
  const ra = a as Readonly<Record<string, unknown>>;
  const rb = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(rb, key) || !samePlainData(ra[key], rb[key], depth + 1)) return false;
  }
  return true;
}
