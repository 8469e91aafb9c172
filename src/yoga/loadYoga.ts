import type { Yoga } from './yogaTypes.js';
import instantiate from './generated/yogaAsm.js';
import loadYogaGlue from './generated/yogaGlue.js';
import type { YogaGlueOptions } from './generated/yogaGlue.js';
import wrapAssembly from './generated/wrapAssembly.js';

/** Thrown when yoga cannot be instantiated (out of memory, a broken build); the reason is in `message`. */
export class YogaLoadError extends Error {
  public constructor(message: string) {
    super(`friendcanvas: yoga failed to load: ${message}`);
    this.name = 'YogaLoadError';
  }
}

/**
 * Loads yoga-layout 3 (the same C++ as the npm package, translated from its wasm binary to plain
 * JavaScript at build time) synchronously: no `WebAssembly`, no `eval`, no promise callback on the
 * way, so it works in real open data domains, which have none of them, and on hosts that run
 * Promise callbacks as timer tasks (iOS <= 15). Each call makes an independent instance (its own
 * 16 MiB heap, as yoga's wasm build allocates): nothing is shared between two apps in one process.
 *
 * @throws {YogaLoadError} when the module cannot be instantiated.
 * @example
 * const yoga = loadYogaSync();
 * const node = yoga.Node.create();
 */
export function loadYogaSync(): Yoga {
  let failure: string | undefined;
  const record = (m: unknown): void => {
    failure ??= m instanceof Error ? m.message : String(m);
  };
  // The glue's own console fallbacks (`console.log.bind(console)`) would throw on a host whose
  // console lacks `log`; it prints only diagnostics, so collect them for the error message instead.
  const options: YogaGlueOptions & { calledRun?: boolean } = {
    instantiateWasm(imports, receive) {
      receive({ exports: instantiate(imports) });
      return {};
    },
    print: () => {},
    printErr: record,
    onAbort: record,
  };
  let ready: Promise<unknown>;
  try {
    ready = loadYogaGlue(options);
  } catch (err) {
    throw new YogaLoadError(failure ?? (err instanceof Error ? err.message : String(err)));
  }
  // A failure also rejects the glue's `ready` promise; nobody else awaits it, so keep it handled.
  ready.then(undefined, () => {});
  // `instantiateWasm` delivers the exports synchronously, so the glue has run to completion (or failed) here.
  if (options.calledRun !== true) throw new YogaLoadError(failure ?? 'the module did not initialise');
  return wrapAssembly(options);
}

/**
 * Same contract as `loadYoga` from `yoga-layout/load`: resolves with a yoga instance. The work is
 * synchronous (see {@link loadYogaSync}); the promise exists for drop-in compatibility.
 *
 * @example
 * const yoga = await loadYoga();
 */
export function loadYoga(): Promise<Yoga> {
  try {
    return Promise.resolve(loadYogaSync());
  } catch (err) {
    return Promise.reject(err);
  }
}
