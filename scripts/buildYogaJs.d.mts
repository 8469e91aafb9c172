/** Types for scripts/buildYogaJs.mjs (imported by tests and the vitest global setup). */
export declare const YOGA_JS_DIR: string;
/** Tokens the open data domain cannot run, each with the pattern that finds it in built code. */
export declare const FORBIDDEN_TOKENS: ReadonlyArray<{ name: string; pattern: RegExp }>;
/** The cache key of the generated modules: yoga and binaryen versions plus the generator's hash. */
export declare function yogaJsKey(): string;
/** Builds src/yoga/generated/ unless current; returns its directory. */
export declare function ensureYogaJs(options?: { quiet?: boolean }): string;
