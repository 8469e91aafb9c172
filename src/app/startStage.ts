import { Stage } from '../core/index.js';
import type { Node } from '../core/index.js';
import type { DiagnosticsRecorder } from '../diagnostics/index.js';
import type { OpenDataHost } from '../host/types.js';
import { createImageLoader } from '../images/index.js';
import type { ImageLoader } from '../images/index.js';
import { InputRouter } from '../input/index.js';
import type { LayoutEngine } from '../layout/index.js';
import type { CanvasOwner } from '../protocol/index.js';
import { CanvasPlacement } from './CanvasPlacement.js';
import { ThemeImagePreloader } from './ThemeImagePreloader.js';

/** The running stage and what feeds it. */
export interface StageParts {
  readonly stage: Stage;
  readonly input: InputRouter;
  readonly images: ImageLoader;
  readonly placement: CanvasPlacement;
  /** Holds the theme's images in `images` and warns once per image that fails. */
  readonly themeImages: ThemeImagePreloader;
  /** Stops native touches and frees the stage, the input router and the image loader. */
  dispose(): void;
}

/** What {@link startStage} reports to. */
export interface StageSinks {
  readonly diagnostics: DiagnosticsRecorder;
  /** An error from panel code (tap handlers, tickers, layout hooks): contained by the app. */
  onError(error: unknown): void;
  /** An error from one node's paint code: that node is drawn empty, the panel keeps working. */
  onPaintError(error: unknown, node: Node): void;
  warn(message: string): void;
}

/**
 * Builds the stage on the shared canvas with one image loader, places it where the guide assumes until
 * a viewport arrives, and routes the host's native touches (if any) into the input router.
 */
export function startStage(host: OpenDataHost, layout: LayoutEngine, owner: CanvasOwner | undefined, sinks: StageSinks): StageParts {
  const canvas = host.getSharedCanvas();
  const diagnostics = sinks.diagnostics;
  diagnostics.recordInitialCanvas(canvas);
  const images = createImageLoader({
    createImage: () => host.createImage(),
    setTimeout: (cb, ms) => host.setTimeout(cb, ms),
    clearTimeout: (id) => host.clearTimeout(id),
    now: () => host.now(),
  });
  const stage = new Stage({
    canvas,
    layout,
    frames: diagnostics.timeFrames(host),
    now: () => host.now(),
    images,
    createCanvas: host.createCanvas,
    onError: (e) => sinks.onError(e),
    onPaintError: (e, node) => sinks.onPaintError(e, node),
    // A host refusing a frame is not the panel's fault: warn, keep the panel (the next request retries).
    onHostError: (e) => sinks.warn(`friendcanvas: host error: ${e instanceof Error ? e.message : String(e)}`),
  });
  const input = new InputRouter(stage);
  const themeImages = new ThemeImagePreloader(images, (m) => sinks.warn(m), (flush) => {
    stage.addTicker(() => {
      flush();
      return false;
    });
  });
  const placement = new CanvasPlacement(host, canvas, stage, input, owner);
  placement.placeInitially();
  diagnostics.attach(canvas, stage, input);
  const stopTouches = host.onTouch?.((phase, id, x, y, t) => {
    try {
      diagnostics.recordTouch('native', phase, id, x, y);
      placement.noteTouch((m) => sinks.warn(m));
      input.pointer(phase, id, x, y, t);
    } catch (err) {
      sinks.onError(err);
    }
  });
  return {
    stage,
    input,
    images,
    placement,
    themeImages,
    dispose: () => {
      stopTouches?.();
      themeImages.dispose();
      input.dispose();
      images.dispose();
      stage.dispose();
    },
  };
}
