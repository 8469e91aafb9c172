/** Built-ins the ODC bundle's function takes as parameters (scripts/captureGlobals.mjs). */
export declare const CAPTURED_GLOBALS: readonly string[];
/** esbuild's minified IIFE with {@link CAPTURED_GLOBALS} as its function's parameters; throws on another shape. */
export declare function captureGlobals(code: string): string;
