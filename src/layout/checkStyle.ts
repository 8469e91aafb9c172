import type { Style } from './Style.js';

/** A value check plus what it expects, for the error message. */
interface Check {
  ok(value: unknown): boolean;
  expects: string;
}

const PERCENT = /^-?\d+(\.\d+)?%$/;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pct = (v: unknown): boolean => typeof v === 'string' && PERCENT.test(v);
const oneOf = (...values: string[]): Check => ({ ok: (v) => typeof v === 'string' && values.includes(v), expects: values.map((x) => `'${x}'`).join(' | ') });

const LENGTH: Check = { ok: (v) => num(v) || pct(v), expects: 'a finite number or "N%"' };
const LENGTH_AUTO: Check = { ok: (v) => num(v) || pct(v) || v === 'auto', expects: 'a finite number, "N%" or \'auto\'' };
const NON_NEGATIVE: Check = { ok: (v) => num(v) && v >= 0, expects: 'a finite number ≥ 0' };
const PADDING: Check = { ok: (v) => (num(v) && v >= 0) || pct(v), expects: 'a finite number ≥ 0 or "N%"' };
const POSITIVE: Check = { ok: (v) => num(v) && v > 0, expects: 'a finite number > 0' };
const COLOR: Check = { ok: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200, expects: 'a CSS colour string' };
const ALIGN = oneOf('auto', 'flex-start', 'center', 'flex-end', 'stretch', 'baseline', 'space-between', 'space-around', 'space-evenly');
const RADII: Check = {
  ok: (v) => (num(v) && v >= 0) || (Array.isArray(v) && v.length === 4 && v.every((r) => num(r) && r >= 0)),
  expects: 'a number ≥ 0 or four of them [tl, tr, br, bl]',
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const colorOf = (v: Record<string, unknown>, key: string): boolean => COLOR.ok(v[key]);
const GRADIENT: Check = {
  ok: (v) => isRecord(v) && colorOf(v, 'from') && colorOf(v, 'to') && num(v.angle),
  expects: '{from, to, angle} (two colours, degrees)',
};
const SHADOW: Check = {
  ok: (v) => isRecord(v) && colorOf(v, 'color') && num(v.blur) && v.blur >= 0 && num(v.x) && num(v.y),
  expects: '{color, blur ≥ 0, x, y}',
};
const STROKE: Check = { ok: (v) => isRecord(v) && colorOf(v, 'color') && num(v.width) && v.width >= 0, expects: '{color, width ≥ 0}' };

/** Every style key → its check. Typed over all keys so a new key without a check is a compile error. */
const CHECKS: { [K in keyof Required<Style>]: Check } = {
  width: LENGTH_AUTO,
  height: LENGTH_AUTO,
  minWidth: LENGTH,
  minHeight: LENGTH,
  maxWidth: LENGTH,
  maxHeight: LENGTH,
  flexDirection: oneOf('row', 'column', 'row-reverse', 'column-reverse'),
  flexGrow: NON_NEGATIVE,
  flexShrink: NON_NEGATIVE,
  flexBasis: LENGTH_AUTO,
  flexWrap: oneOf('nowrap', 'wrap', 'wrap-reverse'),
  justifyContent: oneOf('flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly'),
  alignItems: ALIGN,
  alignSelf: ALIGN,
  alignContent: ALIGN,
  padding: PADDING,
  paddingHorizontal: PADDING,
  paddingVertical: PADDING,
  paddingTop: PADDING,
  paddingRight: PADDING,
  paddingBottom: PADDING,
  paddingLeft: PADDING,
  margin: LENGTH_AUTO,
  marginHorizontal: LENGTH_AUTO,
  marginVertical: LENGTH_AUTO,
  marginTop: LENGTH_AUTO,
  marginRight: LENGTH_AUTO,
  marginBottom: LENGTH_AUTO,
  marginLeft: LENGTH_AUTO,
  borderWidth: NON_NEGATIVE,
  position: oneOf('relative', 'absolute'),
  top: LENGTH,
  right: LENGTH,
  bottom: LENGTH,
  left: LENGTH,
  gap: NON_NEGATIVE,
  rowGap: NON_NEGATIVE,
  columnGap: NON_NEGATIVE,
  aspectRatio: POSITIVE,
  display: oneOf('flex', 'none'),
  backgroundColor: COLOR,
  borderColor: COLOR,
  borderRadius: RADII,
  opacity: { ok: (v) => num(v) && v >= 0 && v <= 1, expects: 'a number in [0, 1]' },
  overflow: oneOf('visible', 'hidden'),
  backgroundGradient: GRADIENT,
  boxShadow: SHADOW,
  textStroke: STROKE,
  textShadow: SHADOW,
  color: COLOR,
  fontSize: POSITIVE,
  fontWeight: { ok: (v) => (num(v) && v >= 1 && v <= 1000) || v === 'normal' || v === 'bold', expects: "1..1000, 'normal' or 'bold'" },
  fontFamily: { ok: (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 200, expects: 'a non-empty font family' },
  fontStyle: oneOf('normal', 'italic'),
  lineHeight: POSITIVE,
  textAlign: oneOf('left', 'center', 'right'),
  maxLines: { ok: (v) => num(v) && v >= 0 && Number.isInteger(v), expects: 'an integer ≥ 0' },
};

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Validates a style (or a patch) before any of it is applied: unknown keys and bad values throw a
 * TypeError naming the key and what it expects. `undefined` values are allowed (they reset a key).
 * A key whose value (a number or string) is the one `current` already holds was checked when it was set
 * and is skipped (a row rebound with the styles it has checks almost nothing).
 */
export function checkStyle(style: Readonly<Record<string, unknown>>, current?: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(style)) {
    const value = style[key];
    if (value === undefined) continue;
    // Objects (a shadow, corner radii) may have been changed in place since: those are checked again.
    if (current !== undefined && typeof value !== 'object' && current[key] === value && Object.prototype.hasOwnProperty.call(current, key)) continue;
    const check = (CHECKS as Record<string, Check | undefined>)[key];
    if (check === undefined || !Object.prototype.hasOwnProperty.call(CHECKS, key)) {
      throw new TypeError(`friendcanvas: unknown style key "${key.slice(0, 40)}"`);
    }
    if (!check.ok(value)) throw new TypeError(`friendcanvas: style.${key}: expected ${check.expects}, got ${describe(value)}`);
  }
}
