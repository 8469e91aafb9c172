import { Node, pathRoundRect } from '../../src/index.js';
import type { Canvas2D, ThemeTokens } from '../../src/index.js';
import {
  BUTTON_HEIGHT,
  BUTTON_MIN_WIDTH,
  DIVIDER_PX,
  RANK_COLUMN_WIDTH,
  SKELETON_BAR_HEIGHT,
  SKELETON_FADE_STEP,
  SKELETON_NAME_WIDTHS,
  SKELETON_RANK_WIDTH,
  SKELETON_SCORE_WIDTH,
} from './constants.js';
import type { RowTrailing } from './FriendRow.js';
import { avatarBoxRadius, rowNameInset } from './themeStyles.js';

/** What {@link SkeletonRows} draws, and with which tokens. */
export interface SkeletonRowsConfig {
  readonly theme: ThemeTokens;
  readonly rows: number;
  /** What the panel's rows end with: a score (with a rank column) or a share button (without). */
  readonly trailing: RowTrailing;
}

/**
 * The placeholder rows shown while friend data loads, drawn by one node: each row as the panel's real
 * rows lay out (rank bar, avatar, a name bar of varied length, the score bar or a button shape, the
 * divider under the name), fading row by row. It used to be six rows of six flexbox nodes each (36 yoga
 * nodes created, styled and laid out on every open, then hidden for good once the data came); the
 * geometry here is that layout's, edges rounded to device pixels as yoga rounds them, so the pixels match.
 */
export class SkeletonRows extends Node {
  private _config: SkeletonRowsConfig | undefined;

  public constructor() {
    super();
    this.name = 'skeletonRows';
    this.pointerEvents = 'none';
  }

  /**
   * Sets the tokens and the row count. The node asks to be as tall as its rows and may shrink (a panel
   * too short for them keeps its loading caption in view): it then draws as many whole rows as fit.
   */
  public configure(config: SkeletonRowsConfig): void {
    this._config = config;
    this.setStyle({ height: config.rows * config.theme.metrics.rowHeight });
    this.markPaintDirty();
  }

  /** Rows drawn: all of them, or as many whole rows as the laid-out height holds (at least one, clipped). */
  public get rowsShown(): number {
    const c = this._config;
    if (c === undefined) return 0;
    return Math.max(1, Math.min(c.rows, Math.floor(this.height / c.theme.metrics.rowHeight + 1e-6)));
  }

  /** The shapes of row `index` (0-based) at this node's width, in its own logical px (for tests and tools). */
  public rowParts(index: number): SkeletonPart[] {
    const c = this._config;
    return c === undefined ? [] : skeletonRowParts(c, this.width, index);
  }

  public override paintSelf(ctx: Canvas2D): void {
    const c = this._config;
    if (c === undefined) return;
    // Device px per logical px: edges are rounded to it as yoga's layout rounds boxes (its point scale is
    // the larger of the stage's two scales).
    const m = ctx.getTransform?.();
    const scale = m === undefined ? 1 : Math.max(Math.abs(m.a), Math.abs(m.d)) || 1;
    const snap = (v: number): number => Math.round(v * scale) / scale;
    const base = ctx.globalAlpha;
    const shown = this.rowsShown;
    // Shorter than one row: that row is cut to the box, never drawn past it.
    const clip = shown * c.theme.metrics.rowHeight > this.height;
    if (clip) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, this.width, this.height);
      ctx.clip();
    }
    for (let i = 0; i < shown; i++) {
      ctx.globalAlpha = base * (1 - i * SKELETON_FADE_STEP);
      for (const p of skeletonRowParts(c, this.width, i)) {
        const x = snap(p.x);
        const y = snap(p.y);
        const w = snap(p.x + p.width) - x;
        const h = snap(p.y + p.height) - y;
        if (!(w > 0 && h > 0)) continue;
        ctx.fillStyle = p.color;
        if (p.radius === 0) ctx.fillRect(x, y, w, h);
        else {
          pathRoundRect(ctx, x, y, w, h, p.radius);
          ctx.fill();
        }
      }
    }
    ctx.globalAlpha = base;
    if (clip) ctx.restore();
  }
}

/** One filled shape of a skeleton row: a box in the node's logical px, its corner radius and colour. */
export interface SkeletonPart {
  readonly part: 'row' | 'rank' | 'avatar' | 'name' | 'trailing' | 'divider';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly color: string;
}

/**
 * Row `index` of the skeleton, `width` logical px wide, as the flexbox row it stands for lays out: a
 * row of `rowHeight` with the horizontal padding, items centred; the rank bar in the rank column (score
 * rows only), the avatar, the name bar (a share of the row's inner width), the trailing score bar or
 * button shape against the right padding (`margin-left: auto`), and the divider from under the name to
 * the right edge along the bottom.
 */
export function skeletonRowParts(c: SkeletonRowsConfig, width: number, index: number): SkeletonPart[] {
  const t = c.theme;
  const m = t.metrics;
  const top = index * m.rowHeight;
  const mid = top + m.rowHeight / 2;
  const skeleton = t.colors.skeleton;
  const parts: SkeletonPart[] = [{ part: 'row', x: 0, y: top, width, height: m.rowHeight, radius: 0, color: t.colors.surface }];
  const pill = (part: SkeletonPart['part'], x: number, w: number, h: number, radius: number): void => {
    parts.push({ part, x, y: mid - h / 2, width: w, height: h, radius, color: skeleton });
  };
  const withRank = c.trailing === 'score';
  let x = m.padding;
  if (withRank) {
    const margin = (RANK_COLUMN_WIDTH - SKELETON_RANK_WIDTH) / 2;
    pill('rank', x + margin, SKELETON_RANK_WIDTH, SKELETON_BAR_HEIGHT, SKELETON_BAR_HEIGHT / 2);
    x += RANK_COLUMN_WIDTH + m.gap;
  }
  const size = m.avatarSize;
  pill('avatar', x, size, size, avatarBoxRadius(t));
  x += size + m.gap;
  const nameWidth = (parseFloat(SKELETON_NAME_WIDTHS[index % SKELETON_NAME_WIDTHS.length]!) / 100) * (width - 2 * m.padding);
  pill('name', x, nameWidth, SKELETON_BAR_HEIGHT, SKELETON_BAR_HEIGHT / 2);
  const share = c.trailing === 'share';
  const tw = share ? BUTTON_MIN_WIDTH : SKELETON_SCORE_WIDTH;
  // `margin-left: auto`: against the right padding, or right after the name when there is no room.
  const tx = Math.max(x + nameWidth, width - m.padding - tw);
  pill('trailing', tx, tw, share ? BUTTON_HEIGHT : SKELETON_BAR_HEIGHT, share ? m.buttonRadius : SKELETON_BAR_HEIGHT / 2);
  const inset = rowNameInset(t, withRank);
  parts.push({ part: 'divider', x: inset, y: top + m.rowHeight - DIVIDER_PX, width: width - inset, height: DIVIDER_PX, radius: 0, color: t.colors.divider });
  return parts;
}
