import { it, expect } from 'vitest';
import { Stage } from '../../src/core/index.js';
import { createYogaLayoutEngine } from '../../src/layout/index.js';
import { View, Text, Button } from '../../src/widgets/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

it('smoke', async () => {
  const layout = await createYogaLayoutEngine();
  const canvas = createMockCanvas(300, 200);
  const q: Array<() => void> = [];
  const stage = new Stage({ canvas, layout, frames: { requestAnimationFrame: (cb) => { q.push(() => cb(0)); return q.length; }, cancelAnimationFrame: () => {} }, now: () => 0 });
  stage.resize(100, 50, 3);
  const row = stage.root.appendChild(new View({ flexDirection: 'row', padding: 4, backgroundColor: '#fff' }));
  const t = row.appendChild(new Text('Hello world this wraps', { fontSize: 10, flexShrink: 1 }));
  row.appendChild(new Button({ label: 'Go' }, { width: 30, height: 20, backgroundColor: 'red' }));
  while (q.length) q.shift()!();
  console.log(canvas.width, canvas.height, row.width, row.height, t.width, t.height, t.lines, layout.liveNodes, stage.stats);
  expect(stage.isIdle).toBe(true);
  stage.dispose();
  expect(layout.liveNodes).toBe(0);
});
