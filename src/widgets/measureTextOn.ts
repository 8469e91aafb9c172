import type { Node } from '../core/index.js';

/**
 * The width of `text` in `font` (a CSS font string), logical px, as the stage `node` is attached to
 * measures it: the cached measurer `Text` lays out with, so a panel sizing a column to its texts
 * agrees with how they are drawn. `undefined` while `node` is detached (no stage, no canvas to measure
 * on): estimate, and measure again once it is attached.
 *
 * @example
 * const w = measureTextOn(panelRoot, '600 16px sans-serif', '12,345') ?? 6 * 16 * 0.6;
 */
export function measureTextOn(node: Node, font: string, text: string): number | undefined {
  return node.stage?.measurer.measure(font, text);
}
