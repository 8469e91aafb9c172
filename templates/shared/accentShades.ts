import { contrastRatio } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import { colorDistance } from './colorDistance.js';
import { MIN_LABEL_CONTRAST, MIN_STATE_DISTANCE, SELF_ROW_TINTS, TONAL_BUTTON_TINT } from './constants.js';
import { mixColor } from './mixColor.js';

/** The visual state of a share button. */
export type ShareButtonState = 'idle' | 'sending' | 'sent' | 'failed';

/** A fill and the label drawn on it. */
export interface Shade {
  readonly background: string;
  readonly text: string;
}

/** The share button's look in every state. */
export type ShareButtonShades = Readonly<Record<ShareButtonState, Shade>>;

/** Steps tried, in order, when a colour must be pulled towards another (shares of the target, 0-1). */
const PULL_STEPS = [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1] as const;

/**
 * The first of `candidates` readable on `background` (contrast ≥ {@link MIN_LABEL_CONTRAST}); else the
 * first candidate pulled towards black or white (whichever reads better) just far enough; so a label
 * keeps its hue when it can and is always readable.
 */
export function readableLabel(background: string, candidates: readonly string[]): string {
  for (const c of candidates) if ((contrastRatio(c, background) ?? 0) >= MIN_LABEL_CONTRAST) return c;
  const pole = (contrastRatio('#ffffff', background) ?? 0) >= (contrastRatio('#000000', background) ?? 0) ? '#ffffff' : '#000000';
  const base = candidates[0] ?? pole;
  for (const k of PULL_STEPS) {
    const c = mixColor(pole, base, k);
    if ((contrastRatio(c, background) ?? 0) >= MIN_LABEL_CONTRAST) return c;
  }
  return pole;
}

/** True when `color` differs from every one of `others` by at least {@link MIN_STATE_DISTANCE}. */
function standsApart(color: string, others: readonly string[]): boolean {
  return others.every((o) => colorDistance(color, o) >= MIN_STATE_DISTANCE);
}

/** The first fill of `candidates` that stands apart from `taken`, else the last candidate. */
function pickFill(candidates: readonly string[], taken: readonly string[]): string {
  for (const c of candidates) if (standsApart(c, taken)) return c;
  return candidates[candidates.length - 1]!;
}

/** `color` pulled towards `target` just until it stands apart from `from` (or all the way). */
function pullApart(color: string, target: string, from: readonly string[]): string {
  for (const k of PULL_STEPS) {
    const c = mixColor(target, color, k);
    if (standsApart(c, from)) return c;
  }
  return target;
}

/**
 * Derived once per theme: themes are frozen and replaced on change, and rows ask on every bind and
 * share state change (parsing and comparing colours each time showed in a jitless profile of a tap).
 */
function perTheme<T extends object | string>(derive: (t: ThemeTokens) => T): (t: ThemeTokens) => T {
  const memo = new WeakMap<ThemeTokens, T>();
  return (t) => {
    let value = memo.get(t);
    if (value === undefined) memo.set(t, (value = derive(t)));
    return value;
  };
}

/**
 * The background of the player's row: the theme's `selfHighlight`, kept only while the row's texts
 * stay readable on it and it stands apart from a plain row; else the accent (then the text colour)
 * tinted into the surface. An accent change reaches it through the theme (`cascadeAccent`).
 */
export const selfRowBackground: (t: ThemeTokens) => string = perTheme((t) => {
  const c = t.colors;
  const readable = (bg: string): boolean =>
    [c.text, c.textSecondary].every((fg) => (contrastRatio(fg, bg) ?? 0) >= Math.min(MIN_LABEL_CONTRAST, contrastRatio(fg, c.surface) ?? 0));
  const candidates = [c.selfHighlight];
  for (const k of SELF_ROW_TINTS) candidates.push(mixColor(c.accent, c.surface, k));
  for (const k of SELF_ROW_TINTS) candidates.push(mixColor(c.text, c.surface, k));
  return candidates.find((bg) => readable(bg) && standsApart(bg, [c.surface])) ?? candidates.find(readable) ?? c.surface;
});

/**
 * Share / Sending / Sent / Retry for any accent: Share is the accent (pulled off the surface when it
 * would vanish into it), Sending a neutral fill, Sent a quiet tint of the success colour, Retry the
 * error colour; each state falls back to another shade when it would look like one already chosen
 * (a green accent makes a solid Sent, a red accent a quiet Retry), and every label is readable.
 */
export const shareButtonShades: (t: ThemeTokens) => ShareButtonShades = perTheme((t) => {
  const c = t.colors;
  const idleFill = pullApart(c.buttonBackground, c.text, [c.surface]);
  const taken = [idleFill];
  const failedFill = pickFill([c.buttonError, mixColor(c.buttonError, c.surface, TONAL_BUTTON_TINT * 1.5), mixColor(c.buttonError, c.text, 0.5)], taken);
  taken.push(failedFill);
  const sentFill = pickFill(
    [mixColor(c.buttonSuccess, c.surface, TONAL_BUTTON_TINT), c.buttonSuccess, mixColor(c.buttonSuccess, c.text, 0.5)],
    taken,
  );
  taken.push(sentFill);
  const sendingFill = pickFill(
    [c.buttonDisabled, mixColor(c.text, c.surface, TONAL_BUTTON_TINT), mixColor(c.text, c.surface, TONAL_BUTTON_TINT * 2.5)],
    taken,
  );
  return Object.freeze({
    idle: { background: idleFill, text: readableLabel(idleFill, [c.buttonText, c.accentText]) },
    sending: { background: sendingFill, text: readableLabel(sendingFill, [c.buttonDisabledText, c.textSecondary, c.text]) },
    sent: { background: sentFill, text: readableLabel(sentFill, [c.buttonSuccess, c.buttonText, c.text]) },
    failed: { background: failedFill, text: readableLabel(failedFill, [c.buttonText, c.surface, c.text]) },
  });
});
