/** Types for scripts/apiReport.mjs (imported by test/apiReport.test.ts). */
export interface ApiEntry {
  /** The specifier users import, e.g. `friendcanvas/engine`. */
  readonly name: string;
  /** Its source, relative to the project root. */
  readonly source: string;
  /** Its report, relative to the project root. */
  readonly report: string;
}
export interface ApiReportOptions {
  /** The project root (tsconfig.json and the sources); this repository by default. */
  root?: string;
  entries?: readonly ApiEntry[];
  /** Source text to use instead of a file's (path relative to root → text). */
  overrides?: Readonly<Record<string, string>>;
}
export interface StaleReport {
  readonly path: string;
  readonly expected: string;
  readonly actual: string | undefined;
}
/** The public entries and where their reports go. */
export declare const API_ENTRIES: readonly ApiEntry[];
/** The command that rewrites the reports. */
export declare const UPDATE_COMMAND: string;
/** Every entry's report: report path (relative to root) → text. */
export declare function generateApiReports(options?: ApiReportOptions): Map<string, string>;
/** The reports that differ from the files checked in. */
export declare function checkApiReports(options?: ApiReportOptions): StaleReport[];
