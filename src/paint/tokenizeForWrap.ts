import { isBreakAnywhereGrapheme, isBreakSpace, isNoBreakAfter, isNoBreakBefore } from './textClasses.js';

/** An unbreakable run of text (`core`) followed by the break spaces after it (`space`). */
export interface WrapToken {
  core: string;
  space: string;
}

/**
 * Splits a paragraph's graphemes into tokens between which a line may break: after spaces, and on
 * both sides of CJK and emoji graphemes, except before closing / after opening CJK punctuation.
 */
export function tokenizeForWrap(graphemes: readonly string[]): WrapToken[] {
  const tokens: WrapToken[] = [];
  let cur: WrapToken | undefined;
  let glueNext = false; // the last grapheme forbids a break after it
  let closed = false; // the last grapheme (CJK or emoji) allows a break after it even before a letter
  for (const g of graphemes) {
    if (isBreakSpace(g)) {
      if (cur === undefined) {
        cur = { core: '', space: '' };
        tokens.push(cur);
      }
      cur.space += g;
      glueNext = false;
      continue;
    }
    const anywhere = isBreakAnywhereGrapheme(g);
    const attach =
      cur !== undefined && cur.space === '' && (glueNext || isNoBreakBefore(g) || (!anywhere && !closed));
    if (attach && cur !== undefined) {
      cur.core += g;
    } else {
      cur = { core: g, space: '' };
      tokens.push(cur);
    }
    glueNext = isNoBreakAfter(g);
    closed = anywhere;
  }
  return tokens;
}
