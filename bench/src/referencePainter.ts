import { Image as NapiImage } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { formatScore, lightTheme, normalizeFriendList, rankFriends } from '../../src/index.js';
import type { List } from '../../src/index.js';
import { AVATAR_SIZE_PX, SCORE_KEY } from './constants.js';
import type { SimDriver } from './SimDriver.js';

/** What one visible row shows. */
interface RefRow {
  rank: string;
  name: string;
  score: string;
}

/**
 * "The least a canvas list can do": a hand-written painter for the same list, with no framework. Each
 * frame it repaints the visible rows of the list's box only (no overscan, no tree, no layout), grouped
 * by style so each style is set once per frame: dividers, circle-clipped avatars, then every rank,
 * name and score. A name is cut to its width once, the first time its row shows. Ranking and score
 * formatting are done before timing starts, as a game would when the data arrives.
 */
export class ReferencePainter {
  private readonly _rows: RefRow[];
  private readonly _fitted = new Map<number, string>();
  private readonly _avatar: NapiImage;

  public constructor(
    private readonly _ctx: SKRSContext2D,
    private readonly _scale: number,
    private readonly _box: { x: number; y: number; width: number; height: number },
    private readonly _rowHeight: number,
    d: SimDriver,
  ) {
    const friends = normalizeFriendList(d.friends).friends;
    const ranking = rankFriends(friends, { scoreKey: SCORE_KEY });
    const format = { kind: 'integer', grouping: true } as const;
    this._rows = ranking.ranked.map((f) => ({ rank: String(f.rank), name: f.nickname, score: formatScore(f.score, format) }));
    this._avatar = new NapiImage();
    this._avatar.src = d.avatarPng;
  }

  /** Paints the list's box with its content scrolled to `offset` logical px. */
  public paint(offset: number): void {
    const ctx = this._ctx;
    const t = lightTheme;
    const m = t.metrics;
    const { x, y, width, height } = this._box;
    const rh = this._rowHeight;
    const first = Math.max(0, Math.floor(offset / rh));
    const last = Math.min(this._rows.length - 1, Math.floor((offset + height) / rh));
    const rankX = x + m.padding + 18;
    const avatarX = x + m.padding + 36 + m.gap;
    const nameX = avatarX + m.avatarSize + m.gap;
    const right = x + width - m.padding;
    const half = m.avatarSize / 2;
    const bold = `${t.font.weightBold} ${t.font.sizeBody}px ${t.font.family}`;
    const normal = `${t.font.weightNormal} ${t.font.sizeBody}px ${t.font.family}`;
    this._fitNew(first, last, nameX, right, bold, normal);
    ctx.setTransform(this._scale, 0, 0, this._scale, 0, 0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, width, height);
    ctx.clip();
    ctx.fillStyle = t.colors.surface;
    ctx.fillRect(x, y, width, height);
    ctx.fillStyle = t.colors.divider;
    for (let i = first; i <= last; i++) ctx.fillRect(nameX, y + i * rh - offset + rh - 1, right + m.padding - nameX, 1);
    for (let i = first; i <= last; i++) {
      const cy = y + i * rh - offset + rh / 2;
      ctx.save();
      ctx.beginPath();
      ctx.arc(avatarX + half, cy, half, 0, Math.PI * 2);
      ctx.clip();
      ctx.drawImage(this._avatar, 0, 0, AVATAR_SIZE_PX, AVATAR_SIZE_PX, avatarX, cy - half, m.avatarSize, m.avatarSize);
      ctx.restore();
    }
    ctx.textBaseline = 'middle';
    ctx.font = bold;
    ctx.fillStyle = t.colors.textSecondary;
    ctx.textAlign = 'center';
    for (let i = first; i <= last; i++) ctx.fillText(this._rows[i]!.rank, rankX, y + i * rh - offset + rh / 2);
    ctx.fillStyle = t.colors.text;
    ctx.textAlign = 'right';
    for (let i = first; i <= last; i++) ctx.fillText(this._rows[i]!.score, right, y + i * rh - offset + rh / 2);
    ctx.font = normal;
    ctx.textAlign = 'left';
    for (let i = first; i <= last; i++) ctx.fillText(this._fitted.get(i)!, nameX, y + i * rh - offset + rh / 2);
    ctx.restore();
  }

  /** Cuts the names of rows `first..last` not seen before to the room their score leaves (once per row). */
  private _fitNew(first: number, last: number, nameX: number, right: number, bold: string, normal: string): void {
    const ctx = this._ctx;
    for (let i = first; i <= last; i++) {
      if (this._fitted.has(i)) continue;
      const row = this._rows[i]!;
      ctx.font = bold;
      const room = right - lightTheme.metrics.gap - Math.ceil(ctx.measureText(row.score).width) - nameX;
      ctx.font = normal;
      this._fitted.set(i, this._fit(row.name, room));
    }
  }

  /** `name` cut to `width` with an ellipsis (binary search on measured widths). */
  private _fit(name: string, width: number): string {
    const ctx = this._ctx;
    if (ctx.measureText(name).width <= width) return name;
    let lo = 0;
    let hi = name.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${name.slice(0, mid)}…`).width <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${name.slice(0, lo)}…`;
  }
}

/** Replays `offsets` with the reference painter over `list`'s box on the driver's canvas; returns each frame's time, ms. */
export function paintReference(d: SimDriver, list: List, offsets: readonly number[]): number[] {
  const painter = new ReferencePainter(d.canvas.getContext('2d'), d.config.pr, list.absoluteRect(), list.rowHeight(0), d);
  // One unmeasured frame per offset first: the same warm start the engine's gesture had.
  for (const offset of offsets) painter.paint(offset);
  const times: number[] = [];
  for (const offset of offsets) {
    const t = performance.now();
    painter.paint(offset);
    times.push(performance.now() - t);
  }
  return times;
}
