/**
 * How a worker process runs JavaScript: `jit` is plain `node`; `jitless` is `node --jitless`, the
 * nearest stand-in here for iOS, where an open data domain runs interpreted (JavaScriptCore inside
 * the app, no JIT) and has no `WebAssembly` (PLATFORM.md, "What a real open data domain lacks").
 */
export type Mode = 'jit' | 'jitless';

/** Every mode, in the order runs and table columns use. */
export const MODES: readonly Mode[] = ['jit', 'jitless'];

/** Column label of a mode. */
export const MODE_LABEL: Readonly<Record<Mode, string>> = { jit: 'JIT', jitless: 'jitless' };

/** Node flags a worker of `mode` is started with (besides `--expose-gc`). */
export function modeFlags(mode: Mode): string[] {
  // Node then warns "disabling flag --expose_wasm" on stderr, which is shown only when a worker fails.
  return mode === 'jitless' ? ['--jitless'] : [];
}

/** The mode of this process, from its own flags (`--jitless` on the command line or in NODE_OPTIONS). */
export function currentMode(): Mode {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return flags.includes('--jitless') ? 'jitless' : 'jit';
}
