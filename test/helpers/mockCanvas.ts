/**
 * Test doubles for the shared canvas and host images, backed by jest-canvas-mock (see
 * test/setup/canvasMock.ts). The mock records every call in `ctx.__getEvents()` /
 * `ctx.__getDrawCalls()`; note its `measureText` width is the string length, and its 5-argument
 * `drawImage` records the wrong size, so assert on `vi.mocked(ctx.drawImage).mock.calls`.
 */
import type { Canvas2D, PlatformCanvas, PlatformImage } from '../../src/host/types.js';

const g = globalThis as unknown as {
  HTMLCanvasElement: new () => object;
  HTMLImageElement: new () => object;
};

/** A mock canvas element whose 2D context records draw calls. */
export interface MockCanvas extends PlatformCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): MockContext;
}

/** The recording context returned by a mock canvas. */
export type MockContext = Canvas2D & {
  __getEvents(): Array<{ type: string; props: Record<string, unknown>; transform: number[] }>;
  __getDrawCalls(): Array<{ type: string; props: Record<string, unknown>; transform: number[] }>;
  __getPath(): Array<{ type: string; props: Record<string, unknown> }>;
  __clearEvents(): void;
  __clearDrawCalls(): void;
};

/** Creates a mock canvas of the given backing-store size. */
export function createMockCanvas(width = 300, height = 150): MockCanvas {
  const CanvasClass = g.HTMLCanvasElement;
  const canvas = new CanvasClass() as MockCanvas;
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** A mock host image (accepted by the mock's drawImage) with a settable natural size. */
export function createMockImage(width = 64, height = 64): PlatformImage {
  const ImageClass = g.HTMLImageElement;
  const img = new ImageClass() as PlatformImage & { naturalWidth: number; naturalHeight: number };
  img.width = width;
  img.height = height;
  img.naturalWidth = width;
  img.naturalHeight = height;
  return img;
}
