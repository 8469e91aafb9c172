import { NON_FINITE_SCORE_TEXT } from './constants.js';
import { fixedDigits, groupDigits, integerDigits } from './digits.js';
import type { ScoreFormat } from './ScoreFormat.js';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** Adds the minus sign unless the rendered magnitude is zero (so -0.001 never shows as "-0"). */
function signed(negative: boolean, text: string): string {
  return negative && /[1-9]/.test(text) ? '-' + text : text;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatTime(score: number, unit: 'ms' | 's'): string {
  const totalMs = Math.round(Math.abs(unit === 's' ? score * MS_PER_SECOND : score));
  const hours = Math.floor(totalMs / MS_PER_HOUR);
  const minutes = Math.floor((totalMs % MS_PER_HOUR) / MS_PER_MINUTE);
  const seconds = Math.floor((totalMs % MS_PER_MINUTE) / MS_PER_SECOND);
  const ms = totalMs % MS_PER_SECOND;
  const tail = `${pad(seconds, 2)}.${pad(ms, 3)}`;
  const text = hours > 0 ? `${integerDigits(hours)}:${pad(minutes, 2)}:${tail}` : `${minutes}:${tail}`;
  return signed(score < 0, text);
}

/**
 * Renders a score for display, without `Intl` (hosts may lack it). Non-finite scores render as an
 * em dash. Negative scores keep their sign; huge ones print all digits, never exponent notation.
 *
 * @example
 * formatScore(1234567, { kind: 'integer', grouping: true }); // "1,234,567"
 * formatScore(83456, { kind: 'time', unit: 'ms' }); // "1:23.456"
 * formatScore(12.5, { kind: 'suffix', suffix: ' km', decimals: 1 }); // "12.5 km"
 */
export function formatScore(score: number, format: ScoreFormat): string {
  if (!Number.isFinite(score)) return NON_FINITE_SCORE_TEXT;
  switch (format.kind) {
    case 'time':
      return formatTime(score, format.unit === 's' ? 's' : 'ms');
    case 'suffix': {
      const decimals = format.decimals !== undefined && Number.isInteger(format.decimals) && format.decimals > 0 ? Math.min(format.decimals, 20) : 0;
      return signed(score < 0, fixedDigits(Math.abs(score), decimals)) + (typeof format.suffix === 'string' ? format.suffix : '');
    }
  }
  // 'integer', and the fallback for a malformed format from untyped code.
  const integer = format as { grouping?: boolean; separator?: unknown };
  const separator = typeof integer.separator === 'string' ? integer.separator : undefined;
  const digits = integerDigits(Math.round(Math.abs(score)));
  const grouping = integer.grouping ?? separator !== undefined;
  return signed(score < 0, grouping ? groupDigits(digits, separator ?? ',') : digits);
}
