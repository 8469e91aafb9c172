/**
 * Golden images of leaderboards that fit (issue 12): a 240 px wide panel (extra columns dropped,
 * tighter rows), five-digit ranks, a landscape panel with tabs, tabs with the second selected, and
 * extra columns with captions. `UPDATE_GOLDENS=1 npx vitest run test/golden` rewrites them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGolden } from './compareGolden.js';
import { missingGoldenFonts, registerGoldenFonts } from './goldenFonts.js';
import { GOLDEN_PIXEL_RATIO, goldenFriends, renderScene } from './renderScene.js';
import type { SceneOptions } from './renderScene.js';
import { msg } from '../../src/protocol/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { splitGraphemes, Text } from '../../src/index.js';
import type { Node } from '../../src/index.js';

/** Every Text under `node` whose string passes `pred`. */
function textsUnder(node: Node, pred: (t: Text) => boolean, out: Text[] = []): Text[] {
  if (node instanceof Text && pred(node)) out.push(node);
  for (const c of node.children) textsUnder(c, pred, out);
  return out;
}

const missing = await missingGoldenFonts();
const inCi = process.env.CI === 'true';

/** The golden friends with two more keys: `kills` (0-99) and `time` (ms), from their index. */
function friendsWithExtras(): { friends: RawFriend[]; selfOpenid: string } {
  const { friends, selfOpenid } = goldenFriends();
  friends.forEach((f, i) => {
    const kv = (f.KVDataList as Array<{ key: string; value: string }> | undefined) ?? [];
    kv.push({ key: 'kills', value: String((i * 37) % 100) }, { key: 'time', value: String(61_000 + ((i * 7919) % 240_000)) });
    f.KVDataList = kv;
  });
  return { friends, selfOpenid };
}

/** 10,000 friends (the most a list reads) without avatars, the player last: ranks up to 10,000. */
function manyFriends(): { friends: RawFriend[]; selfOpenid: string } {
  const friends: RawFriend[] = [];
  for (let i = 0; i < 10_000; i++) friends.push({ openid: `f${i}`, nickname: i === 9_998 ? '程序员老王的超长名字' : `Player ${i}`, KVDataList: [{ key: 'score', value: String(50_000 - i * 4) }] });
  return { friends, selfOpenid: 'f9999' };
}

const COLUMNS = { kills: { label: 'Kills' }, time: { format: 'time', label: 'Best' } };
const TABS = { score: 'Score', kills: 'Kills', time: 'Time' };

const SCENES: Record<string, Omit<SceneOptions, 'state' | 'pixelRatio'>> = {
  'fit-leaderboard-light-240': { panel: 'leaderboard', theme: 'light', width: 240, height: 480, ...friendsWithExtras(), options: { columns: COLUMNS } },
  'fit-leaderboard-dark-ranks-240': { panel: 'leaderboard', theme: 'dark', width: 240, height: 420, ...manyFriends(), after: [msg.scrollTo({ target: 'self', animated: false })] },
  'fit-leaderboard-light-ranks-375': { panel: 'leaderboard', theme: 'light', width: 375, height: 420, ...manyFriends(), after: [msg.scrollTo({ target: 'self', animated: false })] },
  'fit-leaderboard-arcade-landscape': { panel: 'leaderboard', theme: 'arcade', width: 560, height: 300, ...friendsWithExtras(), options: { tabs: TABS, columns: { kills: { label: 'Kills' } } } },
  'fit-leaderboard-light-tabs': { panel: 'leaderboard', theme: 'light', width: 375, height: 600, ...friendsWithExtras(), options: { tabs: TABS, scoreKey: 'kills' } },
  'fit-leaderboard-dark-columns': { panel: 'leaderboard', theme: 'dark', width: 375, height: 600, ...friendsWithExtras(), options: { columns: COLUMNS } },
  'fit-share-light-240': { panel: 'share', theme: 'light', width: 240, height: 480, ...goldenFriends(), options: { imageUrl: 'https://example.com/card.png' } },
};

describe.skipIf(missing.length > 0 && !inCi)('golden images of panels that fit', () => {
  beforeAll(async () => {
    if (missing.length === 0) await registerGoldenFonts();
  });

  for (const [name, scene] of Object.entries(SCENES)) {
    it(`FIT9 ${name} matches its golden image`, async () => {
      const s = await renderScene({ ...scene, state: 'ready', pixelRatio: GOLDEN_PIXEL_RATIO });
      const errors = s.warnings.filter((w) => w.startsWith('error:'));
      s.app.dispose();
      expect(errors).toEqual([]);
      const result = checkGolden(name, s.canvas.toBuffer('image/png'));
      expect(result.ok, result.message).toBe(true);
    });
  }

  for (const [panel, theme] of [['leaderboard', 'light'], ['leaderboard', 'dark'], ['share', 'arcade']] as const) {
    it(`FIT6 ${panel}/${theme} at 240 px: long names (Latin and CJK) keep at least 4 graphemes drawn, five-digit ranks whole`, async () => {
      const many = panel === 'share' ? goldenFriends() : manyFriends();
      const s = await renderScene({ panel, theme, state: 'ready', width: 240, height: 480, pixelRatio: 1, ...many, options: { imageUrl: 'https://example.com/c.png' }, after: [msg.scrollTo({ target: 'self', animated: false })] });
      const root = s.app.stage!.root;
      const long = textsUnder(root, (t) => t.text === '程序员老王的超长名字' || t.text === 'Player 9999' || t.text.startsWith('Player Player'));
      expect(long.length).toBeGreaterThan(0);
      for (const t of long) {
        const drawn = t.lines[0] ?? '';
        expect(splitGraphemes(drawn.replace(/…$/, '')).length, `${t.text} drawn as ${drawn}`).toBeGreaterThanOrEqual(4);
      }
      if (panel === 'leaderboard') {
        const rank = textsUnder(root, (t) => t.text === '10000');
        expect(rank.length).toBeGreaterThan(0);
        for (const t of rank) expect(t.lines).toEqual(['10000']);
      }
      s.app.dispose();
    });
  }
});
