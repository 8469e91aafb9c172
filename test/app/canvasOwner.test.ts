import { describe, expect, it } from 'vitest';
import { createOpenDataApp, createOpenDataHost, View } from '../../src/index.js';
import type { PanelDefinition } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import { watchCanvasSize } from '../helpers/watchCanvasSize.js';

/** A mock canvas whose size assignments are counted; `engineResize` changes it as an engine would. */
function watchedCanvas(width: number, height: number) {
  return watchCanvasSize(createMockCanvas(width, height));
}

const box: PanelDefinition = {
  name: 'box',
  keys: () => [],
  create(ctx) {
    ctx.root.appendChild(new View({ flexGrow: 1, backgroundColor: '#123456' }));
    return { update() {}, onDataChange() {}, onThemeChange() {}, scrollTo() {}, destroy() {} };
  },
};

function setup(canvasOwner?: 'auto' | 'engine') {
  const c = watchedCanvas(300, 400);
  const sim = createSimulatedHost({ canvas: c.canvas, clock: 'manual', systemInfo: { pixelRatio: 1, windowWidth: 300, windowHeight: 400 } });
  const host = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
  const warnings: string[] = [];
  host.warn = (m) => void warnings.push(m);
  const app = createOpenDataApp({ host, panels: [box], canvasOwner });
  const post = (m: object) => {
    sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, ...m });
    sim.flush();
  };
  return { ...c, app, post, warnings };
}

describe('ENGINE canvas ownership', () => {
  it('ENGINE2 auto (default): the ODC sizes the canvas to the viewport × pixel ratio', () => {
    const t = setup();
    t.post({ type: 'viewport', x: 0, y: 0, width: 200, height: 100, pixelRatio: 3 });
    expect([t.canvas.width, t.canvas.height]).toEqual([600, 300]);
    expect(t.app.stage!.scaleX).toBe(3);
  });

  it('ENGINE2 auto: once someone else resizes the canvas, it is adopted and never resized again (no fight)', () => {
    const t = setup();
    t.post({ type: 'viewport', x: 0, y: 0, width: 200, height: 100, pixelRatio: 2 });
    const ours = t.assignments();
    t.engineResize(640, 960);
    t.post({ type: 'viewport', x: 0, y: 0, width: 200, height: 100, pixelRatio: 2 });
    t.post({ type: 'viewport', x: 0, y: 0, width: 250, height: 125, pixelRatio: 2 });
    expect(t.assignments()).toBe(ours);
    expect([t.canvas.width, t.canvas.height]).toEqual([640, 960]);
    // Laid out at the viewport's size, drawn at the canvas's.
    expect([t.app.stage!.width, t.app.stage!.height]).toEqual([250, 125]);
    expect(t.app.stage!.scaleX).toBeCloseTo(640 / 250, 10);
    expect(t.app.stage!.scaleY).toBeCloseTo(960 / 125, 10);
  });

  it('ENGINE2 canvasOwner "engine" (option or message field): never assigns the canvas size, from boot on', () => {
    for (const viaOption of [true, false]) {
      const t = setup(viaOption ? 'engine' : undefined);
      const before = t.assignments();
      t.post({ type: 'viewport', x: 0, y: 0, width: 150, height: 200, pixelRatio: 3, ...(viaOption ? {} : { canvasOwner: 'engine' }) });
      t.post({ type: 'show', panel: 'box' });
      expect(t.assignments()).toBe(viaOption ? 0 : before);
      expect([t.canvas.width, t.canvas.height]).toEqual([300, 400]);
      expect(t.app.stage!.scaleX).toBe(2);
    }
  });

  it('ENGINE3 "contain" fits the canvas whole and centred: the stage keeps the canvas aspect and input maps to that part', () => {
    const t = setup('engine');
    t.post({ type: 'viewport', x: 0, y: 0, width: 600, height: 400, fit: 'contain' });
    // Canvas 300×400 in 600×400: scale 1, centred with 150 px bars.
    expect([t.app.stage!.width, t.app.stage!.height]).toEqual([300, 400]);
  });
});
