import { POINTER_PHASES } from '../protocol/constants.js';

const PHASES: ReadonlySet<string> = new Set<string>(POINTER_PHASES);

/** True for a number that is not NaN or ±Infinity. */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Throws a RangeError naming the first bad argument of a pointer event (they come from the host or
 * from a game's message, so they are checked at run time whatever their static types say).
 */
export function checkPointerEvent(phase: unknown, id: unknown, screenX: unknown, screenY: unknown, t: unknown, source: unknown): void {
  if (typeof phase !== 'string' || !PHASES.has(phase)) throw new RangeError(`friendcanvas input: unknown pointer phase ${String(phase)}`);
  if (typeof id !== 'number' || !Number.isFinite(id)) throw new RangeError('friendcanvas input: pointer id must be a finite number');
  if (!isFiniteNumber(screenX) || !isFiniteNumber(screenY)) {
    throw new RangeError('friendcanvas input: pointer x and y must be finite numbers');
  }
  if (t !== undefined && !isFiniteNumber(t)) throw new RangeError('friendcanvas input: pointer t must be a finite number');
  if (source !== 'native' && source !== 'forwarded') throw new RangeError(`friendcanvas input: unknown pointer source ${String(source)}`);
}
