import { sameColor } from './sameColor.js';
import type { ColorToken } from './ThemeTokens.js';
import type { GradientToken, ThemeGradient } from './ThemeSkin.js';

/**
 * A gradient is painted in preference to its colour token, and a preset's gradients are built from
 * the preset's own colours (neon's cyan buttons, parchment's wax-red ones). So when the overrides
 * change a colour (directly, or through the accent cascade) but send no gradient for it, the base's
 * gradient for that colour is dropped: the new colour shows, flat, exactly the colour the contrast
 * rules check. A gradient the overrides send themselves (in any order of the groups) is kept, and a
 * colour re-sent unchanged (however written) keeps its gradient.
 */
export function dropOverriddenGradients(
  gradients: Partial<Record<GradientToken, ThemeGradient>>,
  colors: Readonly<Record<ColorToken, string>>,
  baseColors: Readonly<Record<ColorToken, string>>,
  sent: ReadonlySet<string>,
): void {
  for (const token of Object.keys(gradients) as GradientToken[]) {
    if (!sent.has(token) && !sameColor(colors[token], baseColors[token])) delete gradients[token];
  }
}
