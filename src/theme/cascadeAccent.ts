import { contrastRatio } from './contrastRatio.js';
import { parseColor } from './parseColor.js';
import { toCssColor } from './toCssColor.js';

/** How much darker the pressed button is than the accent (fraction mixed towards black). */
const PRESSED_DARKEN = 0.18;
/** Share of the accent tinted into the surface for the player's row (the presets' own tints are about this). */
const SELF_HIGHLIGHT_TINT = 0.14;

type Colors = Record<string, string>;

/**
 * The accent drives the buttons in every preset (`buttonBackground` = `accent`, `buttonText` =
 * `accentText`), so a game that overrides only `accent` expects its buttons to follow. When the
 * overrides set `accent` but not the button colours, derive them: background = accent, pressed =
 * accent darkened, text = `accentText` if given, else black or white, whichever contrasts more; and the
 * player's row (`selfHighlight`) = the accent tinted into the surface, so it does not keep the old hue.
 * Colours the overrides set explicitly are never replaced.
 */
export function cascadeAccent(colors: Colors, overridden: ReadonlySet<string>): void {
  if (!overridden.has('accent')) return;
  const accent = colors.accent;
  const rgba = parseColor(accent);
  if (accent === undefined || rgba === undefined) return;
  if (!overridden.has('accentText')) {
    const white = contrastRatio('#ffffff', accent) ?? 0;
    const black = contrastRatio('#000000', accent) ?? 0;
    colors.accentText = white >= black ? '#ffffff' : '#000000';
  }
  if (!overridden.has('buttonBackground')) colors.buttonBackground = accent;
  if (!overridden.has('buttonText')) colors.buttonText = colors.accentText!;
  if (!overridden.has('buttonPressed')) {
    const k = 1 - PRESSED_DARKEN;
    colors.buttonPressed = toCssColor({ r: Math.round(rgba.r * k), g: Math.round(rgba.g * k), b: Math.round(rgba.b * k), a: rgba.a });
  }
  const surface = parseColor(colors.surface);
  if (!overridden.has('selfHighlight') && surface !== undefined) {
    const mix = (a: number, b: number): number => Math.round(a * SELF_HIGHLIGHT_TINT * rgba.a + b * (1 - SELF_HIGHLIGHT_TINT * rgba.a));
    colors.selfHighlight = toCssColor({ r: mix(rgba.r, surface.r), g: mix(rgba.g, surface.g), b: mix(rgba.b, surface.b), a: 1 });
  }
}
