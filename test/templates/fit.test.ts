import { describe, expect, it, vi } from 'vitest';
import { contrastRatio, lightTheme, resolveTheme, Text } from '../../src/index.js';
import type { List, Node, ThemePresetName } from '../../src/index.js';
import { shareButtonShades, selfRowBackground } from '../../templates/shared/accentShades.js';
import { colorDistance } from '../../templates/shared/colorDistance.js';
import { MIN_STATE_DISTANCE, RANK_COLUMN_WIDTH, RANK_TEXT_INSET_PX } from '../../templates/shared/constants.js';
import { rankColumnWidth } from '../../templates/shared/rankColumnWidth.js';
import { fitRow, nameRoom } from '../../templates/shared/rowFit.js';
import { createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

/** Digit widths of a made-up font: '0' is the widest (10 px), every other digit 8 px. */
const measureDigits = (s: string): number => [...s].reduce((w, c) => w + (c === '0' ? 10 : 8), 0);

describe('rank column width', () => {
  it('FIT1 fits the widest rank shown, 1 to 5 digits, from the widest digit, never under the classic 36 px', () => {
    expect(rankColumnWidth(undefined, measureDigits)).toBe(RANK_COLUMN_WIDTH);
    expect(rankColumnWidth(7, measureDigits)).toBe(RANK_COLUMN_WIDTH);
    expect(rankColumnWidth(99, measureDigits)).toBe(RANK_COLUMN_WIDTH);
    expect(rankColumnWidth(999, measureDigits)).toBe(RANK_COLUMN_WIDTH);
    // 4 digits: "0000" (the widest digit, whatever the rank's own digits) = 40 + insets.
    expect(rankColumnWidth(1111, measureDigits)).toBe(40 + 2 * RANK_TEXT_INSET_PX);
    expect(rankColumnWidth(12345, measureDigits)).toBe(50 + 2 * RANK_TEXT_INSET_PX);
    expect(rankColumnWidth(10000, measureDigits)).toBe(rankColumnWidth(99999, measureDigits));
  });

  it('FIT1 the leaderboard sizes its rank column from its last rank, once per data change, and rebinding keeps it', async () => {
    const scores = Array.from({ length: 1200 }, (_, i) => 100_000 - i);
    const h = await createHarness({ friends: friends(scores), width: 375, height: 480 });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    h.texts();
    const list = h.root().findByName('list')!;
    const rankColumns = findAll(list, (n) => n.parent?.name === undefined && n.children.length === 2 && n.children[1] instanceof Text && /^\d+$/.test((n.children[1] as Text).text));
    // The mock canvas measures 1 px per character (see mockCanvas.ts): "1200" → 4 px, under 36.
    expect(rankColumns.length).toBeGreaterThan(0);
    for (const c of rankColumns) expect(c.width).toBe(RANK_COLUMN_WIDTH);
  });
});

describe('widths after a theme change', () => {
  /** Text widths that follow the font size, as on a real canvas: 0.6 em per character. */
  const widthAt = (size: number) => (s: string): number => s.length * 0.6 * size;
  const rankColumnsOf = (h: Harness): Node[] =>
    findAll(h.root().findByName('list')!, (n) => n instanceof Text && /^\d+$/.test(n.text) && n.parent?.children.length === 2 && n.stage !== undefined).map((t) => t.parent!);

  const CASES = [
    ['', {}],
    [' (with an extra column)', { columns: { kills: { label: 'K' } } }],
  ] as const;
  it.each(CASES)('FIT11 a theme that changes the row fonts measures the rank, score and column widths again; one that changes no row font measures nothing%s', async (_case, options) => {
    const raw = Array.from({ length: 1200 }, (_, i) => ({ openid: `id${i}`, nickname: `Friend ${i}`, KVDataList: [{ key: 'score', value: String(100_000 - i) }, { key: 'kills', value: String(1 + (i % 50)) }] }));
    const h = await createHarness({ friends: raw, width: 480, height: 480 });
    const ctx = h.ctx;
    vi.spyOn(ctx, 'measureText').mockImplementation((s: string) => ({ width: widthAt(Number(/(\d+(?:\.\d+)?)px/.exec(String(ctx.font))?.[1] ?? 10))(s) }));
    h.post('show', { panel: 'leaderboard', options });
    await h.settle();
    h.texts();
    const list = h.root().findByName('list') as List;
    const created = list.stats.rowsCreated;
    const columnShown = (): boolean => h.root().findByName('columnHeader')!.style.display !== 'none';
    expect(columnShown()).toBe('columns' in options);
    const widths = (): number[] => [...new Set(rankColumnsOf(h).map((c) => c.width))];
    expect(widths()).toEqual([rankColumnWidth(1200, widthAt(lightTheme.font.sizeBody))]);
    const measure = vi.spyOn(h.app.stage!.measurer, 'measure');
    // rankColumnWidth measures each digit alone: '0' alone is never a row's text, so it marks a width measurement.
    const widthsMeasured = (): number => measure.mock.calls.filter(([, text]) => text === '0').length;

    // Colours, and a font the rows do not use: no width is measured, no row rebound.
    const bound = list.stats.rowsBound;
    h.post('theme', { tokens: { colors: { text: '#202020' }, font: { sizeTitle: 24 } } });
    await h.settle();
    h.texts();
    expect(widthsMeasured()).toBe(0);
    expect(list.stats.rowsBound).toBe(bound);
    expect(widths()).toEqual([rankColumnWidth(1200, widthAt(lightTheme.font.sizeBody))]);

    // A bigger body font: the rank column grows to show "1200" whole, with no row created.
    h.post('theme', { tokens: { font: { sizeBody: 30 } } });
    await h.settle();
    h.texts();
    expect(widthsMeasured()).toBeGreaterThan(0);
    expect(widths()).toEqual([rankColumnWidth(1200, widthAt(30))]);
    expect(list.stats.rowsCreated).toBe(created);

    // The same theme again is a no-op (PRESS2): nothing measured, rebound or requested.
    measure.mockClear();
    const boundAfter = list.stats.rowsBound;
    const frames = h.sim.calls.rafRequests;
    h.post('theme', { tokens: { font: { sizeBody: 30 } } });
    await h.settle();
    expect(measure).not.toHaveBeenCalled();
    expect(list.stats.rowsBound).toBe(boundAfter);
    expect(h.sim.calls.rafRequests).toBe(frames);
  });
});

describe('fitting rows to narrow panels', () => {
  const input = { theme: lightTheme, height: 600, rankWidth: 36, trailingWidth: 56, columnWidths: [40, 70], nameMinWidth: 75 };

  it('FIT2 a wide panel keeps the theme and every column; narrower ones tighten, then shrink avatars, then drop the last column, then the first', () => {
    const wide = fitRow({ ...input, width: 600 });
    expect(wide.theme).toBe(lightTheme);
    expect(wide.columns).toBe(2);
    const steps = [600, 420, 380, 340, 300, 240].map((width) => fitRow({ ...input, width }));
    // Columns only ever decrease as the panel narrows, and each fit leaves the name its room when it can.
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.columns).toBeLessThanOrEqual(steps[i - 1]!.columns);
    for (const [i, width] of [600, 420, 380, 340, 300, 240].entries()) {
      const f = steps[i]!;
      if (f.columns > 0 || f.level < 4) expect(nameRoom(f.theme.metrics, { ...input, width }, f.columns)).toBeGreaterThanOrEqual(75);
    }
    // The drop order: the second column goes before the first.
    const one = steps.find((f) => f.columns === 1);
    expect(one).toBeDefined();
    expect(steps.at(-1)!.columns).toBe(0);
    expect(steps.at(-1)!.theme.metrics.avatarSize).toBeLessThan(lightTheme.metrics.avatarSize);
  });

  it('FIT2 a short (landscape) panel gets shorter rows and title bar; avatars keep clear of the row edges', () => {
    const f = fitRow({ ...input, columnWidths: [], width: 560, height: 300 });
    expect(f.theme.metrics.rowHeight).toBeLessThan(lightTheme.metrics.rowHeight);
    expect(f.theme.metrics.titleHeight).toBeLessThan(lightTheme.metrics.titleHeight);
    expect(f.theme.metrics.avatarSize).toBeLessThanOrEqual(f.theme.metrics.rowHeight - 16);
  });
});

describe('accent shades', () => {
  const accents = ['#00c853', '#178045', '#3ddc84', '#ff0000', '#c62828', '#ffffff', '#000000', '#ffd23f', '#25e2dc', '#888888', '#7b1fa2'];
  const presets: ThemePresetName[] = ['light', 'dark', 'arcade'];
  for (const preset of presets) {
    it(`FIT3 ${preset}: for any accent, the player's row and Share/Sending/Sent/Retry keep labels at contrast ≥ 4.5 and stay pairwise distinct`, () => {
      for (const accent of accents) {
        const t = resolveTheme(preset, { colors: { accent } }).theme;
        const shades = shareButtonShades(t);
        const states = Object.values(shades);
        for (const s of states) expect(contrastRatio(s.text, s.background), `${accent} ${s.background}`).toBeGreaterThanOrEqual(4.5);
        for (let i = 0; i < states.length; i++)
          for (let j = i + 1; j < states.length; j++) expect(colorDistance(states[i]!.background, states[j]!.background), `${accent} ${i}/${j}`).toBeGreaterThanOrEqual(MIN_STATE_DISTANCE);
        const self = selfRowBackground(t);
        expect(colorDistance(self, t.colors.surface), accent).toBeGreaterThanOrEqual(MIN_STATE_DISTANCE);
        for (const fg of [t.colors.text, t.colors.textSecondary]) expect(contrastRatio(fg, self), `${accent} ${fg} on ${self}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('FIT3 a green accent no longer makes Share and Sent alike, and an accent change retints the player\'s row', () => {
    const t = resolveTheme('light', { colors: { accent: '#178045' } }).theme;
    const s = shareButtonShades(t);
    expect(colorDistance(s.idle.background, s.sent.background)).toBeGreaterThanOrEqual(MIN_STATE_DISTANCE);
    expect(t.colors.selfHighlight).not.toBe(lightTheme.colors.selfHighlight);
    expect(colorDistance(selfRowBackground(t), '#ffe4eb')).toBeGreaterThan(MIN_STATE_DISTANCE);
  });
});

/** Raw friends with `score`, `kills` and `time` values. */
function friendsWithKeys(n: number): ReturnType<typeof friends> {
  return Array.from({ length: n }, (_, i) => ({
    openid: `id${i}`,
    nickname: `Friend ${i}`,
    KVDataList: [
      { key: 'score', value: String(100 - i) },
      { key: 'kills', value: String((i * 7) % 10) },
      { key: 'time', value: String(60_000 + ((i * 3) % 5) * 1000) },
    ],
  }));
}

function rowStrings(h: Harness): string[][] {
  h.texts();
  const list = h.root().findByName('list')!;
  const out: string[][] = [];
  (list as unknown as { forEachRow(fn: (r: Node) => void): void }).forEachRow((row) => {
    const t = (findAll(row, (n) => n instanceof Text) as Text[]).filter((x) => x.style.display !== 'none').map((x) => x.text);
    out.push(t);
  });
  return out;
}

describe('tabs and extra columns', () => {
  it('FIT4 tabs are fetched up front; a tap re-ranks by that key at once with no friend query, and a re-show keeps the tab', async () => {
    const h = await createHarness({ friends: friendsWithKeys(5) });
    const options = { tabs: { score: 'Score', kills: 'Kills', time: 'Time' } };
    h.post('show', { panel: 'leaderboard', options });
    await h.settle();
    expect(h.sim.calls.friendQueries.at(-1)).toEqual(expect.arrayContaining(['score', 'kills', 'time']));
    const queries = h.sim.calls.friendQueries.length;
    const firstBefore = rowStrings(h).find((r) => r[0] === '1')!;
    expect(firstBefore[1]).toBe('Friend 0');
    const tab = h.root().findByName('tab:kills')!;
    const r = tab.absoluteRect();
    await h.tapMessage(r.x + r.width / 2, r.y + r.height / 2);
    const first = rowStrings(h).find((x) => x[0] === '1')!;
    // kills = (i * 7) % 10 over five friends: 0, 7, 4, 1, 8, so Friend 4 leads.
    expect(first[1]).toBe('Friend 4');
    expect(h.sim.calls.friendQueries.length).toBe(queries);
    h.post('show', { panel: 'leaderboard', options });
    h.post('scrollTo', { target: 'top' });
    await h.settle();
    expect(rowStrings(h).find((x) => x[0] === '1')![1]).toBe('Friend 4');
    // Options that name another tab select it (time: 0, 3, 1, 4, 2 s over a minute: Friend 3 leads).
    h.post('show', { panel: 'leaderboard', options: { ...options, scoreKey: 'time' } });
    await h.settle();
    expect(rowStrings(h).find((x) => x[0] === '1')![1]).toBe('Friend 3');
    expect(h.sim.calls.friendQueries.length).toBe(queries);
  });

  it('FIT5 extra columns show each key in its own format, under captions; bad entries warn once per option', async () => {
    const h = await createHarness({ friends: friendsWithKeys(3), width: 480 });
    h.post('show', {
      panel: 'leaderboard',
      options: { columns: { kills: { label: 'K' }, time: { format: 'time', label: 'Best' }, extra: { label: 'X' } }, tabs: { score: 'S', bad: 5 } },
    });
    await h.settle();
    const first = rowStrings(h).find((r) => r[0] === '1')!;
    expect(first).toEqual(['1', 'Friend 0', '100', '0', '1:00.000']);
    expect(h.texts()).toEqual(expect.arrayContaining(['K', 'Best', 'Score']));
    expect(h.warnings.filter((w) => w.includes('"columns"'))).toHaveLength(1);
    expect(h.warnings.filter((w) => w.includes('"tabs"'))).toHaveLength(1);
  });
});

describe('the header edge while scrolling', () => {
  it('FIT7 a row hairline scrolled under the header is covered by the list surface; at rest nothing is drawn over the first row', async () => {
    const h = await createHarness({ friends: friends(Array.from({ length: 40 }, (_, i) => 1000 - i)) });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    h.texts();
    const list = h.root().findByName('list') as unknown as { scrollTo(y: number): void; style: { backgroundColor?: string } } & Node;
    const mask = h.root().findByName('scrollEdgeMask')!;
    const fills: Array<{ color: string; y: number; h: number }> = [];
    const rec = { fillStyle: '', fillRect: (_x: number, y: number, _w: number, hh: number) => fills.push({ color: rec.fillStyle, y, h: hh }) };
    mask.paintSelf(rec as unknown as Parameters<Node['paintSelf']>[0]);
    expect(fills).toEqual([]);
    // A row is 64 px: an offset of 63 px puts the first row's bottom hairline right under the header.
    list.scrollTo(63);
    await h.settle();
    mask.paintSelf(rec as unknown as Parameters<Node['paintSelf']>[0]);
    expect(fills).toEqual([{ color: list.style.backgroundColor, y: 0, h: 1 }]);
    expect(mask.absoluteRect().y).toBe(list.absoluteRect().y);
  });
});
