import { describe, expect, it, vi } from 'vitest';
import { View } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';

describe('View', () => {
  it('VIEW1 a square box fills its background with one fillRect at its origin', async () => {
    const h = await createHarness();
    h.stage.root.appendChild(new View({ width: 30, height: 20, backgroundColor: '#ff0000' }));
    h.frames.flush();
    expect(vi.mocked(h.ctx.fillRect).mock.calls).toEqual([[0, 0, 30, 20]]);
  });

  it('VIEW2 a rounded box fills a rounded path; the border is stroked inside the box', async () => {
    const h = await createHarness();
    h.stage.root.appendChild(
      new View({ width: 30, height: 20, backgroundColor: '#fff', borderRadius: 6, borderWidth: 2, borderColor: '#000' }),
    );
    h.frames.flush();
    const types = h.ctx.__getEvents().map((e) => e.type);
    expect(vi.mocked(h.ctx.fillRect)).not.toHaveBeenCalled();
    expect(types).toContain('fill');
    expect(types.indexOf('fill')).toBeLessThan(types.indexOf('stroke'));
    expect(h.ctx.lineWidth).toBe(2);
    // The stroke path (its moveTo + 4 lineTo) runs one half border width in: x from 1 to 29.
    const moves = h.ctx.__getEvents().filter((e) => e.type === 'moveTo' || e.type === 'lineTo').map((e) => (e.props as { x: number }).x);
    expect(Math.min(...moves.slice(-5))).toBe(1);
    expect(Math.max(...moves.slice(-5))).toBe(29);
  });

  it('VIEW3 a zero-size or transparent box draws nothing', async () => {
    const h = await createHarness();
    h.stage.root.appendChild(new View({ width: 0, height: 20, backgroundColor: '#f00' }));
    h.stage.root.appendChild(new View({ width: 10, height: 20 }));
    h.frames.flush();
    expect(h.ctx.__getDrawCalls().filter((d) => d.type !== 'clearRect')).toEqual([]);
  });
});
