import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { View, resolveTheme } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import {
  BUTTON_HEIGHT,
  BUTTON_MIN_WIDTH,
  RANK_COLUMN_WIDTH,
  SKELETON_BAR_HEIGHT,
  SKELETON_FADE_STEP,
  SKELETON_NAME_WIDTHS,
  SKELETON_RANK_WIDTH,
  SKELETON_ROWS,
  SKELETON_SCORE_WIDTH,
} from '../../templates/shared/constants.js';
import type { RowTrailing } from '../../templates/shared/FriendRow.js';
import { SkeletonRows } from '../../templates/shared/SkeletonRows.js';
import { avatarStyle, rowDividerStyle, rowStyle, skeletonStyle } from '../../templates/shared/themeStyles.js';
import { createHarness } from '../core/harness.js';
import type { MockCanvas } from '../helpers/mockCanvas.js';

/**
 * The skeleton rows as they were built before one node drew them: six flexbox rows of six nodes,
 * laid out by yoga. The reference the painted rows must match pixel for pixel.
 */
function flexboxRows(parent: View, t: ThemeTokens, trailing: RowTrailing): void {
  const withRank = trailing === 'score';
  const bar = SKELETON_BAR_HEIGHT;
  const rankMargin = (RANK_COLUMN_WIDTH - SKELETON_RANK_WIDTH) / 2;
  for (let i = 0; i < SKELETON_ROWS; i++) {
    const row = parent.appendChild(new View({ ...rowStyle(t, false), opacity: 1 - i * SKELETON_FADE_STEP }));
    row.appendChild(
      new View({ ...skeletonStyle(t, SKELETON_RANK_WIDTH, bar, true), marginLeft: rankMargin, marginRight: rankMargin + t.metrics.gap, display: withRank ? 'flex' : 'none' }),
    );
    const avatar = avatarStyle(t);
    const size = t.metrics.avatarSize;
    row.appendChild(new View({ ...avatar, backgroundColor: t.colors.skeleton, borderRadius: t.avatarShape === 'circle' ? size / 2 : avatar.borderRadius }));
    row.appendChild(new View(skeletonStyle(t, SKELETON_NAME_WIDTHS[i % SKELETON_NAME_WIDTHS.length]!, bar, true)));
    row.appendChild(
      new View(
        trailing === 'share'
          ? { ...skeletonStyle(t, BUTTON_MIN_WIDTH, BUTTON_HEIGHT, false), borderRadius: t.metrics.buttonRadius, marginLeft: 'auto' }
          : { ...skeletonStyle(t, SKELETON_SCORE_WIDTH, bar, true), marginLeft: 'auto' },
      ),
    );
    row.appendChild(new View(rowDividerStyle(t, withRank)));
  }
}

async function draw(width: number, pr: number, theme: ThemeTokens, trailing: RowTrailing, painted: boolean): Promise<Buffer> {
  const height = SKELETON_ROWS * theme.metrics.rowHeight + 20;
  const canvas = createCanvas(Math.round(width * pr), Math.round(height * pr));
  const h = await createHarness({ width, height, pixelRatio: pr, canvas: canvas as unknown as MockCanvas });
  const column = h.stage.root.appendChild(new View({ flexDirection: 'column', width, height, backgroundColor: '#fafafa' }));
  if (painted) column.appendChild(new SkeletonRows()).configure({ theme, rows: SKELETON_ROWS, trailing });
  else flexboxRows(column, theme, trailing);
  h.frames.flush();
  return canvas.toBuffer('image/png');
}

describe('PANEL1 skeleton rows drawn by one node', () => {
  it('PANEL1 the painted skeleton rows equal the flexbox rows they replace, pixel for pixel (widths 240-414, pixel ratios 1-3, score and share rows, every avatar shape)', async () => {
    const cases: [number, number, string, RowTrailing][] = [
      [375, 2, 'light', 'score'],
      [375, 3, 'dark', 'share'],
      [414, 3, 'arcade', 'score'],
      [240, 1, 'neon', 'share'],
      [300, 3, 'parchment', 'score'],
      [333, 2, 'light', 'share'],
    ];
    let compared = 0;
    for (const [width, pr, preset, trailing] of cases) {
      for (const avatarShape of ['circle', 'rounded', 'square'] as const) {
        const { theme, errors } = resolveTheme(preset as 'light', { avatarShape });
        expect(errors).toEqual([]);
        const [painted, flexbox] = [await draw(width, pr, theme, trailing, true), await draw(width, pr, theme, trailing, false)];
        expect(painted.equals(flexbox), `${width}px @${pr}x ${preset} ${trailing} ${avatarShape}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe(18);
  });

  it('PANEL1 in a panel too short for its rows the skeleton shrinks and draws the whole rows that fit (one, cut to its box, at the least), never over what follows it', async () => {
    const { theme } = resolveTheme('light');
    const rh = theme.metrics.rowHeight;
    for (const height of [300, 150, 50]) {
      const pr = 2;
      const canvas = createCanvas(375 * pr, height * pr);
      const h = await createHarness({ width: 375, height, pixelRatio: pr, canvas: canvas as unknown as MockCanvas });
      const column = h.stage.root.appendChild(new View({ flexDirection: 'column', width: 375, height, backgroundColor: '#ff00ff' }));
      const rows = column.appendChild(new SkeletonRows());
      rows.configure({ theme, rows: SKELETON_ROWS, trailing: 'score' });
      // What follows the rows (the loading caption): it keeps its room, the rows give theirs up.
      column.appendChild(new View({ height: 40, flexShrink: 0, backgroundColor: '#00ff00' }));
      h.frames.flush();
      expect(rows.height).toBe(height - 40);
      expect(rows.rowsShown).toBe(Math.max(1, Math.floor((height - 40) / rh)));
      const ctx = canvas.getContext('2d');
      const at = (y: number): string => Array.from(ctx.getImageData(187 * pr, Math.floor(y * pr), 1, 1).data.slice(0, 3)).join(',');
      // The caption's area is untouched by the rows; between the last whole row and the caption, the panel shows.
      expect(at(height - 40 + 1)).toBe('0,255,0');
      expect(at(height - 1)).toBe('0,255,0');
      const drawn = rows.rowsShown * rh;
      if (drawn < height - 40) expect(at((drawn + height - 40) / 2)).toBe('255,0,255');
      expect(at(1)).not.toBe('255,0,255');
    }
  });

  it('PANEL1 the skeleton is one node with one yoga node, as tall as its rows, and draws nothing before it is configured', async () => {
    const h = await createHarness({ width: 375, height: 600 });
    const before = h.stage.layout.liveNodes;
    const rows = h.stage.root.appendChild(new SkeletonRows());
    expect(h.stage.layout.liveNodes - before).toBe(1);
    h.frames.flush();
    h.ctx.__clearEvents();
    h.stage.invalidateAll();
    h.frames.flush();
    expect(h.ctx.__getEvents().filter((e) => e.type === 'fill' || e.type === 'fillRect').length).toBeLessThanOrEqual(0);
    const { theme } = resolveTheme('light');
    rows.configure({ theme, rows: 4, trailing: 'score' });
    h.frames.flush();
    expect(rows.height).toBe(4 * theme.metrics.rowHeight);
    expect(rows.children).toHaveLength(0);
  });
});
