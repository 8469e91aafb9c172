/**
 * Runs the built ODC bundle the way a device runs it: a `vm` context whose global has only the host
 * (`tt`) and `console`, `WebAssembly` undefined, and code generation from strings refused
 * (`eval`/`new Function` throw), as in a real open data domain (../shared/PLATFORM.md, "What a
 * real open data domain lacks"). Draws on a real raster canvas (@napi-rs/canvas).
 */
import { createCanvas, Image as NapiImage } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { createSimulatedHost, generateFriends } from '../../src/testing/index.js';
import { differingPixels, opaquePixels } from '../helpers/canvasPixels.js';
import { watchCanvasSize } from '../helpers/watchCanvasSize.js';
import type { RawFriend, SimulatedHost, SimulatedHostOptions } from '../../src/testing/index.js';
import type { PlatformCanvas, PlatformImage } from '../../src/host/index.js';

export const BUNDLE = fileURLToPath(new URL('../../dist/openDataContext/index.js', import.meta.url));

/** Options of {@link bootStrict}. */
export interface StrictBootOptions {
  friends?: readonly RawFriend[];
  width?: number;
  height?: number;
  /** Extra context globals; `Intl: undefined` removes `Intl.Segmenter` and everything else of Intl. */
  globals?: Record<string, unknown>;
  sim?: Partial<SimulatedHostOptions>;
  /** The script to run; default the built ODC bundle. */
  bundle?: string;
  /** The canvas's backing-store size (as an engine set it); default width × height. */
  canvasSize?: { width: number; height: number };
  /** Hand the ODC a wrapper that counts assignments to the canvas's width and height. */
  watchCanvasSize?: boolean;
  /** Global names whose reads by code in the context are counted (each still gives the context's own value). */
  countReads?: readonly string[];
}

/** A booted strict ODC with its controls. */
export interface StrictOdc {
  canvas: Canvas;
  sim: SimulatedHost;
  warnings: string[];
  /** Posts a message from the main domain and runs what is due. */
  post(message: object): void;
  /** Advances simulated time in 50 ms steps (frames and timers run; host answers' promise callbacks run between steps). */
  settle(ms?: number): Promise<void>;
  /** Opaque pixels on the canvas. */
  opaquePixels(): number;
  /** The canvas pixels (RGBA), for comparisons. */
  pixels(): Uint8ClampedArray;
  /** What `typeof` gives inside the context, for proving what it lacks. */
  typeOf(expression: string): string;
  /** Assignments to the canvas's width or height made by the ODC (with `watchCanvasSize`). */
  sizeAssignments(): number;
  /** Reads of each `countReads` name so far. */
  reads: Readonly<Record<string, number>>;
  /** Runs `code` in the context (for checks; its global reads count too). */
  run(code: string): unknown;
}

export function bootStrict(options: StrictBootOptions = {}): StrictOdc {
  const width = options.width ?? 300;
  const height = options.height ?? 400;
  const canvas = createCanvas(options.canvasSize?.width ?? width, options.canvasSize?.height ?? height);
  const watched = watchCanvasSize(canvas);

  const sim = createSimulatedHost({
    canvas: options.watchCanvasSize === true ? watched.canvas : (canvas as unknown as PlatformCanvas),
    createImage: () => new NapiImage() as unknown as PlatformImage,
    friends: options.friends ?? generateFriends(30, { seed: 7 }),
    images: () => 'error',
    clock: 'manual',
    systemInfo: { windowWidth: width, windowHeight: height, pixelRatio: 1 },
    ...options.sim,
  });
  const warnings: string[] = [];
  const note = (m: unknown): void => void warnings.push(String(m));
  const sandbox: Record<string, unknown> = { tt: sim.odcGlobal, console: { warn: note, log: note, error: note }, WebAssembly: undefined, ...options.globals };
  const context = createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  // A counted name becomes a getter on the sandbox, which the context's global consults first.
  const reads: Record<string, number> = {};
  for (const name of options.countReads ?? []) {
    const value: unknown = runInContext(name, context);
    reads[name] = 0;
    Object.defineProperty(sandbox, name, {
      configurable: true,
      get: () => {
        reads[name]!++;
        return value;
      },
    });
  }
  runInContext(readFileSync(options.bundle ?? BUNDLE, 'utf8'), context, { filename: 'openDataContext/index.js' });
  const post = (m: object): void => {
    sim.mainGlobal.getOpenDataContext!().postMessage(m);
    sim.flush();
  };
  const settle = async (ms = 1000): Promise<void> => {
    for (let i = 0; i < ms / 50; i++) {
      sim.advance(50);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const pixels = (): Uint8ClampedArray => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;

  const typeOf = (expression: string): string => String(runInContext(`typeof ${expression}`, context));
  const run = (code: string): unknown => runInContext(code, context);
  return { canvas, sim, warnings, post, settle, opaquePixels: () => opaquePixels(canvas), pixels, typeOf, sizeAssignments: watched.assignments, reads, run };
}

export { differingPixels };
