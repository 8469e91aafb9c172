// jest-canvas-mock expects a `jest` global, DOM canvas/image classes and a window. Under vitest's
// node environment we supply `vi` as `jest`, minimal stand-in classes, and install the mock onto
// globalThis with a throwaway `document` (removed again so no code mistakes node for a browser).
// It patches `HTMLCanvasElement.prototype.getContext` to return a recording CanvasRenderingContext2D.
import { vi } from 'vitest';

const g = globalThis as Record<string, unknown>;
g.jest = vi;
for (const name of ['HTMLCanvasElement', 'HTMLImageElement', 'HTMLVideoElement']) {
  if (g[name] === undefined) g[name] = class {};
}
const { setupJestCanvasMock } = (await import('jest-canvas-mock')) as unknown as {
  setupJestCanvasMock: (win: unknown) => void;
};
const hadDocument = 'document' in g;
if (!hadDocument) g.document = { createElement: () => ({}) };
setupJestCanvasMock(globalThis);
if (!hadDocument) delete g.document;
