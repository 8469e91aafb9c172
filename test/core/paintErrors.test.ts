import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { Node, Stage } from '../../src/core/index.js';
import type { Canvas2D, PlatformCanvas } from '../../src/host/index.js';
import { createYogaLayoutEngine } from '../../src/layout/index.js';
import { View } from '../../src/widgets/index.js';

/** Saves, clips to a 10 px square, then throws: the leak a buggy custom widget can cause. */
class LeakyNode extends Node {
  public override paintSelf(ctx: Canvas2D): void {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip();
    throw new Error('broken widget');
  }
}

describe('paint errors', () => {
  it('STAGE8 a paintSelf that throws after save() does not leave its clip on the canvas for later paints', async () => {
    const canvas = createCanvas(100, 50);
    const queue: Array<() => void> = [];
    const errors: unknown[] = [];
    const stage = new Stage({
      canvas: canvas as unknown as PlatformCanvas,
      layout: await createYogaLayoutEngine(),
      frames: { requestAnimationFrame: (cb) => queue.push(() => cb(0)), cancelAnimationFrame: () => {} },
      now: () => 0,
      onError: (e) => errors.push(e),
    });
    stage.resize(100, 50, 1);
    const leaky = stage.root.appendChild(new LeakyNode({ position: 'absolute', width: 10, height: 10 }));
    stage.root.appendChild(new View({ position: 'absolute', left: 0, top: 0, width: 100, height: 50, backgroundColor: '#ff0000' }));
    while (queue.length > 0) queue.shift()!();
    expect(errors).toHaveLength(1);
    leaky.destroy();
    stage.invalidateAll();
    while (queue.length > 0) queue.shift()!();
    const px = (x: number, y: number) => Array.from(canvas.getContext('2d').getImageData(x, y, 1, 1).data);
    expect(px(5, 5)).toEqual([255, 0, 0, 255]);
    expect(px(50, 25)).toEqual([255, 0, 0, 255]); // outside the leaked 10 px clip: painted too
  });
});

describe('paint errors in region repaints', () => {
  it('STAGE8 a region paint that throws after save() does not clip away the other regions of the same frame', async () => {
    const canvas = createCanvas(100, 50);
    const queue: Array<() => void> = [];
    const stage = new Stage({
      canvas: canvas as unknown as PlatformCanvas,
      layout: await createYogaLayoutEngine(),
      frames: { requestAnimationFrame: (cb) => queue.push(() => cb(0)), cancelAnimationFrame: () => {} },
      now: () => 0,
      onError: () => {},
    });
    stage.resize(100, 50, 1);
    const leaky = stage.root.appendChild(new LeakyNode({ position: 'absolute', left: 0, top: 0, width: 10, height: 10 }));
    const far = stage.root.appendChild(new View({ position: 'absolute', left: 80, top: 30, width: 10, height: 10, backgroundColor: '#ff0000' }));
    while (queue.length > 0) queue.shift()!();
    // Two separate dirty regions in one frame: the leaky node's box first, then the far box.
    leaky.markPaintDirty();
    far.setStyle({ backgroundColor: '#0000ff' });
    while (queue.length > 0) queue.shift()!();
    const px = Array.from(canvas.getContext('2d').getImageData(85, 35, 1, 1).data);
    expect(px).toEqual([0, 0, 255, 255]);
  });
});

describe('a widget whose paint fails is drawn empty', () => {
  it('STAGE9 the failing node is skipped on later frames (its children still paint) until it changes; onPaintError gets the node', async () => {
    const canvas = createCanvas(100, 50);
    const queue: Array<() => void> = [];
    const failures: Array<[string, Node]> = [];
    const generalErrors: unknown[] = [];
    let calls = 0;
    class Flaky extends Node {
      public override paintSelf(): void {
        calls++;
        throw new Error('flaky widget');
      }
    }
    const stage = new Stage({
      canvas: canvas as unknown as PlatformCanvas,
      layout: await createYogaLayoutEngine(),
      frames: { requestAnimationFrame: (cb) => queue.push(() => cb(0)), cancelAnimationFrame: () => {} },
      now: () => 0,
      onError: (e) => generalErrors.push(e),
      onPaintError: (e, node) => failures.push([(e as Error).message, node]),
    });
    stage.resize(100, 50, 1);
    const flaky = stage.root.appendChild(new Flaky({ position: 'absolute', left: 0, top: 0, width: 50, height: 50 }));
    flaky.appendChild(new View({ width: 10, height: 10, backgroundColor: '#00ff00' }));
    const run = (): void => {
      while (queue.length > 0) queue.shift()!();
    };
    run();
    expect(calls).toBe(1);
    expect(failures.map(([m, n]) => [m, n === flaky])).toEqual([['flaky widget', true]]);
    expect(generalErrors).toEqual([]);
    // Repainting everything does not call the broken paint again; its child still paints.
    for (let i = 0; i < 3; i++) {
      stage.invalidateAll();
      run();
    }
    expect(calls).toBe(1);
    expect(Array.from(canvas.getContext('2d').getImageData(5, 5, 1, 1).data)).toEqual([0, 255, 0, 255]);
    // A change to the widget tries it again.
    flaky.markPaintDirty();
    run();
    expect(calls).toBe(2);
    expect(failures).toHaveLength(2);
  });
});
