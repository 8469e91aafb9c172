import { FONT_RANGES, FONT_WEIGHT_STEP, MAX_FONT_FAMILY_LENGTH, MAX_QUOTED_VALUE_LENGTH, METRIC_RANGES_PX } from './constants.js';
import { parseColor } from './parseColor.js';
import { toCssColor } from './toCssColor.js';
import type { AvatarShape, ColorToken, FontNumberToken } from './ThemeTokens.js';

/** A validated value, or the reason it was rejected. */
export type TokenCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Every colour token, as a table so the compiler catches a token missing here. */
export const COLOR_TOKENS: Readonly<Record<ColorToken, true>> = {
  background: true,
  surface: true,
  text: true,
  textSecondary: true,
  accent: true,
  accentText: true,
  divider: true,
  selfHighlight: true,
  medalGold: true,
  medalSilver: true,
  medalBronze: true,
  buttonBackground: true,
  buttonText: true,
  buttonPressed: true,
  buttonDisabled: true,
  buttonDisabledText: true,
  buttonSuccess: true,
  buttonError: true,
  skeleton: true,
  scrollbar: true,
  overlay: true,
};

const AVATAR_SHAPES: Readonly<Record<AvatarShape, true>> = { circle: true, rounded: true, square: true };
const WEIGHT_KEYWORDS: Readonly<Record<string, number>> = { normal: 400, bold: 700 };

/** Quotes a rejected value for an error message, shortened (theme values come from the game, never friends). */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > MAX_QUOTED_VALUE_LENGTH ? value.slice(0, MAX_QUOTED_VALUE_LENGTH) + '…' : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** True when `key` is an own key of `table` (so `__proto__` or `constructor` never match). */
/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasKey<K extends string>(table: Readonly<Record<K, unknown>>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Validates a colour and normalises it to `#rrggbb` / `rgba()`, which every canvas parses. */
export function checkColor(value: unknown): TokenCheck<string> {
  const parsed = parseColor(value);
  return parsed ? { ok: true, value: toCssColor(parsed) } : { ok: false, reason: `${quote(value)} is not a supported colour` };
}

/** Validates a number against an inclusive range. */
export function checkRange(value: unknown, [min, max]: readonly [number, number], unit: string): TokenCheck<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    return { ok: false, reason: `${quote(value)} is not a number from ${min} to ${max}${unit}` };
  }
  return { ok: true, value };
}

/** Validates a numeric font token: sizes by range, weights as 100…900 in steps of 100 or normal/bold. */
export function checkFontNumber(token: FontNumberToken, value: unknown): TokenCheck<number> {
  if (token === 'weightBold' || token === 'weightNormal') {
    const weight = typeof value === 'string' && hasKey(WEIGHT_KEYWORDS, value) ? WEIGHT_KEYWORDS[value] : value;
    const checked = checkRange(weight, FONT_RANGES[token], '');
    if (checked.ok && checked.value % FONT_WEIGHT_STEP === 0) return checked;
    return { ok: false, reason: `${quote(value)} is not a font weight (100-900 in steps of 100, normal or bold)` };
  }
  return checkRange(value, FONT_RANGES[token], ' px');
}

/** Validates a font-family list: a short string that cannot break out of the canvas `font` shorthand. */
export function checkFontFamily(value: unknown): TokenCheck<string> {
  const family = typeof value === 'string' ? value.trim() : '';
  if (family === '' || family.length > MAX_FONT_FAMILY_LENGTH || /[;{}\u0000-\u001F\u007F]/.test(family)) {
    return { ok: false, reason: `${quote(value)} is not a font family (1-${MAX_FONT_FAMILY_LENGTH} characters, no ; { } or control characters)` };
  }
  return { ok: true, value: family };
}

/** Validates an avatar shape. */
export function checkAvatarShape(value: unknown): TokenCheck<AvatarShape> {
  return typeof value === 'string' && hasKey(AVATAR_SHAPES, value)
    ? { ok: true, value }
    : { ok: false, reason: `${quote(value)} is not one of circle, rounded, square` };
}
