import { deepFreezeTheme } from './deepFreezeTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Light preset: white cards on a cool grey page, TikTok-red accent darkened to #D6194A so white text
 * on it passes WCAG AA (TikTok's #FE2C55 only reaches 3.7:1).
 */
export const lightTheme: ThemeTokens = deepFreezeTheme({
  colors: {
    background: '#f2f3f5',
    surface: '#ffffff',
    text: '#161823',
    textSecondary: '#5c5e66',
    accent: '#d6194a',
    accentText: '#ffffff',
    divider: '#e4e5e9',
    selfHighlight: '#ffe4eb',
    medalGold: '#f5b400',
    medalSilver: '#a9b2bc',
    medalBronze: '#cd8442',
    buttonBackground: '#d6194a',
    buttonText: '#ffffff',
    buttonPressed: '#b0123b',
    buttonDisabled: '#e4e5e9',
    buttonDisabledText: '#8c8e96',
    buttonSuccess: '#178045',
    buttonError: '#c62828',
    skeleton: '#e9eaed',
    scrollbar: 'rgba(22, 24, 35, 0.28)',
    overlay: 'rgba(0, 0, 0, 0.45)',
  },
  font: {
    family: "'Helvetica Neue', Roboto, 'PingFang SC', 'Noto Sans', Arial, sans-serif",
    sizeTitle: 18,
    sizeBody: 15,
    sizeSmall: 12,
    weightBold: 600,
    weightNormal: 400,
  },
  metrics: {
    rowHeight: 64,
    padding: 16,
    gap: 12,
    radius: 12,
    avatarSize: 40,
    titleHeight: 52,
    buttonRadius: 16,
    scrollbarWidth: 3,
    cardPadding: 0,
  },
  images: {},
  gradients: {},
  effects: {},
  avatarShape: 'circle',
});
