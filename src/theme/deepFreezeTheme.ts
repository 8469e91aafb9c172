import type { ThemeTokens } from './ThemeTokens.js';

/** Returns a frozen copy of a theme (top level and each token group), leaving the input untouched. */
export function deepFreezeTheme(theme: ThemeTokens): ThemeTokens {
  return Object.freeze({
    colors: Object.freeze({ ...theme.colors }),
    font: Object.freeze({ ...theme.font }),
    metrics: Object.freeze({ ...theme.metrics }),
    avatarShape: theme.avatarShape,
  });
}
