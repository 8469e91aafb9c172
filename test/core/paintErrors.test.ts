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
