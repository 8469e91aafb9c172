import { deepFreezeTheme } from './deepFreezeTheme.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Parchment preset: a fantasy quest board. Warm paper shading to tan, a dark wooden rim with a drop
 * shadow, ink-brown serif type pressed into the paper, wax-red buttons with a raised lower edge, and
 * metal medals with a dark ring. Drawn effects only (no images).
 */
export const parchmentTheme: ThemeTokens = deepFreezeTheme({
  colors: {
    background: '#ecd7a8',
    surface: '#f5e6c4',
    text: '#3a2414',
    textSecondary: '#6b4a2b',
    accent: '#8c1c13',
    accentText: '#fff4dc',
    divider: '#d9bf8c',
    selfHighlight: '#f0d49a',
    medalGold: '#e0a526',
    medalSilver: '#b8b8b0',
    medalBronze: '#cd7f3a',
    buttonBackground: '#8c1c13',
    buttonText: '#fff4dc',
    buttonPressed: '#6e140d',
    buttonDisabled: '#dcc596',
    buttonDisabledText: '#7d6545',
    buttonSuccess: '#2f6b2a',
    buttonError: '#a3261c',
    skeleton: '#e6cf9f',
    scrollbar: 'rgba(90, 55, 25, 0.45)',
    overlay: 'rgba(40, 22, 8, 0.6)',
  },
  font: {
    family: "'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, 'Songti SC', serif",
    sizeTitle: 21,
    sizeBody: 15,
    sizeSmall: 12,
    weightBold: 700,
    weightNormal: 400,
  },
  metrics: {
    rowHeight: 64,
    padding: 16,
    gap: 12,
    radius: 10,
    avatarSize: 42,
    titleHeight: 58,
    buttonRadius: 6,
    scrollbarWidth: 4,
    cardPadding: 0,
  },
  avatarShape: 'rounded',
  images: {},
  gradients: {
    background: { from: '#f6e7c1', to: '#e0c184', angle: 180 },
    surface: { from: '#f9eed2', to: '#eed9a8', angle: 180 },
    selfHighlight: { from: '#f8dfa6', to: '#eac474', angle: 90 },
    buttonBackground: { from: '#b23a24', to: '#741510', angle: 180 },
    buttonPressed: { from: '#741510', to: '#5a0f0b', angle: 180 },
    medalGold: { from: '#ffe690', to: '#c0800e', angle: 160 },
    medalSilver: { from: '#f7f7f0', to: '#93938a', angle: 160 },
    medalBronze: { from: '#f6c08e', to: '#a85a24', angle: 160 },
  },
  effects: {
    cardShadow: { color: 'rgba(60, 30, 10, 0.5)', blur: 12, x: 0, y: 4 },
    cardBorder: { color: '#6e4020', width: 3 },
    buttonShadow: { color: 'rgba(70, 25, 5, 0.65)', blur: 0, x: 0, y: 2 },
    buttonBorder: { color: '#4f1a0a', width: 1 },
    medalBorder: { color: 'rgba(90, 50, 10, 0.6)', width: 2 },
    textShadow: { color: 'rgba(255, 246, 220, 0.7)', blur: 0, x: 0, y: 1 },
  },
});
