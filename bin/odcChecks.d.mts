/** Each forbidden construct with the pattern that finds it in (minified) JavaScript. */
export declare const FORBIDDEN_TOKENS: ReadonlyArray<{ name: string; pattern: RegExp }>;
/** Names of the forbidden constructs `code` contains (empty when it is fit for an open data domain). */
export declare function findForbidden(code: string): string[];
