/**
 * IMGBMP: clipped pictures kept as bitmaps on the host's offscreen canvases (`createCanvas`), per
 * picture, once painted a few times, drawn with one `drawImage` per paint; any failure of the host's
 * canvas falls back to the clip path.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PlatformCanvas } from '../../src/host/types.js';
import { MAX_PICTURE_BITMAP_PIXELS, MAX_PICTURE_BITMAP_TOTAL_PIXELS, MAX_PICTURE_BITMAPS, PICTURE_BITMAP_AFTER_PAINTS } from '../../src/paint/index.js';
import { Image } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';
import type { Harness } from '../core/harness.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';
import { createFakeImages } from './fakeImages.js';
import type { FakeImages } from './fakeImages.js';

const URL_A = 'https://example.test/a.png';
const URL_B = 'https://example.test/b.png';

interface Setup {
  h: Harness;
  img: FakeImages;
  offscreen: MockCanvas[];
  createCanvas: ReturnType<typeof vi.fn<() => PlatformCanvas>>;
}

async function setup(createCanvas?: () => PlatformCanvas, size = { width: 100, height: 100, pixelRatio: 2 }): Promise<Setup> {
  const img = createFakeImages();
  const offscreen: MockCanvas[] = [];
  const create = vi.fn(
    createCanvas ??
      ((): PlatformCanvas => {
        const c = createMockCanvas(1, 1);
        offscreen.push(c);
        return c;
      }),
  );
  const h = await createHarness({ ...size, stage: { images: img.loader, createCanvas: create } });
  return { h, img, offscreen, createCanvas: create };
}

/** Events of the stage's context since the last clear, by type. */
function count(h: Harness, type: string): number {
  return h.ctx.__getEvents().filter((e) => e.type === type).length;
}

function drawnSources(h: Harness): unknown[] {
  return vi.mocked(h.ctx.drawImage).mock.calls.map((c) => c[0]);
}

/** An image node showing `url`, loaded (its first paint done). */
function loadedAvatar(s: Setup, url = URL_A, props: { shape?: 'circle' | 'rect' } = { shape: 'circle' }, style = { width: 20, height: 20 }): Image {
  const pic = s.h.stage.root.appendChild(new Image({ src: url, fadeInMs: 0, ...props }, style));
  s.h.frames.flush();
  s.img.load(url, 64, 64);
  s.h.frames.flush();
  return pic;
}

/** Repaints `pic` alone, events and drawImage calls cleared first. */
function repaint(s: Setup, pic: Image): void {
  s.h.ctx.__clearEvents();
  vi.mocked(s.h.ctx.drawImage).mockClear();
  pic.markPaintDirty();
  s.h.frames.flush();
}

/**
 * For an image fading in over 100 ms that is appended, not yet loaded: loads it, paints it directly
 * {@link PICTURE_BITMAP_AFTER_PAINTS} times 10 ms apart, then clears the recorded calls and paints once
 * more 30 ms later (the paint that uses a bitmap), at fade `(10 × PICTURE_BITMAP_AFTER_PAINTS + 30) / 100`.
 */
function fadeToBitmapPaint(s: Setup): void {
  s.h.frames.flush();
  s.img.load(URL_A, 64, 64);
  for (let k = 0; k < PICTURE_BITMAP_AFTER_PAINTS; k++) {
    s.h.advance(10);
    s.h.frames.step();
  }
  s.h.ctx.__clearEvents();
  vi.mocked(s.h.ctx.drawImage).mockClear();
  s.h.advance(30);
  s.h.frames.step();
}

describe('IMGBMP clipped pictures as bitmaps', () => {
  it('IMGBMP1 a loaded circle avatar is drawn with its clip for its first paints, then once into a bitmap at device size, and from then on copied with one drawImage and no clip', async () => {
    const s = await setup();
    const pic = loadedAvatar(s);
    const pictures = s.h.stage.pictures!;
    // The load's paint was the first one; the next ones up to the threshold are still direct.
    for (let i = 1; i < PICTURE_BITMAP_AFTER_PAINTS; i++) repaint(s, pic);
    expect(s.createCanvas).not.toHaveBeenCalled();
    expect(drawnSources(s.h)).toEqual([s.img.images[0]]);
    expect(count(s.h, 'arc')).toBe(1);
    for (let i = 0; i < 3; i++) {
      repaint(s, pic);
      expect(drawnSources(s.h)).toEqual([s.offscreen[0]]);
      // The repaint's own region clip only: no circle path, no second clip.
      expect(count(s.h, 'clip')).toBe(1);
      expect(count(s.h, 'arc')).toBe(0);
    }
    expect(pictures.stats).toMatchObject({ canvases: 1, renders: 1, draws: 3, failures: 0 });
    // 20 logical px at pixel ratio 2: a 40 px bitmap, clipped to the circle on its own context.
    expect([s.offscreen[0]!.width, s.offscreen[0]!.height]).toEqual([40, 40]);
    const own = s.offscreen[0]!.getContext('2d');
    expect(own.__getEvents().filter((e) => e.type === 'clip')).toHaveLength(1);
    expect(vi.mocked(own.drawImage).mock.calls[0]![0]).toBe(s.img.images[0]);
    // Copied 1:1 from the whole bitmap into the box (logical px under the stage's scale).
    expect(vi.mocked(s.h.ctx.drawImage).mock.calls[0]!.slice(1)).toEqual([0, 0, 40, 40, 0, 0, 20, 20]);
  });

  it('IMGBMP2 bitmaps are kept per picture: another node (a recycled row) showing a picture seen before copies its bitmap; the picture at another size has a bitmap of its own', async () => {
    const s = await setup();
    const pic = loadedAvatar(s);
    for (let i = 0; i < PICTURE_BITMAP_AFTER_PAINTS; i++) repaint(s, pic);
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 1, renders: 1 });
    // A recycled row: the node shows B for a while, then A again.
    pic.setProps({ src: URL_B });
    s.h.frames.flush();
    s.img.load(URL_B, 64, 64);
    s.h.frames.flush();
    pic.setProps({ src: URL_A });
    s.h.ctx.__clearEvents();
    vi.mocked(s.h.ctx.drawImage).mockClear();
    s.h.frames.flush();
    expect(drawnSources(s.h)).toEqual([s.offscreen[0]]);
    // A second node with the same picture: no new bitmap either.
    const twin = s.h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 0, shape: 'circle' }, { width: 20, height: 20 }));
    s.h.frames.flush();
    repaint(s, twin);
    // (The repaint may take the neighbour in too: every picture drawn is the one bitmap.)
    expect(new Set(drawnSources(s.h))).toEqual(new Set([s.offscreen[0]]));
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 1, renders: 1 });
    // At another size the picture gets a bitmap of its own; both sizes then copy theirs, painted in turn.
    twin.setStyle({ width: 30, height: 30 });
    for (let i = 0; i <= PICTURE_BITMAP_AFTER_PAINTS; i++) repaint(s, twin);
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 2, renders: 2 });
    expect([s.offscreen[1]!.width, s.offscreen[1]!.height]).toEqual([60, 60]);
    for (let i = 0; i < 3; i++) {
      repaint(s, pic);
      repaint(s, twin);
    }
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 2, renders: 2, failures: 0 });
  });

  it('IMGBMP3 at most MAX_PICTURE_BITMAPS pictures are kept: the least recently drawn goes and its canvas serves the next bitmap; more pictures in one frame than that: the extra ones are drawn directly, without churn; disposing the stage frees every canvas', async () => {
    const total = MAX_PICTURE_BITMAPS + 10;
    const url = (i: number): string => `https://example.test/p${i}.png`;
    // One picture at a time (a list scrolled through): each gets a bitmap; old ones make room.
    const s = await setup(undefined, { width: 100, height: 400, pixelRatio: 1 });
    for (let i = 0; i < total; i++) {
      const pic = loadedAvatar(s, url(i), { shape: 'circle' }, { width: 4, height: 4 });
      for (let k = 0; k < PICTURE_BITMAP_AFTER_PAINTS; k++) repaint(s, pic);
      pic.destroy();
    }
    const pictures = s.h.stage.pictures!;
    expect(pictures.size).toBe(MAX_PICTURE_BITMAPS);
    expect(pictures.stats.renders).toBe(total);
    expect(pictures.stats.canvases).toBeLessThanOrEqual(MAX_PICTURE_BITMAPS);
    s.h.stage.dispose();
    expect(s.offscreen.length).toBe(pictures.stats.canvases);
    expect(s.offscreen.filter((c) => c.width > 0)).toEqual([]);
    // All on screen at once, every frame: the first MAX get bitmaps, the rest stay direct, and later
    // frames render nothing new.
    const t = await setup(undefined, { width: 100, height: 400, pixelRatio: 1 });
    for (let i = 0; i < total; i++) t.h.stage.root.appendChild(new Image({ src: url(i), fadeInMs: 0, shape: 'circle' }, { width: 4, height: 4 }));
    t.h.frames.flush();
    for (let i = 0; i < total; i++) t.img.load(url(i), 8, 8);
    const everything = (): void => {
      t.h.stage.root.markPaintDirty();
      t.h.frames.flush();
    };
    for (let k = 0; k <= PICTURE_BITMAP_AFTER_PAINTS; k++) everything();
    const renders = t.h.stage.pictures!.stats.renders;
    expect(renders).toBe(MAX_PICTURE_BITMAPS);
    for (let k = 0; k < 5; k++) everything();
    expect(t.h.stage.pictures!.stats.renders).toBe(renders);
    expect(t.h.stage.pictures!.stats.canvases).toBe(MAX_PICTURE_BITMAPS);
  });

  it('IMGBMP4 a host canvas that throws, keeps another size or has no context: the picture is drawn with its clip in the same paint, bitmaps turn off, nothing is reported', async () => {
    const broken: Array<[string, () => PlatformCanvas]> = [
      ['throws', () => { throw new Error('no offscreen canvases here'); }],
      ['fixed size', () => {
        const c = createMockCanvas(1, 1);
        return { get width() { return 1; }, set width(_v: number) {}, get height() { return 1; }, set height(_v: number) {}, getContext: (t: '2d') => c.getContext(t) };
      }],
      ['no context', () => ({ width: 1, height: 1, getContext: () => null })],
      ['not a canvas', () => ({}) as PlatformCanvas],
    ];
    for (const [name, create] of broken) {
      const s = await setup(create);
      const pic = loadedAvatar(s);
      for (let i = 1; i < PICTURE_BITMAP_AFTER_PAINTS; i++) repaint(s, pic);
      // The paint that would make the bitmap: it fails, the picture is drawn directly inside its clip.
      repaint(s, pic);
      expect(s.h.stage.pictures!.stats.failures, name).toBe(1);
      expect(s.h.stage.pictures!.enabled, name).toBe(false);
      expect(s.h.errors, name).toEqual([]);
      expect(drawnSources(s.h), name).toEqual([s.img.images[0]]);
      expect(count(s.h, 'arc'), name).toBe(1);
      repaint(s, pic);
      expect(drawnSources(s.h), name).toEqual([s.img.images[0]]);
      expect(s.createCanvas, name).toHaveBeenCalledTimes(1);
    }
  });

  it('IMGBMP5 no bitmap under a stretched canvas (x and y scales differ) or above the size limit for one bitmap: drawn directly, nothing created', async () => {
    const s = await setup();
    s.h.canvas.width = 200;
    s.h.canvas.height = 300;
    s.h.stage.adoptCanvas(100, 100);
    const pic = loadedAvatar(s);
    for (let i = 0; i < 3; i++) repaint(s, pic);
    expect(s.createCanvas).not.toHaveBeenCalled();
    expect(drawnSources(s.h)).toEqual([s.img.images[0]]);
    const big = await setup(undefined, { width: 400, height: 400, pixelRatio: 2 });
    const side = Math.ceil(Math.sqrt(MAX_PICTURE_BITMAP_PIXELS) / 2) + 1;
    const large = loadedAvatar(big, URL_A, { shape: 'circle' }, { width: side, height: side });
    for (let i = 0; i < 3; i++) repaint(big, large);
    expect(big.createCanvas).not.toHaveBeenCalled();
    expect(big.h.stage.pictures!.stats.draws).toBe(0);
  });

  it('IMGBMP6 while fading in, a bitmap is drawn at the fade times the alpha in force, which is restored after', async () => {
    const s = await setup();
    const pic = s.h.stage.root.appendChild(new Image({ src: URL_A, shape: 'circle', fadeInMs: 100, placeholder: '#ccc' }, { width: 20, height: 20 }));
    fadeToBitmapPaint(s);
    const events = s.h.ctx.__getEvents();
    const at = events.findIndex((e) => e.type === 'drawImage');
    expect(drawnSources(s.h)).toEqual([s.offscreen[0]]);
    const alphas = events.slice(0, at).filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value);
    const fade = (10 * PICTURE_BITMAP_AFTER_PAINTS + 30) / 100;
    expect(alphas.at(-1)).toBeCloseTo(fade, 5);
    expect(events.slice(at).filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value)[0]).toBe(1);
    s.h.advance(100);
    s.h.frames.flush();
    expect(pic.state).toBe('loaded');
  });

  it('IMGBMP7 without createCanvas the stage keeps no bitmaps and pictures are drawn with their clip', async () => {
    const img = createFakeImages();
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 2, stage: { images: img.loader } });
    expect(h.stage.pictures).toBeUndefined();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 0, shape: 'circle' }, { width: 20, height: 20 }));
    h.frames.flush();
    img.load(URL_A, 64, 64);
    for (let i = 0; i < 4; i++) {
      h.ctx.__clearEvents();
      vi.mocked(h.ctx.drawImage).mockClear();
      pic.markPaintDirty();
      h.frames.flush();
      expect(drawnSources(h)).toEqual([img.images[0]]);
      expect(count(h, 'arc')).toBe(1);
    }
  });

  it('IMGBMP9 bitmaps hold at most MAX_PICTURE_BITMAP_TOTAL_PIXELS together: large pictures push the least recently drawn out, and pictures drawn in the same frame beyond it stay direct', async () => {
    // 128 logical px at pixel ratio 2: 256×256 = 65,536 device px each, 16 fit.
    const side = 128;
    const fit = MAX_PICTURE_BITMAP_TOTAL_PIXELS / (side * 2) ** 2;
    const url = (i: number): string => `https://example.test/big${i}.png`;
    const s = await setup(undefined, { width: 400, height: 400, pixelRatio: 2 });
    const held = (): number => s.offscreen.reduce((sum, c) => sum + c.width * c.height, 0);
    for (let i = 0; i < fit + 6; i++) {
      const pic = loadedAvatar(s, url(i), { shape: 'circle' }, { width: side, height: side });
      for (let k = 0; k < PICTURE_BITMAP_AFTER_PAINTS; k++) repaint(s, pic);
      expect(held()).toBeLessThanOrEqual(MAX_PICTURE_BITMAP_TOTAL_PIXELS);
      pic.destroy();
    }
    expect(s.h.stage.pictures!.stats.renders).toBe(fit + 6);
    // All at once, every frame: only what fits gets a bitmap; later frames render nothing new.
    const t = await setup(undefined, { width: 400, height: 400 * 8, pixelRatio: 2 });
    for (let i = 0; i < fit + 6; i++) t.h.stage.root.appendChild(new Image({ src: url(i), fadeInMs: 0, shape: 'circle' }, { width: side, height: side }));
    t.h.frames.flush();
    for (let i = 0; i < fit + 6; i++) t.img.load(url(i), 8, 8);
    for (let k = 0; k <= PICTURE_BITMAP_AFTER_PAINTS + 3; k++) {
      t.h.stage.root.markPaintDirty();
      t.h.frames.flush();
    }
    expect(t.h.stage.pictures!.stats.renders).toBe(fit);
    expect(t.offscreen.reduce((sum, c) => sum + c.width * c.height, 0)).toBeLessThanOrEqual(MAX_PICTURE_BITMAP_TOTAL_PIXELS);
  });

  it('IMGBMP10 a createCanvas that hands out the shared canvas, or a stage that cannot copy a canvas: bitmaps turn off, the shared canvas keeps its size, the alpha in force is the fade alone', async () => {
    let shared: PlatformCanvas | undefined;
    const s = await setup(() => shared!);
    shared = s.h.canvas;
    const pic = loadedAvatar(s);
    for (let i = 0; i <= PICTURE_BITMAP_AFTER_PAINTS; i++) repaint(s, pic);
    expect(s.h.stage.pictures!.enabled).toBe(false);
    expect([s.h.canvas.width, s.h.canvas.height]).toEqual([200, 200]);
    expect(drawnSources(s.h)).toEqual([s.img.images[0]]);
    // The stage's drawImage refuses canvases: the picture is drawn directly, at the fade (not the fade squared).
    const t = await setup();
    const draw = t.h.ctx.drawImage;
    vi.mocked(draw).mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (t.offscreen.includes(args[0] as MockCanvas)) throw new TypeError('not an image');
    } as typeof draw);
    const fading = t.h.stage.root.appendChild(new Image({ src: URL_A, shape: 'circle', fadeInMs: 100 }, { width: 20, height: 20 }));
    fadeToBitmapPaint(t);
    expect(t.h.stage.pictures!.stats.failures).toBe(1);
    expect(fading.state).toBe('loaded');
    const events = t.h.ctx.__getEvents();
    const alphas = events.filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value);
    const fade = (10 * PICTURE_BITMAP_AFTER_PAINTS + 30) / 100;
    expect(alphas).toContain(fade);
    expect(alphas.some((a) => Math.abs(a - fade * fade) < 1e-9)).toBe(false);
  });

  it('IMGBMP11 a plain rectangle (no rounded corners) is drawn directly: no bitmap to save a clip for', async () => {
    const s = await setup();
    const pic = loadedAvatar(s, URL_A, { shape: 'rect' });
    for (let i = 0; i < 4; i++) repaint(s, pic);
    expect(s.createCanvas).not.toHaveBeenCalled();
    expect(drawnSources(s.h)).toEqual([s.img.images[0]]);
  });
});
