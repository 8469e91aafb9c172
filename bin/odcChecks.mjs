// What an open data domain cannot run (../shared/PLATFORM.md, "What a real open data domain lacks"):
// no WebAssembly, no code generation from strings, ES2018. The build, `friendcanvas build` and the
// tests scan shipped code with these patterns.

/** Each forbidden construct with the pattern that finds it in (minified) JavaScript. */
export const FORBIDDEN_TOKENS = [
  { name: 'WebAssembly', pattern: /\bWebAssembly\b/ },
  // Called bare, through a global object (`globalThis.eval(…)`) or indirectly (`(0, eval)(…)`); a method of
  // another object that happens to be called `eval` is not flagged.
  { name: 'eval', pattern: /(^|[^\w$.])eval\s*\(|\b(?:globalThis|window|self|global|GameGlobal)\s*\.\s*eval\b|,\s*eval\s*\)/ },
  { name: 'Function constructor', pattern: /(^|[^\w$.])Function\s*\(|\b(?:globalThis|window|self|global|GameGlobal)\s*\.\s*Function\b/ },
  { name: 'TextDecoder', pattern: /\bTextDecoder\b/ },
  { name: 'import.meta', pattern: /\bimport\.meta\b/ },
  // BigInt literals (`1n`) never get this far: esbuild's es2018 target refuses them.
  { name: 'BigInt', pattern: /\bBigInt(64)?\b/ },
];

/** Names of the forbidden constructs `code` contains (empty when it is fit for an open data domain). */
export function findForbidden(code) {
  return FORBIDDEN_TOKENS.filter((t) => t.pattern.test(code)).map((t) => t.name);
}
