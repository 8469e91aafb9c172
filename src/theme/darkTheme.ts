import { deepFreezeTheme } from './deepFreezeTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Dark preset: near-black page with slightly lifted cards and TikTok's cyan as the accent, with dark
 * text on cyan buttons (11.8:1) instead of white (which would fail contrast on a light accent).
 */
export const darkTheme: ThemeTokens = deepFreezeTheme({
  colors: {
    background: '#0f0f14',
    surface: '#1c1c24',
    text: '#f4f4f6',
    textSecondary: '#a3a4ad',
    accent: '#25e2dc',
    accentText: '#0f0f14',
    divider: '#2a2a33',
    selfHighlight: '#173238',
    medalGold: '#ffc93c',
    medalSilver: '#c3cad3',
    medalBronze: '#e0965a',
    buttonBackground: '#25e2dc',
    buttonText: '#0f0f14',
    buttonPressed: '#1cb8b3',
    buttonDisabled: '#2c2c36',
    buttonDisabledText: '#6f707a',
    buttonSuccess: '#3ddc84',
    buttonError: '#ff7676',
    skeleton: '#2a2a33',
    scrollbar: 'rgba(255, 255, 255, 0.3)',
    overlay: 'rgba(0, 0, 0, 0.6)',
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
