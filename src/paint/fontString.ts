import { GENERIC_FONT_FAMILIES } from './constants.js';

/** A font description; {@link fontString} turns it into canvas `ctx.font` syntax. */
export interface FontSpec {
  /** Slant; default `'normal'`. */
  style?: 'normal' | 'italic';
  /** Weight: 1–1000, `'bold'` or `'normal'`; default `'normal'`. */
  weight?: number | 'bold' | 'normal';
  /** Font size in px (logical). */
  size: number;
  /** A family name (`PingFang SC`) or a comma-separated list (`"PingFang SC", sans-serif`). */
  family: string;
}

function quoteFamily(family: string): string {
  // A list, or a name already quoted, is passed through as the caller wrote it.
  if (family.includes(',') || /^["'].*["']$/.test(family)) return family;
  if (GENERIC_FONT_FAMILIES.has(family.toLowerCase())) return family;
  if (/\s/.test(family)) return `"${family.replace(/["\\]/g, '')}"`;
  return family;
}

/**
 * Builds a canvas `ctx.font` string such as `italic 700 16px "PingFang SC"`.
 * Throws a `RangeError`/`TypeError` for a non-positive size, an out-of-range weight or an empty family.
 *
 * @example
 * ctx.font = fontString({ weight: 'bold', size: 14, family: 'Helvetica Neue' });
 */
export function fontString(spec: FontSpec): string {
  const { style = 'normal', weight = 'normal', size, family } = spec;
  if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0) {
    throw new RangeError(`fontString: size must be a positive number of px, got ${String(size)}`);
  }
  if (typeof family !== 'string' || family.trim() === '') {
    throw new TypeError('fontString: family must be a non-empty string');
  }
  if (typeof weight === 'number' && !(Number.isFinite(weight) && weight >= 1 && weight <= 1000)) {
    throw new RangeError(`fontString: weight must be within 1..1000, got ${String(weight)}`);
  }
  if (typeof weight !== 'number' && weight !== 'bold' && weight !== 'normal') {
    throw new TypeError(`fontString: weight must be a number, "bold" or "normal", got ${String(weight)}`);
  }
  if (style !== 'normal' && style !== 'italic') {
    throw new TypeError(`fontString: style must be "normal" or "italic", got ${String(style)}`);
  }
  const parts: string[] = [];
  if (style === 'italic') parts.push('italic');
  if (weight !== 'normal' && weight !== 400) parts.push(String(weight));
  parts.push(`${size}px`);
  parts.push(quoteFamily(family.trim()));
  return parts.join(' ');
}
