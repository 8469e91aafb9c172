/** Built-ins the ODC bundle's function takes as parameters (bin/captureGlobals.mjs). */
export declare const CAPTURED_GLOBALS: readonly string[];
/** esbuild's minified IIFE with {@link CAPTURED_GLOBALS} as its function's parameters; throws on another shape or a result that does not parse. */
export declare function captureGlobals(code: string): string;
