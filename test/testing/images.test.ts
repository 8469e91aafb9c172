import { describe, expect, it, vi } from 'vitest';
import { createSimulatedHost, type SimImageOutcome } from '../../src/testing/index.js';
import { createMockCanvas, createMockImage } from '../helpers/mockCanvas.js';

function sim(extra: Partial<Parameters<typeof createSimulatedHost>[0]> = {}) {
  return createSimulatedHost({ canvas: createMockCanvas(), ...extra });
}

describe('simulated images', () => {
  it('SIM9 setting src records the url and fires onload and load listeners after the latency', () => {
    const s = sim({ latencyMs: 30 });
    const img = s.odcGlobal.createImage!();
    const onload = vi.fn();
    const listener = vi.fn();
    img.onload = onload;
    img.addEventListener?.('load', listener);
    img.src = 'sim://avatar/1.png';
    expect(s.calls.images).toEqual(['sim://avatar/1.png']);
    expect(img.src).toBe('sim://avatar/1.png');
    s.advance(29);
    expect(onload).not.toHaveBeenCalled();
    s.advance(1);
    expect(onload).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(img.width).toBeGreaterThan(0);
  });

  it('SIM9 the images rule decides load, error or never', () => {
    const rule = (url: string): SimImageOutcome => (url.includes('bad') ? 'error' : url.includes('hang') ? 'never' : 'load');
    const s = sim({ images: rule });
    const outcomes: string[] = [];
    for (const url of ['ok.png', 'bad.png', 'hang.png']) {
      const img = s.odcGlobal.createImage!();
      img.onload = () => outcomes.push(`load ${url}`);
      img.addEventListener?.('error', () => outcomes.push(`error ${url}`));
      img.src = url;
    }
    s.advance(60_000);
    expect(outcomes).toEqual(['load ok.png', 'error bad.png']);
    expect(s.pendingTimers()).toBe(0);
  });

  it('SIM9 a caller-supplied image keeps its identity and size; a newer src supersedes a pending load', () => {
    const made = createMockImage(10, 20);
    const s = sim({ createImage: () => made, latencyMs: 5 });
    const img = s.odcGlobal.createImage!();
    expect(img).toBe(made);
    const onload = vi.fn();
    img.onload = onload;
    img.src = 'first.png';
    img.src = 'second.png';
    s.advance(5);
    expect(onload).toHaveBeenCalledTimes(1);
    expect(img.src).toBe('second.png');
    expect([img.width, img.height]).toEqual([10, 20]);
    expect(s.calls.images).toEqual(['first.png', 'second.png']);
  });

  it('SIM32 createCanvas exists in the ODC only with the option; each call is counted and gives the factory\'s canvas', () => {
    expect(sim().odcGlobal.createCanvas).toBeUndefined();
    const made = createMockCanvas(1, 1);
    const s = sim({ createCanvas: () => made });
    expect(s.odcGlobal.createCanvas!()).toBe(made);
    expect(s.odcGlobal.createCanvas!()).toBe(made);
    expect(s.calls.canvases).toBe(2);
    s.resetCalls();
    expect(s.calls.canvases).toBe(0);
    expect(() => sim({ createCanvas: 'canvas' as unknown as () => object })).toThrow(/options\.createCanvas must be a function/);
  });
});
