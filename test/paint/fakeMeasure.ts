/**
 * Width-sensitive text doubles: a measurer whose width is additive over graphemes (CJK and emoji
 * are 2 units, everything else 1), counting its calls.
 */
import { isCjkGrapheme, isEmojiGrapheme, splitGraphemes } from '../../src/paint/index.js';
import type { TextMeasure } from '../../src/paint/index.js';

/** Width of one grapheme in the fake font (units = px). */
export function graphemeWidth(g: string): number {
  return isCjkGrapheme(g) || isEmojiGrapheme(g) ? 2 : 1;
}

/** Width of a string in the fake font. */
export function fakeWidth(text: string): number {
  let w = 0;
  for (const g of splitGraphemes(text)) w += graphemeWidth(g);
  return w;
}

/** A measurer using {@link fakeWidth} that records every call. */
export function createFakeMeasure(): TextMeasure & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    measure(_font: string, text: string): number {
      calls.push(text);
      return fakeWidth(text);
    },
  };
}

/** A minimal context whose measureText uses {@link fakeWidth}, recording font writes. */
export function createFakeTextContext(): {
  font: string;
  fontWrites: number;
  measureText(text: string): { width: number };
} {
  let font = '10px sans-serif';
  const ctx = {
    fontWrites: 0,
    get font(): string {
      return font;
    },
    set font(v: string) {
      ctx.fontWrites++;
      font = v;
    },
    measureText(text: string): { width: number } {
      return { width: fakeWidth(text) };
    },
  };
  return ctx;
}
