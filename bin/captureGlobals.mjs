// An ODC bundle's outer function takes the built-ins it reads as parameters, bound once at load.
//
// Inside a function, a built-in such as `Math` or `NaN` is a lookup on the global object each time it
// is read. Engines make that cheap on an ordinary global, but not every host's global is ordinary: a
// Node `vm` context (the harness the tests and the benchmark run the bundle in, as a stand-in for a
// device) answers each one through an interceptor, about 100x slower than a local (3 million reads of
// `Math.max` and `Number.isFinite`: 21 ms in the main context, 2.3 s in a vm context, 24 ms captured),
// and mini-game hosts may wrap a script's globals in a sandbox of their own. Captured as parameters, each
// is a local read wherever the bundle runs; the values are the host's own, read when the script starts.

import { Script } from 'node:vm';

/**
 * Built-ins of ES2015 that every open data domain has (a missing one would throw at load): the ones
 * the bundle reads per friend, per node or per frame. `setTimeout`, `console`, `Intl`, `globalThis` and
 * the like are left to the global object: hosts may lack them or install them later.
 */
export const CAPTURED_GLOBALS = Object.freeze([
  'Object', 'Math', 'Number', 'NaN', 'String', 'Array', 'Error', 'RangeError', 'TypeError', 'Set', 'Map', 'WeakMap', 'WeakSet',
  'Promise', 'JSON', 'Symbol', 'RegExp', 'Date', 'parseInt', 'parseFloat', 'ArrayBuffer', 'Float32Array', 'Float64Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array',
]);

const STRICT = '"use strict";';
const HEAD = '(()=>{';
const TAIL = '})();';

/** Comments esbuild may leave after the IIFE (legal comments: `/*! */`, `//!`, `@license`, `@preserve`). */
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/**
 * Rewrites esbuild's minified IIFE (`(()=>{…})();`, after an optional `"use strict";`, then comments
 * only) so its function takes {@link CAPTURED_GLOBALS} as parameters and is called with them. Throws
 * when the code has another shape (an esbuild upgrade changed it) or the result does not parse: the
 * caller decides whether that fails the build (ours) or ships the bundle unwrapped (`friendcanvas build`).
 */
export function captureGlobals(code) {
  const start = code.startsWith(STRICT) ? STRICT.length : 0;
  const end = code.lastIndexOf(TAIL);
  const rest = end < 0 ? '' : code.slice(end + TAIL.length);
  if (!code.startsWith(HEAD, start) || end < start || rest.replace(COMMENTS, '').trim() !== '') {
    throw new Error(`captureGlobals: expected a minified IIFE "${HEAD}…${TAIL}" followed by comments only`);
  }
  const names = CAPTURED_GLOBALS.join(',');
  const wrapped = `${code.slice(0, start)}((${names})=>{${code.slice(start + HEAD.length, end)}})(${names});${rest}`;
  // Compiled, never run: a top-level declaration named like a parameter would be a SyntaxError here, not on a device.
  new Script(wrapped, { filename: 'captureGlobals-check.js' });
  return wrapped;
}
