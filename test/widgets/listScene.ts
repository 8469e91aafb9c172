/** Shared setup of the List tests: a list of tappable rows on a manual-clock stage. */
import { Node } from '../../src/core/index.js';
import { createOpenDataHost } from '../../src/host/index.js';
import type { RawTouchListener } from '../../src/host/index.js';
import { InputRouter } from '../../src/input/index.js';
import { List, Text, View } from '../../src/widgets/index.js';
import type { ListProps } from '../../src/widgets/index.js';
import { createHarness } from '../input/harness.js';
import type { Harness } from '../input/harness.js';

/** A row of three nodes (box, avatar, label) that records the index it shows. */
export class Row extends View {
  public index = -1;
  public pressed = false;
  public readonly label: Text;
  public constructor() {
    super({ flexDirection: 'row', alignItems: 'center', padding: 4, backgroundColor: '#fff' });
    this.appendChild(new View({ width: 20, height: 20, backgroundColor: '#ccc' }));
    this.label = this.appendChild(new Text('', { fontSize: 12, maxLines: 1, flexShrink: 1 }));
  }
  public override setPressed(p: boolean): void {
    this.pressed = p;
  }
}

/** Nodes per row (row box + avatar + label). */
export const NODES_PER_ROW = 3;

export type Send = (phase: 'start' | 'move' | 'end' | 'cancel', id: number, screenX: number, screenY: number, t: number) => void;

export interface ListScene {
  h: Harness;
  list: List;
  input: InputRouter;
  taps: number[];
  /** Forwarded `pointer` messages. */
  message: Send;
  /** Native host touch listeners (through createOpenDataHost). */
  native: Send;
}

/** A stage of `width × height` with a list filling it below `top` px of header. */
export async function listScene(
  props: Partial<ListProps> & { count: number },
  options: { width?: number; height?: number; pixelRatio?: number; top?: number } = {},
): Promise<ListScene> {
  const h = await createHarness(options.width ?? 200, options.height ?? 300, options.pixelRatio ?? 1);
  const taps: number[] = [];
  h.stage.root.appendChild(new View({ height: options.top ?? 0, flexShrink: 0 }));
  const list: List = new List(
    {
      rowHeight: 50,
      createRow: () => {
        const row = new Row();
        row.onTap = () => taps.push(list.indexOfRow(row));
        return row;
      },
      bindRow: (row: Node, i: number) => {
        (row as Row).index = i;
        (row as Row).label.setText(`Row ${i}`);
      },
      ...props,
    },
    { flexGrow: 1 },
  );
  h.stage.root.appendChild(list);
  h.settle();
  const input = new InputRouter(h.stage);
  const listeners: Record<string, RawTouchListener> = {};
  const host = createOpenDataHost(
    {
      onMessage: () => {},
      getSharedCanvas: () => h.canvas,
      onTouchStart: (cb) => (listeners.start = cb),
      onTouchMove: (cb) => (listeners.move = cb),
      onTouchEnd: (cb) => (listeners.end = cb),
      onTouchCancel: (cb) => (listeners.cancel = cb),
    },
    { setTimeout, clearTimeout, performance: { now: () => h.now() } },
  );
  input.listen(host.onTouch);
  const message: Send = (phase, id, x, y, t) => input.pointer(phase, id, x, y, t);
  const native: Send = (phase, id, x, y, t) =>
    listeners[phase]!({ changedTouches: [{ identifier: id, pageX: x, pageY: y }], touches: [], timeStamp: t });
  return { h, list, input, taps, message, native };
}
