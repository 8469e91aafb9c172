import { arcadeTheme } from './arcadeTheme.js';
import { darkTheme } from './darkTheme.js';
import { lightTheme } from './lightTheme.js';
import { neonTheme } from './neonTheme.js';
import { parchmentTheme } from './parchmentTheme.js';
import type { THEME_PRESET_NAMES } from '../protocol/constants.js';
import type { ThemeTokens } from './ThemeTokens.js';

/** Names of the built-in presets (listed once, in the protocol's `THEME_PRESET_NAMES`). */
export type ThemePresetName = (typeof THEME_PRESET_NAMES)[number];

/** The built-in presets by name (frozen). */
export const themePresets: Readonly<Record<ThemePresetName, ThemeTokens>> = Object.freeze({
  light: lightTheme,
  dark: darkTheme,
  arcade: arcadeTheme,
  neon: neonTheme,
  parchment: parchmentTheme,
});

/** True when `name` is a built-in preset name. */
export function isThemePresetName(name: unknown): name is ThemePresetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(themePresets, name);
}
