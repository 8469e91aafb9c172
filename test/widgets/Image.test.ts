import { describe, expect, it, vi } from 'vitest';
import { placeholderAvatar } from '../../src/images/index.js';
import { Image, View } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';
import type { Harness } from '../core/harness.js';
import { createFakeImages } from './fakeImages.js';
import type { FakeImages } from './fakeImages.js';

const URL_A = 'https://example.test/a.png';
const URL_B = 'https://example.test/b.png';

async function setup(): Promise<{ h: Harness; img: FakeImages }> {
  const img = createFakeImages();
  const h = await createHarness({ width: 100, height: 100, pixelRatio: 2, stage: { images: img.loader } });
  return { h, img };
}

function drawImages(h: Harness): unknown[][] {
  return vi.mocked(h.ctx.drawImage).mock.calls as unknown[][];
}

/** The globalAlpha in force at each drawImage, read from the recorded event stream. */
function alphasAtDrawImage(h: Harness): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  let alpha = 1;
  for (const e of h.ctx.__getEvents()) {
    if (e.type === 'save') stack.push(alpha);
    else if (e.type === 'restore') alpha = stack.pop() ?? 1;
    else if (e.type === 'globalAlpha') alpha = (e.props as { value: number }).value;
    else if (e.type === 'drawImage') out.push(alpha);
  }
  return out;
}

describe('Image widget', () => {
  it('IMGW1 shows its placeholder until the picture loads', async () => {
    const { h, img } = await setup();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A, placeholder: '#ccc' }, { width: 20, height: 20 }));
    h.frames.flush();
    expect(pic.state).toBe('loading');
    expect(drawImages(h)).toHaveLength(0);
    const fills = h.ctx.__getEvents().filter((e) => e.type === 'fillStyle').map((e) => (e.props as { value: string }).value);
    expect(fills).toContain('#cccccc');
    expect(img.createImage).toHaveBeenCalledTimes(1);
  });

  it('IMGW2 when the picture loads only its own box repaints', async () => {
    const { h, img } = await setup();
    h.stage.root.appendChild(new View({ height: 30, backgroundColor: '#fff' }));
    const pic = h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 0 }, { width: 20, height: 20 }));
    h.frames.flush();
    const stats = { ...h.stage.stats };
    img.load(URL_A, 40, 40);
    expect(pic.state).toBe('loaded');
    expect(h.frames.flush()).toBe(1);
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
    const calls = drawImages(h);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(img.images[0]);
    // Drawn at the node's origin (stage y 30) with its size (cover of a square into a square: the whole
    // source). The stage's state cache may shift coordinates instead of moving the transform: compare
    // where the picture lands on the canvas.
    const args = calls[0]!.slice(1) as number[];
    expect(args.slice(0, 4)).toEqual([0, 0, 40, 40]);
    const t = h.ctx.__getEvents().find((e) => e.type === 'drawImage')!.transform;
    // Device position over the scale: logical stage px.
    expect([(t[0]! * args[4]! + t[4]!) / t[0]!, (t[3]! * args[5]! + t[5]!) / t[3]!, args[6], args[7]]).toEqual([0, 30, 20, 20]);
  });

  it('IMGW3 fades in over fadeInMs, one frame per tick, then requests no more frames', async () => {
    const { h, img } = await setup();
    h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 100 }, { width: 20, height: 20 }));
    h.frames.flush();
    img.load(URL_A);
    let frames = 0;
    while (h.frames.queued > 0) {
      h.advance(25);
      frames += h.frames.step();
      expect(frames).toBeLessThan(20);
    }
    // Settled at t = 0; ticks at 25, 50, 75, 100 ms.
    expect(frames).toBe(4);
    expect(alphasAtDrawImage(h)).toEqual([0.25, 0.5, 0.75, 1]);
    const req = h.frames.requested;
    h.advance(1000);
    expect(h.frames.requested).toBe(req);
    expect(h.stage.isIdle).toBe(true);
  });

  it('IMGW4 a failed load keeps the placeholder and asks for nothing more', async () => {
    const { h, img } = await setup();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A, placeholder: placeholderAvatar('id-1', 'Ada') }, { width: 20, height: 20 }));
    h.frames.flush();
    const req = h.frames.requested;
    img.fail(URL_A);
    expect(pic.state).toBe('failed');
    // The placeholder on screen is already right: not even one frame.
    expect(h.frames.requested).toBe(req);
    h.frames.flush();
    expect(drawImages(h)).toHaveLength(0);
    expect(h.stage.isIdle).toBe(true);
    expect(h.frames.queued).toBe(0);
  });

  it('IMGW5 several images of one URL make one request and all draw it', async () => {
    const { h, img } = await setup();
    const row = h.stage.root.appendChild(new View({ flexDirection: 'row' }));
    for (let i = 0; i < 4; i++) row.appendChild(new Image({ src: URL_A, fadeInMs: 0 }, { width: 20, height: 20 }));
    h.frames.flush();
    expect(img.createImage).toHaveBeenCalledTimes(1);
    img.load(URL_A);
    h.frames.flush();
    expect(drawImages(h)).toHaveLength(4);
    // A late-comer finds it cached: drawn on its first paint, no new request, no fade.
    row.appendChild(new Image({ src: URL_A }, { width: 20, height: 20 }));
    h.frames.flush();
    expect(img.createImage).toHaveBeenCalledTimes(1);
    expect(alphasAtDrawImage(h).at(-1)).toBe(1);
  });

  it('IMGW6 removal releases the picture and stops a running fade', async () => {
    const { h, img } = await setup();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A, fadeInMs: 100 }, { width: 20, height: 20 }));
    h.frames.flush();
    expect(img.liveHandles).toBe(1);
    img.load(URL_A);
    h.advance(25);
    h.frames.step();
    pic.destroy();
    expect(img.liveHandles).toBe(0);
    h.advance(25);
    h.frames.flush();
    expect(h.frames.queued).toBe(0);
    expect(h.stage.isIdle).toBe(true);
  });

  it('IMGW7 changing src releases the old picture and loads the new one', async () => {
    const { h, img } = await setup();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A }, { width: 20, height: 20 }));
    h.frames.flush();
    pic.setProps({ src: URL_B });
    expect(img.liveHandles).toBe(1);
    expect(img.createImage).toHaveBeenCalledTimes(2);
    expect(pic.src).toBe(URL_B);
    pic.setProps({ src: undefined });
    expect(img.liveHandles).toBe(0);
    expect(pic.state).toBe('none');
    h.stage.dispose();
    expect(img.liveHandles).toBe(0);
  });

  it('IMGW8 a circle image clips the picture to the inscribed circle before drawing it', async () => {
    const { h, img } = await setup();
    h.stage.root.appendChild(new Image({ src: URL_A, shape: 'circle', fadeInMs: 0 }, { width: 20, height: 20 }));
    h.frames.flush();
    img.load(URL_A);
    h.ctx.__clearEvents();
    h.frames.flush();
    const types = h.ctx.__getEvents().map((e) => e.type);
    const clip = types.lastIndexOf('clip');
    expect(types.slice(types.lastIndexOf('beginPath', clip), clip)).toContain('arc');
    const arc = h.ctx.__getEvents().filter((e) => e.type === 'arc').at(-1)!.props as { x: number; y: number; radius: number };
    expect([arc.x, arc.y, arc.radius]).toEqual([10, 10, 10]);
    expect(clip).toBeLessThan(types.indexOf('drawImage'));
  });

  it('IMGW9 an image on a stage without a loader shows its placeholder and never throws', async () => {
    const h = await createHarness();
    const pic = h.stage.root.appendChild(new Image({ src: URL_A }, { width: 20, height: 20 }));
    expect(() => h.frames.flush()).not.toThrow();
    expect(pic.state).toBe('none');
    expect(h.errors).toEqual([]);
  });
});
