import { deepFreezeTheme } from './deepFreezeTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Arcade preset: saturated purple with coin-yellow buttons, chunky radii, heavier type, taller rows
 * and rounded-square avatars, for casual and retro games.
 */
export const arcadeTheme: ThemeTokens = deepFreezeTheme({
  colors: {
    background: '#24104f',
    surface: '#34176e',
    text: '#ffffff',
    textSecondary: '#d4c4ff',
    accent: '#ffd23f',
    accentText: '#24104f',
    divider: '#4a2a8a',
    selfHighlight: '#5a2db0',
    medalGold: '#ffd23f',
    medalSilver: '#c9d3e0',
    medalBronze: '#f09a4a',
    buttonBackground: '#ffd23f',
    buttonText: '#24104f',
    buttonPressed: '#f0b800',
    buttonDisabled: '#4a3575',
    buttonDisabledText: '#9c8cc4',
    buttonSuccess: '#3de08a',
    buttonError: '#ff7a93',
    skeleton: '#41247f',
    scrollbar: 'rgba(255, 210, 63, 0.6)',
    overlay: 'rgba(16, 6, 38, 0.7)',
  },
  font: {
    family: "'Arial Rounded MT Bold', 'Trebuchet MS', 'Helvetica Neue', Roboto, Arial, sans-serif",
    sizeTitle: 22,
    sizeBody: 16,
    sizeSmall: 13,
    weightBold: 800,
    weightNormal: 600,
  },
  metrics: {
    rowHeight: 72,
    padding: 16,
    gap: 12,
    radius: 20,
    avatarSize: 48,
    titleHeight: 60,
    buttonRadius: 14,
    scrollbarWidth: 6,
    cardPadding: 0,
  },
  images: {},
  gradients: {},
  effects: {},
  avatarShape: 'rounded',
});
