import { describe, it, expect, vi } from 'vitest';
import { Node } from '../../src/core/index.js';
import { createOpenDataHost } from '../../src/host/index.js';
import type { PlatformTouchEvent, RawOpenDataApi, RawTouchListener } from '../../src/host/index.js';
import { InputRouter, MIRROR_TOUCH_RADIUS_PX, MIRROR_TOUCH_WINDOW_MS, screenToStage } from '../../src/input/index.js';
import { TOUCH_SLOP_PX } from '../../src/scroll/index.js';
import { ScrollView, View } from '../../src/widgets/index.js';
import { createHarness } from './harness.js';
import type { Harness } from './harness.js';

/** Stage 200×300 shown at (10, 20) as 100×600 screen px: x scale 2, y scale 0.5 (stretched). */
const VIEWPORT = { x: 10, y: 20, width: 100, height: 600 };
const toScreen = (x: number, y: number): [number, number] => [10 + x / 2, 20 + y * 2];

class PressProbe extends View {
  public pressed = false;
  public pressCount = 0;
  public override setPressed(p: boolean): void {
    this.pressed = p;
    if (p) this.pressCount++;
  }
}

interface Scene {
  h: Harness;
  input: InputRouter;
  sv: ScrollView;
  rows: PressProbe[];
  taps: number[];
  /** Screen point of stage point (x, y). */
  at(x: number, y: number): [number, number];
  /** Sends a pointer event at a stage point, via the stretched viewport. */
  send(phase: 'start' | 'move' | 'end' | 'cancel', id: number, x: number, y: number): void;
}

async function scene(rowsWithTap = true): Promise<Scene> {
  const h = await createHarness(200, 300);
  const sv = h.stage.root.appendChild(new ScrollView({ flexGrow: 1 }));
  const taps: number[] = [];
  const rows: PressProbe[] = [];
  for (let i = 0; i < 20; i++) {
    const row = sv.appendChild(new PressProbe({ height: 50 }));
    if (rowsWithTap) row.onTap = () => taps.push(i);
    rows.push(row);
  }
  h.settle();
  const input = new InputRouter(h.stage);
  expect(input.setViewport(VIEWPORT)).toBe(true);
  const send = (phase: 'start' | 'move' | 'end' | 'cancel', id: number, x: number, y: number): void => {
    const [sx, sy] = toScreen(x, y);
    input.pointer(phase, id, sx, sy, h.now());
  };
  return { h, input, sv, rows, taps, at: toScreen, send };
}

/** Drags from stage y0 to y1 in `steps` moves, 16 ms apart. */
function drag(s: Scene, id: number, x: number, y0: number, y1: number, steps: number, end = true): void {
  s.send('start', id, x, y0);
  for (let i = 1; i <= steps; i++) {
    s.h.advance(16);
    s.send('move', id, x, y0 + ((y1 - y0) * i) / steps);
  }
  if (end) s.send('end', id, x, y1);
}

describe('InputRouter', () => {
  it('INPUT1 maps screen to stage through the viewport with independent x and y scales', async () => {
    expect(screenToStage(VIEWPORT, 200, 300, 60, 320)).toEqual({ x: 100, y: 150 });
    const s = await scene();
    expect(s.input.toStage(10, 20)).toEqual({ x: 0, y: 0 });
    expect(s.input.toStage(110, 620)).toEqual({ x: 200, y: 300 });
    // Row 3 spans stage y 150..200: its centre on screen is y = 20 + 175 * 2.
    s.input.pointer('start', 1, 60, 370);
    s.input.pointer('end', 1, 60, 370);
    expect(s.taps).toEqual([3]);
  });

  it('INPUT2 a bad viewport is reported and ignored, keeping the previous one', async () => {
    const s = await scene();
    expect(s.input.setViewport({ x: 0, y: 0, width: 0, height: 10 })).toBe(false);
    expect(s.input.setViewport({ x: Number.NaN, y: 0, width: 10, height: 10 })).toBe(false);
    expect(s.h.errors.length).toBe(2);
    expect(String(s.h.errors[0])).toMatch(/width and height must be > 0/);
    expect(s.input.viewport).toEqual(VIEWPORT);
  });

  it('INPUT3 bad pointer input and throwing handlers are reported, never thrown', async () => {
    const s = await scene(false);
    s.rows[0]!.onTap = () => {
      throw new Error('handler bug');
    };
    expect(() => s.input.pointer('start', 1, Number.NaN, 5)).not.toThrow();
    expect(() => s.input.pointer('sideways' as 'start', 1, 5, 5)).not.toThrow();
    expect(() => s.input.wheel(5, 5, Number.POSITIVE_INFINITY)).not.toThrow();
    expect(s.h.errors.length).toBe(3);
    expect(s.input.activePointers).toBe(0);
    const [x, y] = s.at(50, 25);
    expect(() => {
      s.input.pointer('start', 2, x, y);
      s.input.pointer('end', 2, x, y);
    }).not.toThrow();
    expect(String(s.h.errors[3])).toMatch(/handler bug/);
  });

  it('INPUT4 native host touch listeners feed the same router (pageX ?? clientX ?? screenX)', async () => {
    const s = await scene();
    const listeners: Record<string, RawTouchListener> = {};
    const api: RawOpenDataApi = {
      onMessage: () => {},
      getSharedCanvas: () => s.h.canvas,
      onTouchStart: (cb) => (listeners.start = cb),
      onTouchMove: (cb) => (listeners.move = cb),
      onTouchEnd: (cb) => (listeners.end = cb),
    };
    const host = createOpenDataHost(api, { setTimeout, clearTimeout, performance: { now: () => s.h.now() } });
    const off = s.input.listen(host.onTouch);
    const [x, y] = s.at(100, 225); // row 4
    const ev = (t: object): PlatformTouchEvent => ({ changedTouches: [{ identifier: 7, ...t }], timeStamp: s.h.now() });
    listeners.start!(ev({ clientX: x, clientY: y }));
    listeners.end!(ev({ screenX: 0, screenY: 0, pageX: x, pageY: y }));
    expect(s.taps).toEqual([4]);
    off();
    listeners.start!(ev({ clientX: x, clientY: y }));
    listeners.end!(ev({ clientX: x, clientY: y }));
    expect(s.taps).toEqual([4]);
  });

  it('GEST1 a tap bubbles from the target to the root until stopPropagation', async () => {
    const h = await createHarness(100, 100);
    const seen: string[] = [];
    const outer = h.stage.root.appendChild(new View({ width: 100, height: 100 }));
    const middle = outer.appendChild(new View({ width: 80, height: 80 }));
    const inner = middle.appendChild(new View({ width: 40, height: 40 }));
    const leaf = inner.appendChild(new View({ width: 20, height: 20 }));
    outer.onTap = () => seen.push('outer');
    middle.onTap = (e) => {
      seen.push(`middle target=${e.target === inner} current=${e.currentTarget === middle}`);
      if (e.x > 10) e.stopPropagation();
    };
    inner.onTap = () => seen.push('inner');
    h.settle();
    const input = new InputRouter(h.stage);
    input.pointer('start', 1, 5, 5);
    input.pointer('end', 1, 5, 5);
    expect(seen).toEqual(['inner', 'middle target=true current=true', 'outer']);
    seen.length = 0;
    input.pointer('start', 1, 15, 15);
    input.pointer('end', 1, 15, 15);
    expect(seen).toEqual(['inner', 'middle target=true current=true']);
    expect(leaf.onTap).toBeUndefined();
  });

  it('GEST2 a tap handler runs synchronously inside the end call', async () => {
    const s = await scene(false);
    let inside = false;
    let ranInside = false;
    s.rows[2]!.onTap = () => {
      ranInside = inside;
    };
    s.send('start', 1, 50, 125);
    inside = true;
    s.send('end', 1, 50, 125);
    inside = false;
    expect(ranInside).toBe(true);
  });

  it('GEST3 a press highlights the nearest tap target; release, cancel and slop-crossing clear it', async () => {
    const s = await scene();
    const row = s.rows[1]!;
    s.send('start', 1, 50, 75);
    expect(row.pressed).toBe(true);
    s.send('end', 1, 50, 75);
    expect(row.pressed).toBe(false);
    expect(s.taps).toEqual([1]);
    s.send('start', 1, 50, 75);
    s.send('cancel', 1, 50, 75);
    expect(row.pressed).toBe(false);
    expect(s.taps).toEqual([1]);
    s.send('start', 1, 50, 75);
    s.send('move', 1, 50, 75 + TOUCH_SLOP_PX - 1);
    expect(row.pressed).toBe(true);
    s.send('move', 1, 50, 75 + TOUCH_SLOP_PX + 1);
    expect(row.pressed).toBe(false);
    s.send('end', 1, 50, 75 + TOUCH_SLOP_PX + 1);
    expect(s.taps).toEqual([1]);
  });

  it('GEST4 a press that moves less than the slop is still a tap', async () => {
    const s = await scene();
    s.send('start', 1, 50, 75);
    s.send('move', 1, 50 + 3, 75 + 4);
    s.send('end', 1, 50 + 3, 75 + 4);
    expect(s.taps).toEqual([1]);
    expect(s.sv.scrollOffset).toBe(0);
  });

  it('GEST5 regression: content follows the finger 1:1 from the slop-crossing point, through a stretched viewport', async () => {
    const s = await scene();
    s.send('start', 1, 50, 200);
    s.h.advance(16);
    s.send('move', 1, 50, 200 - TOUCH_SLOP_PX); // crosses the slop: the drag starts here, no jump
    expect(s.sv.scrollOffset).toBe(0);
    for (const d of [10, 37.5, 80]) {
      s.h.advance(16);
      s.send('move', 1, 50, 200 - TOUCH_SLOP_PX - d);
      expect(s.sv.scrollOffset).toBeCloseTo(d, 9);
    }
    // In screen terms: 1 screen px of finger is 0.5 stage px (the y scale), never more or less.
    s.h.advance(16);
    const [sx, sy] = s.at(50, 200 - TOUCH_SLOP_PX - 80);
    s.input.pointer('move', 1, sx, sy - 20, s.h.now());
    expect(s.sv.scrollOffset).toBeCloseTo(90, 9);
  });

  it('GEST6 regression: the pointer is captured, so the drag continues when the finger leaves the list', async () => {
    const h = await createHarness(200, 300);
    h.stage.root.setStyle({ paddingTop: 100 });
    const sv = h.stage.root.appendChild(new ScrollView({ height: 100 }));
    for (let i = 0; i < 20; i++) sv.appendChild(new View({ height: 50 }));
    h.settle();
    const input = new InputRouter(h.stage);
    input.pointer('start', 1, 50, 190, h.now());
    h.advance(16);
    input.pointer('move', 1, 50, 180, h.now());
    for (const y of [120, 60, 0]) {
      h.advance(16);
      input.pointer('move', 1, 50, y, h.now()); // far above the list's box (100..200)
    }
    expect(sv.scrollOffset).toBeCloseTo(180, 9);
    h.advance(100); // the finger rested: no fling
    input.pointer('end', 1, 50, 0, h.now());
    expect(sv.scrollState).toBe('idle');
    expect(sv.scrollOffset).toBeCloseTo(180, 9);
  });

  it('GEST7 regression: a tap handler on a row does not stop the list from scrolling', async () => {
    const s = await scene(true);
    drag(s, 1, 50, 250, 100, 6);
    expect(s.sv.scrollOffset).toBeGreaterThan(100);
    expect(s.taps).toEqual([]);
    expect(s.rows.every((r) => !r.pressed)).toBe(true);
  });

  it('GEST8 regression: a press that stops a fling does not activate the row under it', async () => {
    const s = await scene(true);
    drag(s, 1, 50, 280, 80, 5);
    expect(s.sv.scrollState).toBe('fling');
    s.h.frame();
    s.h.frame();
    const offset = s.sv.scrollOffset;
    s.send('start', 2, 50, 150);
    expect(s.sv.scrollState).toBe('idle');
    expect(s.sv.scrollOffset).toBe(offset); // caught where it was
    expect(s.rows.some((r) => r.pressed)).toBe(false);
    s.send('end', 2, 50, 150);
    expect(s.taps).toEqual([]);
    // The next press on resting content is a tap again.
    s.send('start', 3, 50, 150);
    s.send('end', 3, 50, 150);
    expect(s.taps.length).toBe(1);
  });

  it('GEST9 multi-touch: a second finger on a list being dragged neither scrolls nor taps; other pointers stay independent', async () => {
    const s = await scene(true);
    drag(s, 1, 50, 250, 150, 4, false);
    const offset = s.sv.scrollOffset;
    s.send('start', 2, 150, 50);
    s.h.advance(16);
    s.send('move', 2, 150, 10);
    s.send('end', 2, 150, 10);
    expect(s.sv.scrollOffset).toBe(offset);
    s.h.advance(16);
    s.send('move', 1, 50, 140);
    expect(s.sv.scrollOffset).toBeCloseTo(offset + 10, 9);
    s.send('start', 3, 150, 50);
    s.send('end', 3, 150, 50);
    expect(s.taps).toEqual([]);
    s.send('end', 1, 50, 140);
    expect(s.input.activePointers).toBe(0);
  });

  it('GEST10 a start for an id that is already down cancels the stale gesture first; cancelAll clears everything', async () => {
    const s = await scene(true);
    s.send('start', 1, 50, 75);
    s.send('start', 1, 50, 125);
    expect(s.rows[1]!.pressed).toBe(false);
    expect(s.rows[2]!.pressed).toBe(true);
    drag(s, 2, 50, 250, 200, 3, false);
    expect(s.input.activePointers).toBe(2);
    s.input.cancelAll();
    expect(s.input.activePointers).toBe(0);
    expect(s.rows.some((r) => r.pressed)).toBe(false);
    expect(s.sv.scrollState).not.toBe('drag');
    expect(s.taps).toEqual([]);
  });

  it('GEST11 a tap on a node removed while pressed is not delivered', async () => {
    const s = await scene(true);
    s.send('start', 1, 50, 75);
    s.rows[1]!.destroy();
    s.send('end', 1, 50, 75);
    expect(s.taps).toEqual([]);
  });

  it('INPUT5 wheel scrolls the innermost container that can move, then bubbles at its edge', async () => {
    const h = await createHarness(200, 300);
    const outer = h.stage.root.appendChild(new ScrollView({ flexGrow: 1 }));
    const inner = outer.appendChild(new ScrollView({ height: 100 }));
    for (let i = 0; i < 4; i++) inner.appendChild(new View({ height: 50 }));
    for (let i = 0; i < 10; i++) outer.appendChild(new View({ height: 50 }));
    h.settle();
    const input = new InputRouter(h.stage);
    input.wheel(50, 50, 60);
    expect([inner.scrollOffset, outer.scrollOffset]).toEqual([60, 0]);
    input.wheel(50, 50, 60);
    expect([inner.scrollOffset, outer.scrollOffset]).toEqual([100, 0]);
    input.wheel(50, 50, 60);
    expect([inner.scrollOffset, outer.scrollOffset]).toEqual([100, 60]);
  });

  it('INPUT6 event times on another clock are mapped onto the stage clock', async () => {
    const s = await scene();
    const epoch = 1.7e12;
    const t0 = s.h.now();
    const screen = (y: number): [number, number] => s.at(50, y);
    s.input.pointer('start', 1, ...screen(250), epoch);
    for (let i = 1; i <= 5; i++) {
      s.h.advance(16);
      s.input.pointer('move', 1, ...screen(250 - 20 * i), epoch + 16 * i);
    }
    s.input.pointer('end', 1, ...screen(150), epoch + 80);
    expect(s.sv.scrollState).toBe('fling');
    const frames = s.h.settle();
    expect(frames).toBeLessThan(400); // a fling on the wrong clock would never end
    expect(s.h.now() - t0).toBeGreaterThan(0);
    expect(s.sv.scrollState).toBe('idle');
    expect(s.h.stage.isIdle).toBe(true);
  });

  it('INPUT7 dispose cancels pointers and ignores later input', async () => {
    const s = await scene(true);
    const spy = vi.fn();
    s.rows[1]!.onTap = spy;
    s.send('start', 1, 50, 75);
    s.input.dispose();
    expect(s.rows[1]!.pressed).toBe(false);
    s.send('start', 1, 50, 75);
    s.send('end', 1, 50, 75);
    expect(spy).not.toHaveBeenCalled();
    expect(new Node().onTap).toBeUndefined();
  });
});

describe('nested scroll containers', () => {
  it('GEST12 a drag on a short inner list that cannot scroll moves the scrollable page around it', async () => {
    const h = await createHarness(200, 300);
    const page = h.stage.root.appendChild(new ScrollView({ flexGrow: 1 }));
    const inner = page.appendChild(new ScrollView({ height: 120 }));
    for (let i = 0; i < 2; i++) inner.appendChild(new PressProbe({ height: 50 })); // 100 px: fits in 120
    for (let i = 0; i < 10; i++) page.appendChild(new PressProbe({ height: 50 }));
    h.settle();
    expect(inner.canScroll()).toBe(false);
    expect(page.canScroll()).toBe(true);
    const input = new InputRouter(h.stage);
    input.setViewport({ x: 0, y: 0, width: 200, height: 300 });
    input.pointer('start', 1, 50, 100, h.now());
    for (let i = 1; i <= 5; i++) {
      h.advance(16);
      input.pointer('move', 1, 50, 100 - i * 10, h.now());
    }
    expect(page.scrollOffset).toBeGreaterThan(30);
    expect(inner.scrollOffset).toBe(0);
    input.pointer('end', 1, 50, 50, h.now());
    // Once the inner list has more content than fits, it takes its own drags.
    for (let i = 0; i < 4; i++) inner.appendChild(new PressProbe({ height: 50 }));
    h.settle();
    expect(inner.canScroll()).toBe(true);
  });
});

describe('one finger on both input paths', () => {
  /** Sends an event at a stage point via the stretched viewport, on a given path. */
  const on = (s: Scene, source: 'native' | 'forwarded') => (phase: 'start' | 'move' | 'end' | 'cancel', id: number, x: number, y: number): void => {
    const [sx, sy] = s.at(x, y);
    s.input.pointer(phase, id, sx, sy, s.h.now(), source);
  };

  it('INPUT8 native first: the forwarded copy of a tap, arriving during or after it, taps nothing', async () => {
    const s = await scene();
    const native = on(s, 'native');
    const forwarded = on(s, 'forwarded');
    // Copy arrives while the native finger is still down (same id: ids are separate per path).
    native('start', 0, 50, 125);
    forwarded('start', 0, 50, 125);
    expect(s.input.activePointers).toBe(1);
    native('end', 0, 50, 125);
    forwarded('end', 0, 50, 125);
    expect(s.taps).toEqual([2]);
    // Copy arrives after the native tap ended (the usual postMessage lag), with another id.
    s.h.advance(200);
    native('start', 3, 50, 175);
    native('end', 3, 50, 175);
    s.h.advance(MIRROR_TOUCH_WINDOW_MS - 1);
    forwarded('start', 9, 52, 176);
    forwarded('end', 9, 52, 176);
    expect(s.taps).toEqual([2, 3]);
    expect(s.input.activePointers).toBe(0);
  });

  it('INPUT8 forwarded first: a forwarded press yields to its native copy, so the tap runs inside the native end', async () => {
    const s = await scene();
    const native = on(s, 'native');
    const forwarded = on(s, 'forwarded');
    let path = '';
    s.rows[2]!.onTap = () => void s.taps.push(path === 'native' ? 2 : -2);
    forwarded('start', 0, 50, 125);
    expect(s.rows[2]!.pressed).toBe(true);
    native('start', 0, 50, 125);
    forwarded('end', 0, 50, 125); // dropped: the native copy took over
    expect(s.taps).toEqual([]);
    path = 'native';
    native('end', 0, 50, 125);
    expect(s.taps).toEqual([2]);
    expect(s.rows[2]!.pressed).toBe(false);
  });

  it('INPUT8 forwarded first and already tapped: the native copy within the window taps nothing', async () => {
    const s = await scene();
    const native = on(s, 'native');
    const forwarded = on(s, 'forwarded');
    forwarded('start', 0, 50, 125);
    forwarded('end', 0, 50, 125);
    s.h.advance(100);
    native('start', 0, 50, 125);
    native('end', 0, 50, 125);
    expect(s.taps).toEqual([2]);
  });

  it('INPUT8 streams at other points, after the window, or on one path only are never dropped', async () => {
    const s = await scene();
    const native = on(s, 'native');
    const forwarded = on(s, 'forwarded');
    native('start', 0, 50, 125);
    native('end', 0, 50, 125);
    // Far away: another finger.
    forwarded('start', 0, 50, 125 + MIRROR_TOUCH_RADIUS_PX * 2 + 2);
    forwarded('end', 0, 50, 125 + MIRROR_TOUCH_RADIUS_PX * 2 + 2);
    // Same spot after the window: a new tap.
    s.h.advance(MIRROR_TOUCH_WINDOW_MS + 1);
    forwarded('start', 1, 50, 125);
    forwarded('end', 1, 50, 125);
    // A double tap on one path is two taps.
    s.h.advance(100);
    native('start', 2, 50, 25);
    native('end', 2, 50, 25);
    s.h.advance(100);
    native('start', 2, 50, 25);
    native('end', 2, 50, 25);
    expect(s.taps).toEqual([2, 3, 2, 0, 0]);
  });

  it('INPUT8 a drag reported on both paths scrolls once, and the copy never taps', async () => {
    const s = await scene();
    const native = on(s, 'native');
    const forwarded = on(s, 'forwarded');
    native('start', 0, 50, 200);
    forwarded('start', 0, 50, 200);
    for (let i = 1; i <= 5; i++) {
      s.h.advance(16);
      native('move', 0, 50, 200 - i * 20);
      forwarded('move', 0, 50, 200 - i * 40); // a diverging copy must not move the content
    }
    // As far as the native finger alone moves it: the drag starts at the first move past the slop (180).
    expect(s.sv.scrollOffset).toBe(80);
    native('end', 0, 50, 100);
    forwarded('end', 0, 50, 0);
    expect(s.taps).toEqual([]);
    expect(() => s.input.pointer('start', 1, 10, 10, undefined, 'sideways' as 'native')).not.toThrow();
    expect(String(s.h.errors.at(-1))).toMatch(/unknown pointer source/);
  });
});

describe('one finger on both input paths, during a fling', () => {
  it('INPUT8 a forwarded press that stopped a fling yields to its native copy without turning it into a tap', async () => {
    const s = await scene();
    drag(s, 1, 50, 280, 40, 4); // a fast drag: the list flings
    s.h.frame();
    expect(s.sv.scrollOffset).toBeGreaterThan(0);
    const [x, y] = s.at(50, 150);
    s.input.pointer('start', 0, x, y, s.h.now(), 'forwarded'); // catches the fling
    s.input.pointer('start', 0, x, y, s.h.now(), 'native');
    s.input.pointer('end', 0, x, y, s.h.now(), 'forwarded');
    s.input.pointer('end', 0, x, y, s.h.now(), 'native');
    expect(s.taps).toEqual([]);
  });
});
