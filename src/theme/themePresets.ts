import { arcadeTheme } from './arcadeTheme.js';
import { darkTheme } from './darkTheme.js';
import { lightTheme } from './lightTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/** Names of the built-in presets. */
export type ThemePresetName = 'light' | 'dark' | 'arcade';

/** The built-in presets by name (frozen). */
export const themePresets: Readonly<Record<ThemePresetName, ThemeTokens>> = Object.freeze({
  light: lightTheme,
  dark: darkTheme,
  arcade: arcadeTheme,
});

/** True when `name` is a built-in preset name. */
export function isThemePresetName(name: unknown): name is ThemePresetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(themePresets, name);
}
