import { parseColor } from './parseColor.js';

/** Whether two colour strings are the same colour (same channels and alpha, however written). */
export function sameColor(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  const p = parseColor(a);
  const q = parseColor(b);
  return p !== undefined && q !== undefined && p.r === q.r && p.g === q.g && p.b === q.b && p.a === q.a;
}
