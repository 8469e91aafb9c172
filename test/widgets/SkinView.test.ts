import { describe, expect, it, vi } from 'vitest';
import { Button, Image, SkinView } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';
import type { Harness } from '../core/harness.js';
import { createFakeImages } from './fakeImages.js';
import type { FakeImages } from './fakeImages.js';

const PANEL = 'skins/panel.png';
const SLICE = { top: 8, right: 8, bottom: 8, left: 8 };

async function setup(): Promise<{ h: Harness; img: FakeImages }> {
  const img = createFakeImages();
  const h = await createHarness({ width: 200, height: 100, pixelRatio: 2, stage: { images: img.loader } });
  return { h, img };
}

function drawImages(h: Harness): unknown[][] {
  return vi.mocked(h.ctx.drawImage).mock.calls as unknown[][];
}

function fills(h: Harness): string[] {
  return h.ctx.__getEvents().filter((e) => e.type === 'fillStyle').map((e) => String((e.props as { value: unknown }).value));
}

describe('SkinView', () => {
  it('SKIN6 draws its colours until the image loads, then the nine-slice (and repaints for it); never a grey placeholder', async () => {
    const { h, img } = await setup();
    const view = h.stage.root.appendChild(new SkinView({ width: 120, height: 40, backgroundColor: '#123456' }, { src: PANEL, slice: SLICE }));
    h.frames.flush();
    expect(drawImages(h)).toHaveLength(0);
    expect(fills(h)).toEqual(['#123456']);
    expect(view.skinReady).toBe(false);
    h.ctx.__clearEvents();
    vi.mocked(h.ctx.drawImage).mockClear();
    img.load(PANEL, 24, 24);
    expect(h.frames.queued).toBe(1);
    h.frames.flush();
    expect(view.skinReady).toBe(true);
    expect(drawImages(h)).toHaveLength(9);
    // The corner: 8 source px drawn 8 logical px wide.
    expect(drawImages(h)[0]!.slice(1)).toEqual([0, 0, 8, 8, 0, 0, 8, 8]);
    expect(fills(h)).not.toContain('#123456');
  });

  it('SKIN6 a failed image keeps the colours on screen: no repaint, no image, no placeholder fill', async () => {
    const { h, img } = await setup();
    const view = h.stage.root.appendChild(new SkinView({ width: 120, height: 40, backgroundColor: '#123456' }, { src: PANEL }));
    h.frames.flush();
    h.ctx.__clearEvents();
    img.fail(PANEL);
    expect(h.frames.queued).toBe(0);
    view.markPaintDirty();
    h.frames.flush();
    expect(drawImages(h)).toHaveLength(0);
    expect(fills(h)).toEqual(['#123456']);
  });

  it('SKIN6 an image the host refuses to draw counts as failed: the colours, no error, until the source changes', async () => {
    const { h, img } = await setup();
    const view = h.stage.root.appendChild(new SkinView({ width: 120, height: 40, backgroundColor: '#123456' }, { src: PANEL }));
    img.load(PANEL, 24, 24);
    vi.mocked(h.ctx.drawImage).mockImplementationOnce(() => {
      throw new TypeError('not an image');
    });
    h.ctx.__clearEvents();
    h.frames.flush();
    expect(h.errors).toEqual([]);
    expect(view.skinReady).toBe(false);
    expect(fills(h)).toEqual(['#123456']);
  });

  it('SKIN7 one image shared by many views is requested once, and released when the last view leaves', async () => {
    const { h, img } = await setup();
    const views = [0, 1, 2].map(() => h.stage.root.appendChild(new SkinView({ height: 10 }, { src: PANEL })));
    expect(img.createImage).toHaveBeenCalledTimes(1);
    expect(img.liveHandles).toBe(3);
    views[0]!.setSkin({ src: PANEL, slice: SLICE });
    expect(img.liveHandles).toBe(3);
    for (const v of views) v.destroy();
    expect(img.liveHandles).toBe(0);
  });

  it('SKIN8 a button draws the skin of its state once loaded (normal, pressed, disabled), else its colours', async () => {
    const { h, img } = await setup();
    const button = h.stage.root.appendChild(
      new Button({ label: 'Go', skin: { src: 'n.png' }, pressedSkin: { src: 'p.png' }, disabledSkin: { src: 'd.png' }, pressedColor: '#111111', disabledColor: '#222222' }, { width: 80, height: 30, backgroundColor: '#333333' }),
    );
    h.frames.flush();
    expect(fills(h)).toContain('#333333');
    for (const url of ['n.png', 'p.png', 'd.png']) img.load(url, 30, 30);
    const srcOf = (call: unknown[]): unknown => (call[0] as { src: string }).src;
    vi.mocked(h.ctx.drawImage).mockClear();
    h.frames.flush();
    expect(drawImages(h).map(srcOf)).toEqual(['n.png']);
    vi.mocked(h.ctx.drawImage).mockClear();
    button.setPressed(true);
    h.frames.flush();
    expect(drawImages(h).map(srcOf)).toEqual(['p.png']);
    vi.mocked(h.ctx.drawImage).mockClear();
    button.setProps({ disabled: true });
    h.frames.flush();
    expect(drawImages(h).map(srcOf)).toEqual(['d.png']);
    // No disabled skin: the disabled colour.
    h.ctx.__clearEvents();
    button.setProps({ disabledSkin: undefined });
    h.frames.flush();
    expect(fills(h)).toContain('#222222');
  });

  it('SKIN8 an avatar frame is drawn over the picture once loaded', async () => {
    const { h, img } = await setup();
    h.stage.root.appendChild(new Image({ src: 'a.png', frame: { src: 'frame.png' }, fadeInMs: 0 }, { width: 40, height: 40 }));
    h.frames.flush();
    img.load('a.png', 10, 10);
    h.frames.flush();
    expect(drawImages(h).map((c) => (c[0] as { src: string }).src)).toEqual(['a.png']);
    img.load('frame.png', 64, 64);
    vi.mocked(h.ctx.drawImage).mockClear();
    h.frames.flush();
    expect(drawImages(h).map((c) => (c[0] as { src: string }).src)).toEqual(['a.png', 'frame.png']);
  });
});
