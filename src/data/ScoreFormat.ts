/**
 * How a score is displayed.
 * - `integer`: rounded to a whole number; `grouping` (default: on when `separator` is given) inserts
 *   `separator` (default ',') every three digits.
 * - `time`: the score is a duration in `unit` (default 'ms'), shown as m:ss.SSS, or h:mm:ss.SSS from one hour.
 * - `suffix`: `decimals` (default 0) fixed decimals followed by `suffix` (e.g. ' pts').
 */
export type ScoreFormat =
  | { kind: 'integer'; grouping?: boolean; separator?: string }
  | { kind: 'time'; unit?: 'ms' | 's' }
  | { kind: 'suffix'; suffix: string; decimals?: number };
