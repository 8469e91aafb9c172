import { deepFreezeTheme } from './deepFreezeTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Neon preset: an arcade cabinet at night. A deep violet card glowing magenta at its edge, cyan
 * buttons with a cyan glow, glowing display text, and gradient medals with a bright ring. Drawn
 * effects only (no images).
 */
export const neonTheme: ThemeTokens = deepFreezeTheme({
  colors: {
    background: '#0d0726',
    surface: '#120a30',
    text: '#f5f0ff',
    textSecondary: '#ac9fdb',
    accent: '#00e5ff',
    accentText: '#0b0620',
    divider: '#2b1c5e',
    selfHighlight: '#2d1260',
    medalGold: '#ffd84a',
    medalSilver: '#c9d6ff',
    medalBronze: '#ff9a4a',
    buttonBackground: '#00e5ff',
    buttonText: '#0b0620',
    buttonPressed: '#00b8d4',
    buttonDisabled: '#2a1f52',
    buttonDisabledText: '#8c80b8',
    buttonSuccess: '#39ff88',
    buttonError: '#ff5c8a',
    skeleton: '#211648',
    scrollbar: 'rgba(0, 229, 255, 0.6)',
    overlay: 'rgba(5, 2, 16, 0.75)',
  },
  font: {
    family: "'Avenir Next', 'Helvetica Neue', Roboto, 'PingFang SC', 'Noto Sans', Arial, sans-serif",
    sizeTitle: 21,
    sizeBody: 15,
    sizeSmall: 12,
    weightBold: 800,
    weightNormal: 500,
  },
  metrics: {
    rowHeight: 64,
    padding: 16,
    gap: 12,
    radius: 18,
    avatarSize: 42,
    titleHeight: 58,
    buttonRadius: 8,
    scrollbarWidth: 4,
    cardPadding: 0,
  },
  avatarShape: 'circle',
  images: {},
  gradients: {
    background: { from: '#1d0c48', to: '#07031a', angle: 180 },
    surface: { from: '#170b3c', to: '#0b0522', angle: 180 },
    selfHighlight: { from: '#4a1490', to: '#230a50', angle: 90 },
    buttonBackground: { from: '#7ff6ff', to: '#00b4dc', angle: 180 },
    buttonPressed: { from: '#00b4dc', to: '#008cb0', angle: 180 },
    medalGold: { from: '#fff4a8', to: '#ffb300', angle: 160 },
    medalSilver: { from: '#ffffff', to: '#93a8dc', angle: 160 },
    medalBronze: { from: '#ffd0a0', to: '#e0621a', angle: 160 },
  },
  effects: {
    cardShadow: { color: 'rgba(255, 43, 214, 0.6)', blur: 14, x: 0, y: 0 },
    cardBorder: { color: '#ff2bd6', width: 2 },
    buttonShadow: { color: 'rgba(0, 229, 255, 0.7)', blur: 10, x: 0, y: 0 },
    medalBorder: { color: 'rgba(255, 255, 255, 0.75)', width: 2 },
    textShadow: { color: 'rgba(0, 229, 255, 0.85)', blur: 8, x: 0, y: 0 },
  },
});
