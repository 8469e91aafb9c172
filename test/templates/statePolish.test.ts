import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Image, List, Text, contrastRatio, layoutText, lightTheme, parseColor } from '../../src/index.js';
import type { Node } from '../../src/index.js';
import { DEFAULT_LABELS } from '../../templates/index.js';
import type { SkeletonPart, SkeletonRows } from '../../templates/shared/SkeletonRows.js';
import { createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

const AUTH_FAILURE = { errMsg: 'getFriendCloudStorage:fail auth deny' };
const NET_FAILURE = { errMsg: 'getFriendCloudStorage:fail network timeout' };
const L = DEFAULT_LABELS;

/** Drawn: the node and every ancestor are displayed. */
function shown(node: Node): boolean {
  // As the paint walk: `display: 'none'` or zero opacity on the path hides it.
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) if (n.style.display === 'none' || n.style.opacity === 0) return false;
  return true;
}

function named(h: Harness, name: string): Node {
  const node = h.root().findByName(name);
  if (node === undefined) throw new Error(`no node named ${name}`);
  return node;
}

/** The 1 px hairline of a row (its only absolutely placed 1 px tall child). */
function divider(row: Node): Node {
  return row.children.find((c) => c.style.position === 'absolute' && c.style.height === 1)!;
}

const MESSAGE_STATES = [
  ['empty', { friends: [] }, 'glyph:friends'],
  ['unauthorized', { friends: friends([1]), failures: { friends: AUTH_FAILURE } }, 'glyph:locked'],
  ['error', { friends: friends([1]), failures: { friends: NET_FAILURE } }, 'glyph:alert'],
] as const;

describe('state view badges', () => {
  it.each(MESSAGE_STATES)('PANEL13 the %s view draws its badge above the headline: a glyph of plain views, no text', async (_state, options, glyph) => {
    for (const panel of ['leaderboard', 'share', 'surpass'] as const) {
      const h = await createHarness({ ...options, height: panel === 'surpass' ? 72 : 480 });
      h.post('show', { panel });
      await h.settle();
      h.texts();
      const badge = named(h, 'stateIcon');
      const glyphs = ['glyph:friends', 'glyph:locked', 'glyph:alert'].map((n) => named(h, n));
      // Banners drop the badge next to Retry (too narrow for badge, headline and button).
      const badgeShown = !(panel === 'surpass' && _state === 'error');
      expect(shown(badge)).toBe(badgeShown);
      for (const g of glyphs) expect(shown(g)).toBe(badgeShown && g.name === glyph);
      expect(findAll(badge, (n) => n instanceof Text)).toHaveLength(0);
      if (!badgeShown) continue;
      // The badge is an opaque, gentle lift of the surface: visible, never louder than the text.
      const bg = badge.style.backgroundColor!;
      expect(parseColor(bg)?.a).toBe(1);
      const lift = contrastRatio(bg, lightTheme.colors.surface)!;
      expect(lift).toBeGreaterThan(1.05);
      expect(lift).toBeLessThan(1.5);
      const b = badge.absoluteRect();
      const title = named(h, 'stateTitle').absoluteRect();
      if (panel === 'surpass') expect(b.x + b.width).toBeLessThanOrEqual(title.x);
      else expect(b.y + b.height).toBeLessThanOrEqual(title.y);
    }
  });

  it('PANEL13 switching states swaps glyphs and strings in the same nodes', async () => {
    const h = await createHarness({ friends: [], failures: { friends: NET_FAILURE } });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    h.texts();
    const before = findAll(h.root(), () => true);
    expect(shown(named(h, 'glyph:alert'))).toBe(true);
    h.sim.clearFailure('friends');
    h.post('refresh');
    await h.settle();
    expect(h.texts()).toContain(L.empty);
    expect(shown(named(h, 'glyph:friends'))).toBe(true);
    expect(shown(named(h, 'glyph:alert'))).toBe(false);
    const after = findAll(h.root(), () => true);
    expect(after).toHaveLength(before.length);
    after.forEach((n, i) => expect(n).toBe(before[i]));
  });

  it.each(MESSAGE_STATES)('PANEL14 the %s block sits at the optical centre: a little above the middle of the body', async (_state, options) => {
    for (const height of [360, 480, 720]) {
      const h = await createHarness({ ...options, height });
      h.post('show', { panel: 'leaderboard' });
      await h.settle();
      h.texts();
      const body = named(h, 'body').absoluteRect();
      const top = named(h, 'stateIcon').absoluteRect().y;
      const last = _state === 'error' ? named(h, 'retry') : named(h, 'stateHint');
      const r = last.absoluteRect();
      const centre = (top + r.y + r.height) / 2;
      expect(centre).toBeLessThan(body.y + body.height / 2);
      expect(centre).toBeGreaterThan(body.y + body.height * 0.35);
    }
  });
});

describe('state view copy', () => {
  it('PANEL15 a two-line hint is balanced: the second line is not a lone word', async () => {
    // 189 characters (labels are capped at 200) in a 200 px panel: greedy wrapping gives 149 + 39.
    const hint = `${'word '.repeat(37)}end.`;
    const h = await createHarness({ friends: [], width: 200 });
    h.post('show', { panel: 'leaderboard', options: { labels: { emptyHint: hint } } });
    await h.settle();
    h.texts();
    const lines = (named(h, 'stateHint') as Text).lines;
    expect(lines).toHaveLength(2);
    // The mock canvas measures 1 px per character: balanced lines are within a word of each other.
    expect(Math.abs(lines[0]!.length - lines[1]!.length)).toBeLessThanOrEqual(6);
  });

  it('PANEL15 balanced wrapping keeps the greedy line count and never widens the text', async () => {
    // A narrow panel (112 px text box at 1 px per character): one to three lines, sometimes cut.
    const h = await createHarness({ friends: [], width: 160 });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    await fc.assert(
      // Up to 194 characters: labels are capped at 200.
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 15 }), async (words) => {
        const text = words.join(' ');
        h.post('show', { panel: 'leaderboard', options: { labels: { emptyHint: text } } });
        await h.settle(10);
        h.texts();
        const node = named(h, 'stateHint') as Text;
        expect(node.text).toBe(text);
        const box = node.parent!.width;
        const greedy = layoutText({ measure: (_f: string, s: string) => s.length }, text, node.font, { maxWidth: box, maxLines: 3 });
        expect(node.lines).toHaveLength(greedy.lines.length);
        expect(node.width).toBeLessThanOrEqual(Math.ceil(greedy.width));
        if (!greedy.truncated) expect(node.lines.join(' ')).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('PANEL15 the default headlines fit one line of a 375 px panel (no orphaned word)', async () => {
    for (const [state, options] of MESSAGE_STATES) {
      const h = await createHarness({ ...options, width: 375, height: 600 });
      h.post('show', { panel: 'leaderboard' });
      await h.settle();
      h.texts();
      const title = named(h, 'stateTitle') as Text;
      expect(title.lines, state).toHaveLength(1);
    }
  });
});

describe('rows and skeletons', () => {
  it.each(['leaderboard', 'share'] as const)('PANEL16 %s skeleton rows line up with the real rows, dividers included', async (panel) => {
    const h = await createHarness({ friends: friends([5, 4, 3]), latencyMs: 100 });
    h.post('show', { panel, options: { imageUrl: 'x.png' } });
    await h.settle(30);
    h.texts();
    expect(h.data().status).toBe('loading');
    // The skeleton rows are drawn by one node; the shapes of its first row, on the stage.
    const skeleton = named(h, 'skeletonRows') as SkeletonRows;
    const origin = skeleton.absoluteRect();
    const part = (name: SkeletonPart['part']): { x: number; y: number; width: number; height: number } => {
      const p = skeleton.rowParts(0).find((q) => q.part === name)!;
      return { x: origin.x + p.x, y: origin.y + p.y, width: p.width, height: p.height };
    };
    const skAvatar = part('avatar');
    const skDivider = part('divider');
    const skTrailing = part('trailing');
    await h.settle(400);
    h.texts();
    expect(h.data().status).toBe('ready');
    const row = (named(h, 'list') as List).rowAt(0)!;
    const avatar = findAll(row, (n) => n instanceof Image)[0]!.absoluteRect();
    const rowDivider = divider(row).absoluteRect();
    expect(skAvatar.x).toBe(avatar.x);
    expect(skAvatar.width).toBe(avatar.width);
    // Dividers start under the name (iOS inset) and run to the right edge, in both.
    expect(skDivider.x).toBe(rowDivider.x);
    expect(skDivider.x).toBe(avatar.x + avatar.width + lightTheme.metrics.gap);
    expect(skDivider.x + skDivider.width).toBe(320);
    expect(rowDivider.x + rowDivider.width).toBe(320);
    // The trailing placeholder ends where the score or button ends.
    const trailing = panel === 'share' ? findAll(row, (n) => n.name === 'shareButton')[0]! : row.children[3]!;
    const t = trailing.absoluteRect();
    expect(skTrailing.x + skTrailing.width).toBe(t.x + t.width);
    if (panel === 'share') expect(skTrailing.height).toBe(t.height);
  });

  it("PANEL17 the player's row is tinted with an accent mark and no inner hairline; the pinned copy has a top hairline", async () => {
    const scores = Array.from({ length: 30 }, (_, i) => 1000 - i * 10);
    const h = await createHarness({ friends: [...friends(scores), { openid: 'me', nickname: 'Me', KVDataList: [{ key: 'score', value: '5' }] }] });
    h.post('self', { openid: 'me' });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    h.texts();
    const mark = (row: Node): Node => row.children.find((c) => c.style.position === 'absolute' && c.style.width === 3)!;
    const footer = named(h, 'selfFooter');
    expect(footer.style.backgroundColor).toBe(lightTheme.colors.selfHighlight);
    expect(shown(mark(footer))).toBe(true);
    expect(mark(footer).style.backgroundColor).toBe(lightTheme.colors.accent);
    const top = divider(footer);
    expect(shown(top)).toBe(true);
    expect(top.absoluteRect().y).toBe(footer.absoluteRect().y);
    expect(top.absoluteRect().width).toBe(footer.absoluteRect().width);
    const list = named(h, 'list') as List;
    const other = list.rowAt(0)!;
    expect(shown(mark(other))).toBe(false);
    expect(shown(divider(other))).toBe(true);
    h.post('scrollTo', { target: 'self', animated: false });
    await h.settle();
    h.texts();
    const self = list.rowAt(30)!;
    expect(self.style.backgroundColor).toBe(lightTheme.colors.selfHighlight);
    expect(shown(mark(self))).toBe(true);
    expect(shown(divider(self))).toBe(false);
  });
});

describe('banner states', () => {
  it.each(MESSAGE_STATES)('PANEL18 the %s banner shows a one-line headline and a one-line hint, ellipsized, inside the banner', async (state, options) => {
    const long = { empty: 'E'.repeat(190), emptyHint: 'e '.repeat(95), unauthorized: 'U'.repeat(190), unauthorizedHint: 'u '.repeat(95), error: 'X'.repeat(190), errorHint: 'x '.repeat(95) };
    for (const labels of [{}, long]) {
      // The mock canvas measures 1 px per character: long labels overflow a narrower banner.
      const width = labels === long ? 200 : 320;
      const h = await createHarness({ ...options, width, height: 72 });
      h.post('show', { panel: 'surpass', options: { labels } });
      await h.settle();
      const texts = h.texts();
      const title = named(h, 'stateTitle') as Text;
      const hint = named(h, 'stateHint') as Text;
      expect(title.lines).toHaveLength(1);
      expect(hint.lines).toHaveLength(1);
      if (labels === long) expect(hint.lines[0]!.endsWith('…')).toBe(true);
      else expect(hint.text).toBe(L[`${state}Hint`]);
      expect(texts).toContain(hint.lines[0]);
      for (const t of findAll(h.root(), (n) => n instanceof Text && shown(n) && n.width > 0)) {
        const r = t.absoluteRect();
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.y + r.height).toBeLessThanOrEqual(72);
        expect(r.x + r.width).toBeLessThanOrEqual(width);
      }
      expect(shown(named(h, 'retry'))).toBe(state === 'error');
    }
  });
});
