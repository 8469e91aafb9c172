import {
  DEFAULT_GRADIENT_ANGLE_DEG,
  MAX_IMAGE_SRC_LENGTH,
  MAX_SLICE_PX,
  SHADOW_BLUR_RANGE_PX,
  SHADOW_OFFSET_RANGE_PX,
  STROKE_WIDTH_RANGE_PX,
} from './constants.js';
import { checkColor, checkRange, isRecord, quote } from './themeTokenRules.js';
import type { TokenCheck } from './themeTokenRules.js';
import type { GradientToken, ImageSlot, ShadowEffect, StrokeEffect, ThemeGradient, ThemeImage, ThemeShadow, ThemeSlice, ThemeStroke } from './ThemeSkin.js';

/** Every image slot (besides `medals`), as a table so the compiler catches a slot missing here. */
export const IMAGE_SLOTS: Readonly<Record<ImageSlot, true>> = {
  panel: true,
  header: true,
  row: true,
  rowAlt: true,
  rowSelf: true,
  button: true,
  buttonPressed: true,
  buttonDisabled: true,
  avatarFrame: true,
};

/** Every gradient token. */
export const GRADIENT_TOKENS: Readonly<Record<GradientToken, true>> = {
  background: true,
  surface: true,
  selfHighlight: true,
  buttonBackground: true,
  buttonPressed: true,
  medalGold: true,
  medalSilver: true,
  medalBronze: true,
};

/** Every effect token and the kind of value it takes. */
export const EFFECT_KINDS: Readonly<Record<ShadowEffect | StrokeEffect, 'shadow' | 'stroke'>> = {
  cardShadow: 'shadow',
  buttonShadow: 'shadow',
  textShadow: 'shadow',
  cardBorder: 'stroke',
  buttonBorder: 'stroke',
  medalBorder: 'stroke',
  textStroke: 'stroke',
};

const SLICE_SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** The first own key of `value` not in `allowed`, quoted for a message. */
function extraKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  const key = Object.keys(value).find((k) => !allowed.includes(k));
  return key === undefined ? undefined : quote(key);
}

function fail<T>(reason: string): TokenCheck<T> {
  return { ok: false, reason };
}

/**
 * Validates an image skin: a non-empty source string, or `{src, slice}` whose insets are numbers from
 * 0 to 4096 source px (a missing side is 0; all four 0 is a plain stretched image). `null` or `''`
 * means "no image". A bad inset rejects the whole token: drawn with wrong insets the art would break.
 */
export function checkImageSkin(value: unknown): TokenCheck<ThemeImage | null> {
  if (value === null || value === '') return { ok: true, value: null };
  const raw = isRecord(value) ? value.src : value;
  const src = typeof raw === 'string' ? raw.trim() : '';
  if (src === '' || src.length > MAX_IMAGE_SRC_LENGTH || /[\u0000-\u001F]/.test(src)) {
    return fail(`${quote(raw)} is not an image source (a URL or package path of 1-${MAX_IMAGE_SRC_LENGTH} characters)`);
  }
  if (!isRecord(value)) return { ok: true, value: { src } };
  const extra = extraKey(value, ['src', 'slice']);
  if (extra !== undefined) return fail(`unknown key ${extra} in an image (expected src, slice)`);
  if (value.slice === undefined) return { ok: true, value: { src } };
  if (!isRecord(value.slice)) return fail(`slice: expected {top, right, bottom, left}, got ${quote(value.slice)}`);
  const extraSide = extraKey(value.slice, SLICE_SIDES);
  if (extraSide !== undefined) return fail(`slice: unknown side ${extraSide} (expected top, right, bottom, left)`);
  const slice: Record<(typeof SLICE_SIDES)[number], number> = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const side of SLICE_SIDES) {
    const v = value.slice[side];
    if (v === undefined) continue;
    const checked = checkRange(v, [0, MAX_SLICE_PX], ' source px');
    if (!checked.ok) return fail(`slice.${side}: ${checked.reason}`);
    slice[side] = checked.value;
  }
  const none = slice.top === 0 && slice.right === 0 && slice.bottom === 0 && slice.left === 0;
  return { ok: true, value: none ? { src } : { src, slice: slice as ThemeSlice } };
}

/** Validates a gradient `{from, to, angle?}`: two colours and an angle in degrees (normalised to 0-360). */
export function checkGradient(value: unknown): TokenCheck<ThemeGradient | null> {
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value)) return fail(`expected {from, to, angle?}, got ${quote(value)}`);
  const extra = extraKey(value, ['from', 'to', 'angle']);
  if (extra !== undefined) return fail(`unknown key ${extra} in a gradient (expected from, to, angle)`);
  const from = checkColor(value.from);
  if (!from.ok) return fail(`from: ${from.reason}`);
  const to = checkColor(value.to);
  if (!to.ok) return fail(`to: ${to.reason}`);
  const angle = value.angle ?? DEFAULT_GRADIENT_ANGLE_DEG;
  if (typeof angle !== 'number' || !Number.isFinite(angle)) return fail(`angle: ${quote(value.angle)} is not a number of degrees`);
  return { ok: true, value: { from: from.value, to: to.value, angle: ((angle % 360) + 360) % 360 } };
}

/** Validates a shadow `{color, blur?, x?, y?}` (logical px; missing numbers are 0). */
export function checkShadow(value: unknown): TokenCheck<ThemeShadow | null> {
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value)) return fail(`expected {color, blur?, x?, y?}, got ${quote(value)}`);
  const extra = extraKey(value, ['color', 'blur', 'x', 'y']);
  if (extra !== undefined) return fail(`unknown key ${extra} in a shadow (expected color, blur, x, y)`);
  const color = checkColor(value.color);
  if (!color.ok) return fail(`color: ${color.reason}`);
  const blur = checkRange(value.blur ?? 0, SHADOW_BLUR_RANGE_PX, ' px');
  if (!blur.ok) return fail(`blur: ${blur.reason}`);
  const x = checkRange(value.x ?? 0, SHADOW_OFFSET_RANGE_PX, ' px');
  if (!x.ok) return fail(`x: ${x.reason}`);
  const y = checkRange(value.y ?? 0, SHADOW_OFFSET_RANGE_PX, ' px');
  if (!y.ok) return fail(`y: ${y.reason}`);
  return { ok: true, value: { color: color.value, blur: blur.value, x: x.value, y: y.value } };
}

/** Validates an outline `{color, width}` (logical px). */
export function checkStroke(value: unknown): TokenCheck<ThemeStroke | null> {
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value)) return fail(`expected {color, width}, got ${quote(value)}`);
  const extra = extraKey(value, ['color', 'width']);
  if (extra !== undefined) return fail(`unknown key ${extra} in an outline (expected color, width)`);
  const color = checkColor(value.color);
  if (!color.ok) return fail(`color: ${color.reason}`);
  const width = checkRange(value.width, STROKE_WIDTH_RANGE_PX, ' px');
  if (!width.ok) return fail(`width: ${width.reason}`);
  return { ok: true, value: { color: color.value, width: width.value } };
}
