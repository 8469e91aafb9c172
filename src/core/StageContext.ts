import type { Canvas2D } from '../host/types.js';
import type { ImageLoader } from '../images/index.js';
import type { LayoutEngine } from '../layout/index.js';
import type { PictureBitmaps, TextMeasurer } from '../paint/index.js';
import type { Node } from './Node.js';

/** What a node attached to a stage may ask of it. Implemented by `Stage`. */
export interface StageContext {
  readonly layout: LayoutEngine;
  readonly measurer: TextMeasurer;
  readonly images: ImageLoader | undefined;
  /** Clipped pictures kept as bitmaps on the host's offscreen canvases; absent without `createCanvas`. */
  readonly pictures?: PictureBitmaps | undefined;
  /** The drawing context (for widgets that need it outside paint, e.g. measuring). */
  readonly ctx: Canvas2D;
  /** Milliseconds from the host's monotonic clock. */
  now(): number;
  /** Layout inputs changed somewhere: run layout on the next frame. */
  invalidateLayout(): void;
  /** The pixels inside this node's box (and descendants) changed: repaint that region. */
  invalidateNode(node: Node): void;
  /** Runs `tick(now)` every frame until it returns false; returns a function that stops it. */
  addTicker(tick: (now: number) => boolean): () => void;
  /** A node that lays out on its own (virtualized list row) joined or left the stage. */
  registerLayoutRoot(node: Node, add: boolean): void;
  /** Reports an error thrown by user code (a handler, a panel) without breaking the frame. */
  reportError(error: unknown): void;
}
