import { fontString, measureTextOn } from '../../src/index.js';
import { NAME_MIN_GRAPHEMES } from './constants.js';
import type { Node, ThemeTokens } from '../../src/index.js';

/** Which row text a width is measured for. */
export type RowTextKind = 'rank' | 'score' | 'column' | 'name' | 'caption';

/** The CSS font of each row text (as `themeStyles` styles them). */
function fontOf(t: ThemeTokens, kind: RowTextKind): string {
  const f = t.font;
  const bold = kind === 'rank' || kind === 'score' || kind === 'caption';
  const size = kind === 'caption' ? f.sizeSmall : f.sizeBody;
  return fontString({ size, family: f.family, weight: bold ? f.weightBold : f.weightNormal, style: 'normal' });
}

/**
 * Whether two themes measure row texts alike: the same family, body and small sizes and weights (the
 * tokens {@link RowTextKind} fonts are built from). A theme change that keeps them (colours, metrics,
 * the title size) needs no width measured again.
 */
export function sameRowFonts(a: ThemeTokens, b: ThemeTokens): boolean {
  const f = a.font;
  const g = b.font;
  return f.family === g.family && f.sizeBody === g.sizeBody && f.sizeSmall === g.sizeSmall && f.weightBold === g.weightBold && f.weightNormal === g.weightNormal;
}

/** Measures row texts with the stage's cached measurer: width of `text` in logical px. */
export type RowTextMeasure = (kind: RowTextKind, text: string) => number;

/**
 * A {@link RowTextMeasure} over the stage `node` is attached to; detached (no stage yet), an estimate
 * of 0.6 em per character, corrected by the refit that follows the first layout.
 */
export function rowTextMeasure(node: Node, t: ThemeTokens): RowTextMeasure {
  // One font string per kind: the measurer finds a string it has seen without hashing a new one.
  const fonts: Partial<Record<RowTextKind, string>> = {};
  return (kind, text) => {
    const width = measureTextOn(node, (fonts[kind] ??= fontOf(t, kind)), text);
    return width ?? text.length * 0.6 * (kind === 'caption' ? t.font.sizeSmall : t.font.sizeBody);
  };
}

/** Room for {@link NAME_MIN_GRAPHEMES} wide (CJK) characters and an ellipsis in the name font, logical px. */
export function nameMinWidth(measure: RowTextMeasure): number {
  return Math.ceil(measure('name', '国'.repeat(NAME_MIN_GRAPHEMES) + '…'));
}
