import type { FrameHost } from './FrameScheduler.js';
import type { ImageLoader } from '../images/index.js';
import type { LayoutEngine } from '../layout/index.js';
import type { TextMeasurer } from '../paint/index.js';
import type { PlatformCanvas } from '../host/types.js';
import type { Node } from './Node.js';

/** What a stage needs from its host. */
export interface StageOptions {
  canvas: PlatformCanvas;
  layout: LayoutEngine;
  frames: FrameHost;
  /** Monotonic clock in ms. */
  now: () => number;
  /** Text measurer; default: a cached measurer over the canvas context. */
  measurer?: TextMeasurer;
  images?: ImageLoader;
  /** The host's offscreen canvases (`createCanvas`): clipped pictures are then kept as bitmaps ({@link PictureBitmaps}). */
  createCanvas?: (() => PlatformCanvas) | undefined;
  /** Receives errors thrown by user code during a frame (handlers, panels). Never rethrown. */
  onError?: (error: unknown) => void;
  /**
   * Receives an error thrown by a node's paint code; the node is drawn empty (its children still paint)
   * until it changes, and the rest of the tree paints as usual. Default: `onError`.
   */
  onPaintError?: (error: unknown, node: Node) => void;
  /** Receives host failures (e.g. `requestAnimationFrame` throwing). Default: `onError`. */
  onHostError?: (error: unknown) => void;
}

/** Counters for tests and benchmarks. */
export interface StageStats {
  /** Frames run. */
  frames: number;
  /** Layout passes (frames where some layout was dirty). */
  layouts: number;
  /** Full-canvas repaints. */
  fullPaints: number;
  /** Partial repaints (one per dirty rectangle). */
  regionPaints: number;
  /** Partial repaints that started at a node covering the region with opaque paint (what lay under it skipped). */
  coveredPaints: number;
  /** Nodes whose `paintSelf` ran. */
  nodesPainted: number;
}
