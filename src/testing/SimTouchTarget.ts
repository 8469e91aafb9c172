import type { PointerPhase, RawTouchListener } from '../host/index.js';

const ON_NAMES: Record<PointerPhase, 'onTouchStart' | 'onTouchMove' | 'onTouchEnd' | 'onTouchCancel'> = {
  start: 'onTouchStart',
  move: 'onTouchMove',
  end: 'onTouchEnd',
  cancel: 'onTouchCancel',
};

const OFF_NAMES: Record<PointerPhase, 'offTouchStart' | 'offTouchMove' | 'offTouchEnd' | 'offTouchCancel'> = {
  start: 'offTouchStart',
  move: 'offTouchMove',
  end: 'offTouchEnd',
  cancel: 'offTouchCancel',
};

/** The raw `onTouch*`/`offTouch*` members a simulated global exposes. */
export type RawTouchMembers = Record<(typeof ON_NAMES)[PointerPhase] | (typeof OFF_NAMES)[PointerPhase], (cb: RawTouchListener) => void>;

/** Native touch listeners of one simulated domain. */
export class SimTouchTarget {
  private readonly _listeners: Record<PointerPhase, RawTouchListener[]> = { start: [], move: [], end: [], cancel: [] };

  /** The `onTouchStart`…`offTouchCancel` functions to put on a raw global. */
  public members(): RawTouchMembers {
    const members = {} as RawTouchMembers;
    for (const phase of Object.keys(ON_NAMES) as PointerPhase[]) {
      members[ON_NAMES[phase]] = (cb) => {
        if (typeof cb === 'function') this._listeners[phase].push(cb);
      };
      members[OFF_NAMES[phase]] = (cb) => {
        const list = this._listeners[phase];
        const i = list.indexOf(cb);
        if (i >= 0) list.splice(i, 1);
      };
    }
    return members;
  }

  /** Number of listeners registered for a phase. */
  public count(phase: PointerPhase): number {
    return this._listeners[phase].length;
  }

  /** Calls every listener of `phase` with `ev`; errors are collected, not thrown. */
  public dispatch(phase: PointerPhase, ev: object, errors: unknown[]): void {
    for (const cb of this._listeners[phase].slice()) {
      try {
        cb(ev);
      } catch (err) {
        errors.push(err);
      }
    }
  }
}
