import { FONT_RANGES, METRIC_RANGES_PX } from './constants.js';
import { deepFreezeTheme } from './deepFreezeTheme.js';
import { lightTheme } from './lightTheme.js';
import { isThemePresetName, themePresets } from './themePresets.js';
import type { ThemePresetName } from './themePresets.js';
import {
  checkAvatarShape,
  checkColor,
  checkFontFamily,
  checkFontNumber,
  checkRange,
  COLOR_TOKENS,
  hasKey,
  isRecord,
  quote,
} from './themeTokenRules.js';
import type { TokenCheck } from './themeTokenRules.js';
import { cascadeAccent } from './cascadeAccent.js';
import { sameColor } from './sameColor.js';
import { retintAccentEffects } from './retintAccentEffects.js';
import { dropOverriddenGradients } from './dropOverriddenGradients.js';
import type { AvatarShape, ColorToken, FontNumberToken, MetricToken, ThemeTokens } from './ThemeTokens.js';
import { checkGradient, checkImageSkin, checkShadow, checkStroke, EFFECT_KINDS, GRADIENT_TOKENS, IMAGE_SLOTS } from './checkSkinTokens.js';
import type { GradientToken, ImageSlot, MedalRank, ShadowEffect, StrokeEffect, ThemeGradient, ThemeImage, ThemeShadow, ThemeStroke } from './ThemeSkin.js';
import { withFallbackFonts } from './withFallbackFonts.js';

/** Result of {@link resolveTheme}: a complete frozen theme and one message per rejected value. */
export interface ResolvedTheme {
  theme: ThemeTokens;
  errors: string[];
}

interface Draft {
  colors: Record<ColorToken, string>;
  font: Record<FontNumberToken, number> & { family: string };
  metrics: Record<MetricToken, number>;
  avatarShape: AvatarShape;
  images: Partial<Record<ImageSlot, ThemeImage>> & { medals?: Partial<Record<MedalRank, ThemeImage>> };
  gradients: Partial<Record<GradientToken, ThemeGradient>>;
  effects: Partial<Record<ShadowEffect, ThemeShadow> & Record<StrokeEffect, ThemeStroke>>;
}

/** Sets `table[key]` to a validated value, or deletes it for `null` ("no image / no effect"). */
function put<K extends PropertyKey, V>(table: Partial<Record<K, V>>, key: K, checked: TokenCheck<V | null>): TokenCheck<V | null> {
  if (checked.ok) {
    if (checked.value === null) delete table[key];
    else table[key] = checked.value;
  }
  return checked;
}

function keyName(key: string): string {
  return key.length > 40 ? key.slice(0, 40) + '…' : key;
}

/** Applies each own key of `raw` through `apply`, reporting non-objects and unknown keys. */
function eachKey(raw: unknown, path: string, errors: string[], apply: (key: string, value: unknown) => TokenCheck<unknown> | 'unknown'): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) {
    errors.push(`${path}: expected an object, got ${quote(raw)} (ignored)`);
    return;
  }
  for (const key of Object.keys(raw)) {
    const result = apply(key, raw[key]);
    if (result === 'unknown') errors.push(`${path}.${keyName(key)}: unknown token (ignored)`);
    else if (!result.ok) errors.push(`${path}.${keyName(key)}: ${result.reason} (ignored)`);
  }
}

function merge(start: ThemeTokens, raw: unknown, path: string, errors: string[]): ThemeTokens {
  if (raw === undefined || raw === null) return start;
  const draft: Draft = {
    colors: { ...start.colors },
    font: { ...start.font },
    metrics: { ...start.metrics },
    avatarShape: start.avatarShape,
    // The medals group is copied again before any write (below): a shallow copy is enough here.
    images: { ...start.images },
    gradients: { ...start.gradients },
    effects: { ...start.effects },
  };
  /** Gradient tokens these overrides set (or removed) themselves. */
  const sentGradients = new Set<string>();
  /** Effect tokens these overrides set (or removed) themselves. */
  const sentEffects = new Set<string>();
  eachKey(raw, path, errors, (group, value) => {
    switch (group) {
      case 'colors': {
        const set = new Set<string>();
        const accentBefore = draft.colors.accent;
        eachKey(value, `${path}.colors`, errors, (key, v) => {
          if (!hasKey(COLOR_TOKENS, key)) return 'unknown';
          const checked = checkColor(v);
          if (checked.ok) {
            draft.colors[key] = checked.value;
            set.add(key);
          }
          return checked;
        });
        // The accent it already has (a game re-sending the preset's own) derives nothing new.
        if (sameColor(draft.colors.accent, accentBefore)) set.delete('accent');
        cascadeAccent(draft.colors, set);
        return { ok: true, value };
      }
      case 'font':
        eachKey(value, `${path}.font`, errors, (key, v) => {
          if (key === 'family') {
            const checked = checkFontFamily(v);
            if (checked.ok) draft.font.family = withFallbackFonts(checked.value);
            return checked;
          }
          if (!hasKey(FONT_RANGES, key)) return 'unknown';
          const checked = checkFontNumber(key, v);
          if (checked.ok) draft.font[key] = checked.value;
          return checked;
        });
        return { ok: true, value };
      case 'metrics':
        eachKey(value, `${path}.metrics`, errors, (key, v) => {
          if (!hasKey(METRIC_RANGES_PX, key)) return 'unknown';
          const checked = checkRange(v, METRIC_RANGES_PX[key], ' px');
          if (checked.ok) draft.metrics[key] = checked.value;
          return checked;
        });
        return { ok: true, value };
      case 'avatarShape': {
        const checked = checkAvatarShape(value);
        if (checked.ok) draft.avatarShape = checked.value;
        return checked;
      }
      case 'images':
        eachKey(value, `${path}.images`, errors, (key, v) => {
          if (key === 'medals') {
            const medals: Partial<Record<MedalRank, ThemeImage>> = { ...draft.images.medals };
            eachKey(v, `${path}.images.medals`, errors, (rank, m) => {
              if (rank !== '1' && rank !== '2' && rank !== '3') return 'unknown';
              return put(medals, Number(rank) as MedalRank, checkImageSkin(m));
            });
            if (Object.keys(medals).length > 0) draft.images.medals = medals;
            else delete draft.images.medals;
            return { ok: true, value: v };
          }
          return hasKey(IMAGE_SLOTS, key) ? put(draft.images, key, checkImageSkin(v)) : 'unknown';
        });
        return { ok: true, value };
      case 'gradients':
        eachKey(value, `${path}.gradients`, errors, (key, v) => {
          if (!hasKey(GRADIENT_TOKENS, key)) return 'unknown';
          const checked = put(draft.gradients, key, checkGradient(v));
          if (checked.ok) sentGradients.add(key);
          return checked;
        });
        return { ok: true, value };
      case 'effects':
        eachKey(value, `${path}.effects`, errors, (key, v) => {
          if (!hasKey(EFFECT_KINDS, key)) return 'unknown';
          const kind = EFFECT_KINDS[key];
          const checked = kind === 'shadow' ? put<ShadowEffect, ThemeShadow>(draft.effects, key as ShadowEffect, checkShadow(v)) : put<StrokeEffect, ThemeStroke>(draft.effects, key as StrokeEffect, checkStroke(v));
          if (checked.ok) sentEffects.add(key);
          return checked;
        });
        return { ok: true, value };
      default:
        return 'unknown';
    }
  });
  dropOverriddenGradients(draft.gradients, draft.colors, start.colors, sentGradients);
  retintAccentEffects(draft.effects, draft.colors.accent, start.colors.accent, sentEffects);
  return draft;
}

/**
 * Builds a theme from a preset name or a theme, plus validated overrides (e.g. from a `theme`
 * message). Unknown keys, bad colours and out-of-range sizes are reported in `errors` and ignored;
 * everything else is applied. Inputs are never mutated; the result is a fresh frozen theme. Never throws.
 *
 * @example
 * const { theme, errors } = resolveTheme('dark', { colors: { accent: '#ff0050' }, metrics: { rowHeight: 72 } });
 */
export function resolveTheme(base: ThemeTokens | ThemePresetName, overrides?: unknown): ResolvedTheme {
  const errors: string[] = [];
  let start: ThemeTokens = lightTheme;
  try {
    if (isThemePresetName(base)) start = themePresets[base];
    else if (isRecord(base)) start = merge(lightTheme, base, 'base', errors);
    else errors.push(`theme: unknown preset ${quote(base)} (using light)`);
    return { theme: deepFreezeTheme(merge(start, overrides, 'theme', errors)), errors };
  } catch {
    // Only a hostile input (throwing getter, proxy) gets here; keep the last good starting point.
    errors.push('theme: the overrides could not be read (ignored)');
    return { theme: deepFreezeTheme(start), errors };
  }
}
