import { layoutText } from '../paint/index.js';
import { Text } from './Text.js';
import type { MeasureMode, Style } from '../layout/index.js';

/** Stand-in for "no width limit" when the layout leaves a text unbounded, logical px. */
const UNBOUNDED_PX = 1e6;

/**
 * A `Text` that wraps into lines of even length (like CSS `text-wrap: balance`): it measures as the
 * narrowest width that keeps the greedy line count, so a two-line hint never leaves one word alone
 * on its second line whatever the font or locale. Meant for short centred copy (headlines, hints)
 * in a parent that does not stretch it; costs a binary search of line layouts per measure, which
 * the stage's measurer caches by word.
 */
export class BalancedText extends Text {
  public constructor(text: string, style?: Style) {
    super(text, style);
    this.setMeasure((w, wm) => this._measureBalanced(w, wm));
  }

  private _measureBalanced(width: number, mode: MeasureMode): { width: number; height: number } {
    const maxWidth = mode === 'undefined' || !Number.isFinite(width) ? UNBOUNDED_PX : Math.max(0, width);
    const stage = this.stage;
    if (stage === undefined || this.text === '' || !(maxWidth > 0)) return { width: mode === 'exactly' ? width : 0, height: 0 };
    const font = this.font;
    const maxLines = this.style.maxLines ?? 0;
    const lay = (w: number): { lines: number; width: number; truncated: boolean } => {
      const r = layoutText(stage.measurer, this.text, font, { maxWidth: w, maxLines });
      return { lines: r.lines.length, width: r.width, truncated: r.truncated };
    };
    const greedy = lay(maxWidth);
    let best = greedy.width;
    if (greedy.lines >= 2 && !greedy.truncated) {
      // The narrowest width with the same number of lines: between an even split and the greedy width.
      let lo = Math.floor(greedy.width / greedy.lines);
      let hi = Math.ceil(greedy.width);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const r = lay(mid);
        if (r.lines <= greedy.lines && !r.truncated) hi = mid;
        else lo = mid;
      }
      best = hi;
    }
    const w = mode === 'exactly' ? width : Math.min(Math.ceil(best), maxWidth);
    return { width: w, height: greedy.lines * this.lineHeight };
  }
}
