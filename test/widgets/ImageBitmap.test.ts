/**
 * IMGBMP: clipped pictures kept as bitmaps on the host's offscreen canvases (`createCanvas`), drawn
 * with one `drawImage` per paint; any failure of the host's canvas falls back to the clip path.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PlatformCanvas } from '../../src/host/types.js';
import { MAX_PICTURE_BITMAP_PIXELS } from '../../src/paint/index.js';
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

async function loadedAvatar(s: Setup, props: { shape?: 'circle' | 'rect' } = { shape: 'circle' }, style = { width: 20, height: 20 }): Promise<Image> {
  const pic = s.h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 0, ...props }, style));
  s.h.frames.flush();
  s.img.load(URL_A, 64, 64);
  s.h.frames.flush();
  return pic;
}

function repaint(s: Setup, pic: Image): void {
  s.h.ctx.__clearEvents();
  vi.mocked(s.h.ctx.drawImage).mockClear();
  pic.markPaintDirty();
  s.h.frames.flush();
}

describe('IMGBMP clipped pictures as bitmaps', () => {
  it('IMGBMP1 a loaded circle avatar is drawn into a bitmap once at device size; each later paint copies it with one drawImage and no clip', async () => {
    const s = await setup();
    const pic = await loadedAvatar(s);
    const pictures = s.h.stage.pictures!;
    expect(pictures.stats).toMatchObject({ canvases: 1, renders: 1, draws: 1, failures: 0 });
    // 20 logical px at pixel ratio 2: a 40 px bitmap, clipped to the circle on its own context.
    expect([s.offscreen[0]!.width, s.offscreen[0]!.height]).toEqual([40, 40]);
    const own = s.offscreen[0]!.getContext('2d');
    expect(own.__getEvents().filter((e) => e.type === 'clip')).toHaveLength(1);
    expect(own.__getEvents().filter((e) => e.type === 'arc')).toHaveLength(1);
    expect(vi.mocked(own.drawImage).mock.calls[0]![0]).toBe(s.img.images[0]);
    for (let i = 0; i < 3; i++) {
      repaint(s, pic);
      expect(drawnSources(s.h)).toEqual([s.offscreen[0]]);
      // The repaint's own region clip only: no circle path, no second clip.
      expect(count(s.h, 'clip')).toBe(1);
      expect(count(s.h, 'arc')).toBe(0);
    }
    expect(pictures.stats).toMatchObject({ canvases: 1, renders: 1, draws: 4 });
    // Copied 1:1 from the whole bitmap into the box (logical px under the stage's scale).
    const args = vi.mocked(s.h.ctx.drawImage).mock.calls[0]!.slice(1);
    expect(args).toEqual([0, 0, 40, 40, 0, 0, 20, 20]);
  });

  it('IMGBMP2 a new source or size draws the bitmap again on the same canvas; detaching frees its pixels', async () => {
    const s = await setup();
    const pic = await loadedAvatar(s);
    pic.setProps({ src: URL_B });
    s.h.frames.flush();
    s.img.load(URL_B, 64, 64);
    s.h.frames.flush();
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 1, renders: 2 });
    expect(vi.mocked(s.offscreen[0]!.getContext('2d').drawImage).mock.calls.at(-1)![0]).toBe(s.img.images[1]);
    pic.setStyle({ width: 30, height: 30 });
    s.h.frames.flush();
    expect(s.h.stage.pictures!.stats).toMatchObject({ canvases: 1, renders: 3 });
    expect([s.offscreen[0]!.width, s.offscreen[0]!.height]).toEqual([60, 60]);
    pic.destroy();
    expect([s.offscreen[0]!.width, s.offscreen[0]!.height]).toEqual([0, 0]);
  });

  it('IMGBMP3 a host canvas that throws, keeps another size or has no context: the picture is drawn with its clip in the same paint, bitmaps turn off, nothing is reported', async () => {
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
      const pic = await loadedAvatar(s);
      expect(s.h.stage.pictures!.stats.failures, name).toBe(1);
      expect(s.h.stage.pictures!.enabled, name).toBe(false);
      expect(s.h.errors, name).toEqual([]);
      // Drawn directly: the loaded image itself, inside a clip.
      expect(drawnSources(s.h), name).toContain(s.img.images[0]);
      repaint(s, pic);
      expect(drawnSources(s.h), name).toEqual([s.img.images[0]]);
      expect(count(s.h, 'arc'), name).toBe(1);
      expect(count(s.h, 'clip'), name).toBe(2);
      expect(s.createCanvas, name).toHaveBeenCalledTimes(1);
    }
  });

  it('IMGBMP4 no bitmap under a stretched canvas (x and y scales differ) or beyond the size limit: drawn directly, nothing created', async () => {
    const s = await setup();
    s.h.canvas.width = 200;
    s.h.canvas.height = 300;
    s.h.stage.adoptCanvas(100, 100);
    await loadedAvatar(s);
    expect(s.createCanvas).not.toHaveBeenCalled();
    expect(drawnSources(s.h)).toEqual([s.img.images[0]]);
    const big = await setup(undefined, { width: 400, height: 400, pixelRatio: 2 });
    const side = Math.ceil(Math.sqrt(MAX_PICTURE_BITMAP_PIXELS) / 2) + 1;
    await loadedAvatar(big, { shape: 'rect' }, { width: side, height: side });
    expect(big.createCanvas).not.toHaveBeenCalled();
    expect(big.h.stage.pictures!.stats.draws).toBe(0);
  });

  it('IMGBMP5 while fading in, the bitmap is drawn at the fade times the alpha in force, which is restored after', async () => {
    const s = await setup();
    const pic = s.h.stage.root.appendChild(new Image({ src: URL_A, shape: 'circle', fadeInMs: 100, placeholder: '#ccc' }, { width: 20, height: 20 }));
    s.h.frames.flush();
    s.img.load(URL_A, 64, 64);
    s.h.ctx.__clearEvents();
    s.h.advance(50);
    s.h.frames.step();
    const events = s.h.ctx.__getEvents();
    const at = events.findIndex((e) => e.type === 'drawImage');
    const alphas = events.slice(0, at).filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value);
    expect(alphas.at(-1)).toBeCloseTo(0.5, 5);
    expect(events.slice(at).filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value)[0]).toBe(1);
    expect(drawnSources(s.h).at(-1)).toBe(s.offscreen[0]);
    expect(pic.state).toBe('loaded');
    s.h.advance(100);
    s.h.frames.flush();
  });

  it('IMGBMP6 without createCanvas the stage keeps no bitmaps and pictures are drawn with their clip', async () => {
    const img = createFakeImages();
    const h = await createHarness({ width: 100, height: 100, pixelRatio: 2, stage: { images: img.loader } });
    expect(h.stage.pictures).toBeUndefined();
    h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 0, shape: 'circle' }, { width: 20, height: 20 }));
    h.frames.flush();
    img.load(URL_A, 64, 64);
    h.ctx.__clearEvents();
    h.frames.flush();
    expect(drawnSources(h)).toEqual([img.images[0]]);
    expect(count(h, 'arc')).toBe(1);
  });
});
