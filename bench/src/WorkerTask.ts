import type { Mode } from './mode.js';
import type { ProfileCase } from './ProfileWindow.js';

/** What a worker process is asked to run. */
export interface WorkerTask {
  /** `bundle`: cold open, avatars, reopen, idle on the built IIFE; `engine`: the rest, on the app from source. */
  kind: 'bundle' | 'engine';
  /** `jitless`: the process runs under `node --jitless` (no JIT, no `WebAssembly`), as on iOS. */
  mode: Mode;
  n: number;
  pr: number;
  /** Absolute path of `dist/openDataContext/index.js`. */
  bundlePath: string;
  /** Run the `bundle` cases on the app from source instead (readable profiles). */
  fromSource?: boolean;
  /** The simulated host has `createCanvas` (`--offscreen`). */
  offscreen?: boolean;
  /** Write a CPU profile of this case only to `profileFile`. */
  profileCase?: ProfileCase;
  profileFile?: string;
}
