import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createOpenDataHost } from '../../src/host/index.js';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';
import { createImageLoader } from '../../src/images/index.js';
import { createSimulatedHost, type SimImageOutcome, type SimulatedHostOptions } from '../../src/testing/index.js';

/** A PNG of one colour, made with the real raster backend. */
function png(color: string, width = 6, height = 4): Buffer {
  const c = createCanvas(width, height);
  const g = c.getContext('2d');
  g.fillStyle = color;
  g.fillRect(0, 0, width, height);
  return c.toBuffer('image/png');
}

const PNGS: Record<string, Buffer> = { 'sim://avatar/1.png': png('#ff0000'), 'sim://avatar/2.png': png('#0000ff', 3, 5) };

function napiSim(extra: Partial<SimulatedHostOptions> = {}) {
  const canvas = createCanvas(20, 20);
  const made: NapiImage[] = [];
  const sim = createSimulatedHost({
    canvas: canvas as unknown as PlatformCanvas,
    createImage: () => {
      const image = new NapiImage();
      made.push(image);
      return image as unknown as PlatformImage;
    },
    resolveImageUrl: (url) => PNGS[url],
    ...extra,
  });
  return { sim, made };
}

/** The RGBA of the top-left pixel after drawing the image on a fresh canvas. */
function firstPixel(img: PlatformImage): number[] {
  const c = createCanvas(8, 8);
  const g = c.getContext('2d');
  g.drawImage(img as unknown as NapiImage, 0, 0);
  return [...g.getImageData(0, 0, 1, 1).data];
}

/** Lets the backend's own queued events run (@napi-rs/canvas fires onload on a later turn). */
const realTurns = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('real images (@napi-rs/canvas Image)', () => {
  it('SIM20 a loading real image gets its src through resolveImageUrl and has real size and pixels', () => {
    const { sim } = napiSim({ latencyMs: 30 });
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn();
    img.onload = onload;
    img.src = 'sim://avatar/2.png';
    sim.advance(29);
    expect(onload).not.toHaveBeenCalled();
    sim.advance(1);
    expect(onload).toHaveBeenCalledTimes(1);
    expect([img.width, img.height, img.naturalWidth, img.naturalHeight]).toEqual([3, 5, 3, 5]);
    expect(firstPixel(img)).toEqual([0, 0, 255, 255]);
    expect(img.src).toBe('sim://avatar/2.png');
    expect(sim.calls.images).toEqual(['sim://avatar/2.png']);
  });

  it("SIM21 'error' and 'never' never call the ODC's onload although the real image decoded", async () => {
    const rule = (url: string): SimImageOutcome => (url.endsWith('1.png') ? 'error' : 'never');
    const { sim, made } = napiSim({ images: rule, latencyMs: 10 });
    const seen: string[] = [];
    for (const url of ['sim://avatar/1.png', 'sim://avatar/2.png']) {
      const img = sim.odcGlobal.createImage!();
      img.onload = () => seen.push(`onload ${url}`);
      img.onerror = () => seen.push(`onerror ${url}`);
      img.addEventListener?.('load', () => seen.push(`load ${url}`));
      img.src = url;
    }
    await realTurns();
    sim.advance(60_000);
    await realTurns();
    expect(seen).toEqual(['onerror sim://avatar/1.png']);
    expect(made.map((m) => [m.complete, m.naturalWidth > 0])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(sim.pendingTimers()).toBe(0);
  });

  it("SIM22 the element's own load event never calls the ODC's onload or listeners directly", async () => {
    const { sim, made } = napiSim({ latencyMs: 1000 });
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn();
    const listener = vi.fn();
    img.onload = onload;
    img.addEventListener?.('load', listener);
    img.src = 'sim://avatar/1.png';
    await realTurns();
    expect(made[0]!.complete).toBe(true);
    expect(onload).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    sim.advance(1000);
    await realTurns();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('SIM23 a newer src supersedes a pending load: one load, with the newer pixels', async () => {
    const { sim } = napiSim({ latencyMs: 5 });
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn();
    img.onload = onload;
    img.src = 'sim://avatar/1.png';
    sim.advance(3);
    img.src = 'sim://avatar/2.png';
    sim.advance(100);
    await realTurns();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(firstPixel(img)).toEqual([0, 0, 255, 255]);
    expect(sim.calls.images).toEqual(['sim://avatar/1.png', 'sim://avatar/2.png']);
  });

  it('SIM23 after any sequence of src changes only the last source settles, once, as its rule says', () => {
    const urls = Object.keys(PNGS);
    const outcomes: SimImageOutcome[] = ['load', 'error', 'never'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ url: fc.constantFrom(...urls), outcome: fc.constantFrom(...outcomes), waitMs: fc.integer({ min: 0, max: 20 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (steps) => {
          const rules = new Map<string, SimImageOutcome>();
          const { sim } = napiSim({ latencyMs: 10, images: (url) => rules.get(url) ?? 'load' });
          const img = sim.odcGlobal.createImage!();
          const heard: string[] = [];
          img.onload = () => heard.push(`load ${img.src as string}`);
          img.onerror = () => heard.push(`error ${img.src as string}`);
          let expected: string[] = [];
          for (const step of steps) {
            heard.length = 0;
            rules.set(step.url, step.outcome);
            img.src = step.url;
            sim.advance(step.waitMs);
            expected = step.waitMs >= 10 && step.outcome !== 'never' ? [`${step.outcome} ${step.url}`] : [];
            expect(heard).toEqual(expected);
          }
          heard.length = 0;
          sim.advance(100);
          const last = steps[steps.length - 1]!;
          const late = last.waitMs < 10 && last.outcome !== 'never' ? [`${last.outcome} ${last.url}`] : [];
          expect(heard).toEqual(late);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('SIM24 an asynchronous decode (data URL) delays the load until the pixels exist, then the sim clock delivers it', async () => {
    const dataUrl = `data:image/png;base64,${PNGS['sim://avatar/1.png']!.toString('base64')}`;
    const { sim, made } = napiSim({ resolveImageUrl: () => dataUrl });
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn(() => expect(img.naturalWidth).toBe(6));
    img.onload = onload;
    img.src = 'sim://avatar/1.png';
    sim.flush();
    expect(made[0]!.complete).toBe(false);
    expect(onload).not.toHaveBeenCalled();
    expect(sim.pendingDecodes()).toBe(1);
    await sim.whenImagesDecoded();
    expect(sim.pendingDecodes()).toBe(0);
    // Decoded, but the ODC hears it only inside the sim clock.
    expect(onload).not.toHaveBeenCalled();
    sim.flush();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(firstPixel(img)).toEqual([255, 0, 0, 255]);
  });

  it("SIM25 a real decode failure turns a 'load' rule into error: bad bytes, a throwing resolver, an unresolved URL", async () => {
    const resolve = (url: string): Uint8Array | undefined => {
      if (url === 'bytes') return new Uint8Array([1, 2, 3, 4]);
      if (url === 'throws') throw new Error('no such avatar');
      return undefined;
    };
    const { sim } = napiSim({ resolveImageUrl: resolve });
    const seen: string[] = [];
    for (const url of ['bytes', 'throws', 'sim://missing/file.png']) {
      const img = sim.odcGlobal.createImage!();
      img.onload = () => seen.push(`load ${url}`);
      img.onerror = () => seen.push(`error ${url}`);
      img.src = url;
    }
    sim.flush();
    await sim.whenImagesDecoded();
    sim.flush();
    expect(seen.sort()).toEqual(['error bytes', 'error sim://missing/file.png', 'error throws']);
  });

  it('SIM26 an ArrayBuffer src reaches the real image as bytes and is recorded as [binary]', () => {
    const bytes = PNGS['sim://avatar/1.png']!;
    const { sim } = napiSim();
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn();
    img.onload = onload;
    img.src = Uint8Array.from(bytes).buffer;
    sim.flush();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(img.naturalWidth).toBe(6);
    expect(sim.calls.images).toEqual(['[binary]']);
  });

  it('SIM27 stand-ins without a class src setter (canvases, plain objects) are never handed the src or resolved', () => {
    const resolve = vi.fn(() => 'data:,');
    const stand = createCanvas(1, 1);
    const sim = createSimulatedHost({
      canvas: createCanvas(4, 4) as unknown as PlatformCanvas,
      createImage: () => stand as unknown as PlatformImage,
      resolveImageUrl: resolve,
    });
    const img = sim.odcGlobal.createImage!();
    const onload = vi.fn();
    img.onload = onload;
    img.src = 'sim://avatar/1.png';
    sim.flush();
    expect(onload).toHaveBeenCalledTimes(1);
    expect(resolve).not.toHaveBeenCalled();
    expect([stand.width, stand.height]).toEqual([1, 1]);
  });

  it('SIM27 resolveImageUrl must be a function', () => {
    const bad = { canvas: createCanvas(4, 4) as unknown as PlatformCanvas, resolveImageUrl: 'data:,' } as unknown as SimulatedHostOptions;
    expect(() => createSimulatedHost(bad)).toThrow(TypeError);
  });
});

/** A browser-like element: class src setter, `complete`, events only through its own addEventListener. */
class FakeBrowserImage {
  public width = 0;
  public height = 0;
  public naturalWidth = 0;
  public naturalHeight = 0;
  public complete = true;
  public received: unknown[] = [];
  private readonly _listeners: Array<[string, () => void]> = [];
  private _src: unknown = '';
  public get src(): unknown {
    return this._src;
  }
  public set src(value: unknown) {
    this._src = value;
    this.received.push(value);
    this.complete = false;
  }
  public addEventListener(type: string, cb: () => void): void {
    this._listeners.push([type, cb]);
  }
  /** Simulates the browser finishing its decode. */
  public finish(ok: boolean): void {
    this.complete = true;
    this.width = this.naturalWidth = ok ? 9 : 0;
    this.height = this.naturalHeight = ok ? 7 : 0;
    for (const [type, cb] of this._listeners) if (type === (ok ? 'load' : 'error')) cb();
  }
}

describe('real images (browser-like element)', () => {
  it('SIM28 the ODC listeners are held by the sim; the element reports its decode through its own listeners', () => {
    const element = new FakeBrowserImage();
    const sim = createSimulatedHost({
      canvas: createCanvas(4, 4) as unknown as PlatformCanvas,
      createImage: () => element as unknown as PlatformImage,
      resolveImageUrl: (url) => `data:${url}`,
      latencyMs: 10,
    });
    const img = sim.odcGlobal.createImage!();
    const heard: string[] = [];
    img.onload = () => heard.push('onload');
    img.addEventListener?.('load', () => heard.push('listener'));
    img.src = 'sim://avatar/3.png';
    expect(element.received).toEqual(['data:sim://avatar/3.png']);
    sim.advance(10);
    expect(heard).toEqual([]);
    element.finish(true);
    expect(heard).toEqual([]);
    sim.flush();
    expect(heard).toEqual(['onload', 'listener']);
    expect([img.width, img.height]).toEqual([9, 7]);
  });
});

describe('real images through the framework', () => {
  it("SIM29 friendcanvas's image loader, over the sim's tt and real images, caches decoded avatars with their real size", async () => {
    const { sim } = napiSim({ latencyMs: 40, images: (url) => (url.endsWith('1.png') ? 'load' : 'error') });
    const loader = createImageLoader(createOpenDataHost(sim.odcGlobal), { retries: 0 });
    const good = loader.acquire('sim://avatar/1.png');
    const bad = loader.acquire('sim://avatar/2.png');
    await realTurns();
    expect([good.entry.state, bad.entry.state]).toEqual(['loading', 'loading']);
    sim.advance(40);
    expect([good.entry.state, good.entry.width, good.entry.height]).toEqual(['loaded', 6, 4]);
    expect(bad.entry.state).toBe('failed');
    expect(firstPixel(good.entry.image!)).toEqual([255, 0, 0, 255]);
  });
});
