import { isCallable, readMember } from './readMember.js';
import type { PlatformTouch, PlatformTouchEvent, PointerPhase, RawTouchListener, TouchListener } from './types.js';

const PHASES: ReadonlyArray<{ phase: PointerPhase; on: string; off: string; required: boolean }> = [
  { phase: 'start', on: 'onTouchStart', off: 'offTouchStart', required: true },
  { phase: 'move', on: 'onTouchMove', off: 'offTouchMove', required: true },
  { phase: 'end', on: 'onTouchEnd', off: 'offTouchEnd', required: true },
  { phase: 'cancel', on: 'onTouchCancel', off: 'offTouchCancel', required: false },
];

/**
 * Builds a normalised touch subscription over a raw api's `onTouchStart/Move/End(/Cancel)`, or
 * `undefined` when any of start/move/end is missing (cancel is optional).
 *
 * Each raw event becomes one listener call per changed touch, with coordinates read as
 * `pageX ?? clientX ?? screenX` (0 is a valid coordinate, so never `||`) and the time from the
 * event's `timeStamp` or `now()`. Unsubscribing calls `off*` where the host has it and always
 * disables the listener, because hosts without `off*` keep calling it.
 *
 * @param api - The raw platform object (`RawOpenDataApi` or `RawMainApi`).
 * @param now - Fallback clock in ms for events without `timeStamp`.
 * @param warn - Where a throwing listener is reported; nothing throws back into the host.
 */
export function createTouchSource(
  api: object,
  now: () => number,
  warn: (message: string) => void,
): ((listener: TouchListener) => () => void) | undefined {
  for (const { on, required } of PHASES) {
    if (required && !isCallable(readMember(api, on))) return undefined;
  }
  return (listener: TouchListener) => {
    let active = true;
    const registered: Array<{ off: string; raw: RawTouchListener }> = [];
    for (const { phase, on, off } of PHASES) {
      const subscribe = readMember(api, on);
      if (!isCallable(subscribe)) continue;
      const raw: RawTouchListener = (ev) => {
        if (active) dispatchTouches(phase, ev, listener, now, warn);
      };
      subscribe.call(api, raw);
      registered.push({ off, raw });
    }
    return () => {
      if (!active) return;
      active = false;
      for (const { off, raw } of registered) {
        const unsubscribe = readMember(api, off);
        if (!isCallable(unsubscribe)) continue;
        try {
          unsubscribe.call(api, raw);
        } catch {
          // The disabled flag already silences this listener.
        }
      }
    };
  };
}

function dispatchTouches(
  phase: PointerPhase,
  ev: PlatformTouchEvent | undefined,
  listener: TouchListener,
  now: () => number,
  warn: (message: string) => void,
): void {
  const touches = readTouchList(ev);
  const stamp = readMember(ev, 'timeStamp');
  const t = typeof stamp === 'number' && Number.isFinite(stamp) ? stamp : now();
  for (let i = 0; i < touches.length; i++) {
    const touch = touches[i];
    const x = coordinate(touch, 'pageX', 'clientX', 'screenX');
    const y = coordinate(touch, 'pageY', 'clientY', 'screenY');
    if (x === undefined || y === undefined) continue;
    const rawId = readMember(touch, 'identifier');
    const id = typeof rawId === 'number' && Number.isFinite(rawId) ? rawId : i;
    try {
      listener(phase, id, x, y, t);
    } catch (err) {
      // Never throw back into a host callback; the message is our own code's, not friend data.
      warn(`friendcanvas: touch listener threw: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function readTouchList(ev: PlatformTouchEvent | undefined): readonly PlatformTouch[] {
  // `changedTouches` is what moved; hosts that omit it are read from `touches` instead.
  const changed = readMember(ev, 'changedTouches');
  if (Array.isArray(changed)) return changed as PlatformTouch[];
  const touches = readMember(ev, 'touches');
  if (Array.isArray(touches)) return touches as PlatformTouch[];
  return [];
}

function coordinate(touch: unknown, ...names: readonly string[]): number | undefined {
  for (const name of names) {
    const value = readMember(touch, name);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}
