// What an open data domain cannot run (../shared/PLATFORM.md, "What a real open data domain lacks"):
// no WebAssembly, no code generation from strings, ES2018. The build, `friendcanvas build` and the
// tests scan shipped code with these patterns.

/**
 * The last line of the prebuilt bundle (`dist/openDataContext/index.js`, added by scripts/build.mjs):
 * how `friendcanvas init` knows an `index.js` it may replace (an older prebuilt bundle) from one it
 * must not (the game's own script, or its own `friendcanvas build`).
 */
export const STOCK_BUNDLE_STAMP = '/*! friendcanvas: prebuilt open data domain bundle (npx friendcanvas init) */';

/** Each forbidden construct with the pattern that finds it in (minified) JavaScript. */
export const FORBIDDEN_TOKENS = [
  { name: 'WebAssembly', pattern: /\bWebAssembly\b/ },
  // Called bare (not a method definition such as `eval(n) {…}`), through a global object (`globalThis.eval(…)`,
  // `globalThis['eval'](…)`) or indirectly (`(0, eval)(…)`); a method of another object named `eval` is not flagged.
  {
    name: 'eval',
    pattern: /(^|[^\w$.])eval\s*\((?![^()]*\)\s*\{)|(^|[^\w$.])(?:globalThis|window|self|global|GameGlobal)\s*(?:\.\s*eval|\[\s*["'`]eval["'`]\s*\])\s*\(|,\s*eval\s*\)/,
  },
  {
    name: 'Function constructor',
    pattern: /(^|[^\w$.])(?:new\s+)?Function\s*\(|(^|[^\w$.])(?:globalThis|window|self|global|GameGlobal)\s*(?:\.\s*Function|\[\s*["'`]Function["'`]\s*\])\s*\(/,
  },
  { name: 'TextDecoder', pattern: /\bTextDecoder\b/ },
  { name: 'import.meta', pattern: /\bimport\.meta\b/ },
  // BigInt literals (`1n`) never get this far: esbuild's es2018 target refuses them.
  { name: 'BigInt', pattern: /\bBigInt(64)?\b/ },
];

/** Names of the forbidden constructs `code` contains (empty when it is fit for an open data domain). */
export function findForbidden(code) {
  return FORBIDDEN_TOKENS.filter((t) => t.pattern.test(code)).map((t) => t.name);
}
