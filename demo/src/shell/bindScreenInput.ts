import type { SimulatedHost } from '../../../src/testing/index.js';
import type { DomCanvas, DomEvent, DomPointerEvent, DomWheelEvent } from '../dom.js';
import { pageWindow } from '../dom.js';
import { WHEEL_LINE_PX } from '../game/constants.js';
import { DEMO_SCREEN } from './constants.js';

/**
 * The simulated client's input: DOM pointer events on the phone screen become platform touches of
 * the main domain (`sim.touch`), in screen logical px; the game forwards them through
 * `friendcanvas/main`. A desktop wheel goes to `onWheel` (the game, which forwards it too).
 */
export function bindScreenInput(screen: DomCanvas, sim: SimulatedHost, onWheel?: (x: number, y: number, deltaY: number) => void): void {
  const active = new Set<number>();
  const logical = (ev: { clientX: number; clientY: number }): { x: number; y: number } => {
    const r = screen.getBoundingClientRect();
    return { x: ((ev.clientX - r.left) * DEMO_SCREEN.width) / r.width, y: ((ev.clientY - r.top) * DEMO_SCREEN.height) / r.height };
  };
  const send = (phase: 'start' | 'move' | 'end' | 'cancel', raw: DomEvent): void => {
    const ev = raw as DomPointerEvent;
    if (phase === 'start') {
      if (ev.button !== 0) return;
      active.add(ev.pointerId);
      screen.setPointerCapture?.(ev.pointerId);
    } else if (!active.has(ev.pointerId)) {
      return;
    }
    if (phase === 'end' || phase === 'cancel') active.delete(ev.pointerId);
    ev.preventDefault();
    const p = logical(ev);
    try {
      sim.touch(phase, ev.pointerId, p.x, p.y);
    } catch (err) {
      pageWindow().setTimeout(() => {
        throw err;
      }, 0);
    }
  };
  screen.addEventListener('pointerdown', (ev) => send('start', ev));
  screen.addEventListener('pointermove', (ev) => send('move', ev));
  screen.addEventListener('pointerup', (ev) => send('end', ev));
  screen.addEventListener('pointercancel', (ev) => send('cancel', ev));
  if (onWheel === undefined) return;
  screen.addEventListener(
    'wheel',
    (raw) => {
      const ev = raw as DomWheelEvent;
      ev.preventDefault();
      const p = logical(ev);
      const dy = ev.deltaMode === 1 ? ev.deltaY * WHEEL_LINE_PX : ev.deltaMode === 2 ? ev.deltaY * DEMO_SCREEN.height : ev.deltaY;
      onWheel(p.x, p.y, dy);
    },
    { passive: false },
  );
}
