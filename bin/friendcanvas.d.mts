/** Adds `"openDataContext": "openDataContext"` to a JSON config's text; `note` says what happened. */
export declare function registerOdc(text: string): { text: string; note: string };
