/**
 * JS heap in use after a full garbage collection, bytes; undefined when the process was not started
 * with `--expose-gc` (the vitest smoke test), since a figure with garbage in it would mislead.
 */
export function heapAfterGc(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
