/** How the simulated `postMessage` treats payloads. */
export type MessagePolicy = 'strict' | 'clone';

/**
 * Deep-copies a message the way the platform's structured clone would, so the ODC never shares
 * objects with the main domain.
 *
 * `'strict'` (default) also enforces the sibling rule from PLATFORM.md: values are primitives or
 * nested plain objects; arrays are refused. Both policies refuse functions, symbols, class instances
 * and cycles (structured clone throws on these too).
 *
 * @throws TypeError naming the path of the first value that cannot be sent.
 */
export function copyMessage(value: unknown, policy: MessagePolicy): unknown {
  return copy(value, policy, '$', new Set<object>());
}

function copy(value: unknown, policy: MessagePolicy, path: string, seen: Set<object>): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
    case 'bigint':
      return value;
    case 'function':
    case 'symbol':
      throw new TypeError(`postMessage: ${path} is a ${typeof value}, which cannot be sent`);
    default:
      break;
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError(`postMessage: ${path} is a cycle, which cannot be sent`);
  if (Array.isArray(obj)) {
    if (policy === 'strict') {
      throw new TypeError(`postMessage: ${path} is an array; the platform allows only primitives and plain objects`);
    }
    seen.add(obj);
    const out = obj.map((item: unknown, i) => copy(item, policy, `${path}[${i}]`, seen));
    seen.delete(obj);
    return out;
  }
  // Plain means "prototype is some realm's Object.prototype or null": objects built inside a vm
  // context (the e2e tests' ODC sandbox) have a different Object.prototype than ours.
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new TypeError(`postMessage: ${path} is not a plain object`);
  }
  seen.add(obj);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    out[key] = copy((obj as Record<string, unknown>)[key], policy, `${path}.${key}`, seen);
  }
  seen.delete(obj);
  return out;
}
