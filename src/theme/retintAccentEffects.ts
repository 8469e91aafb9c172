import { parseColor } from './parseColor.js';
import type { ShadowEffect, StrokeEffect, ThemeShadow, ThemeStroke } from './ThemeSkin.js';
import { toCssColor } from './toCssColor.js';

type Effects = Partial<Record<ShadowEffect, ThemeShadow> & Record<StrokeEffect, ThemeStroke>>;

/**
 * A preset's glows and outlines drawn in its accent (neon's cyan button glow and score glow) follow an
 * accent the overrides change: each effect whose colour is the old accent (any alpha) takes the new
 * accent's channels and keeps its own alpha, so red buttons do not keep a cyan glow. Effects the
 * overrides send themselves, and effects in other colours, are kept as they are.
 */
export function retintAccentEffects(effects: Effects, accent: string, baseAccent: string, sent: ReadonlySet<string>): void {
  const to = parseColor(accent);
  const from = parseColor(baseAccent);
  if (to === undefined || from === undefined || (to.r === from.r && to.g === from.g && to.b === from.b)) return;
  for (const key of Object.keys(effects) as Array<keyof Effects>) {
    const effect = effects[key];
    if (effect === undefined || sent.has(key)) continue;
    const c = parseColor(effect.color);
    if (c === undefined || c.r !== from.r || c.g !== from.g || c.b !== from.b) continue;
    const color = toCssColor({ r: to.r, g: to.g, b: to.b, a: c.a * to.a });
    (effects as Record<string, ThemeShadow | ThemeStroke>)[key] = { ...effect, color };
  }
}
