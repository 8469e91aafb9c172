import type { PlatformCanvas } from '../../src/host/index.js';

/**
 * Wraps a canvas so that every assignment to its `width` or `height` made through the wrapper is
 * counted (an engine-sized canvas must never be resized by the ODC); `engineResize` changes the
 * inner canvas as an engine would, without counting.
 */
export function watchCanvasSize<C extends { width: number; height: number; getContext(type: '2d'): unknown }>(inner: C) {
  let assignments = 0;
  const canvas: PlatformCanvas = {
    get width() {
      return inner.width;
    },
    set width(v: number) {
      assignments++;
      inner.width = v;
    },
    get height() {
      return inner.height;
    },
    set height(v: number) {
      assignments++;
      inner.height = v;
    },
    getContext: (type: '2d') => inner.getContext(type) as ReturnType<PlatformCanvas['getContext']>,
  };
  return {
    canvas,
    assignments: (): number => assignments,
    engineResize: (width: number, height: number): void => {
      inner.width = width;
      inner.height = height;
    },
  };
}
