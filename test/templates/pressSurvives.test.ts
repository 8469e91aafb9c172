/**
 * Presses on a Share button survive whatever the game re-sends while the finger is down (PRESS rules):
 * games re-send their state all the time (`panels.resync()`, a viewport every frame), and a press is
 * cancelled only when the row under the finger now shows someone else or is gone.
 */
import { describe, expect, it } from 'vitest';
import { Button, Image, List, Text } from '../../src/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { createMockImage } from '../helpers/mockCanvas.js';
import { centreOf, createHarness, findAll } from './harness.js';
import type { Harness } from './harness.js';

const CARD = { title: 'Beat me', imageUrl: 'https://cdn.example/card.png' };
const VIEWPORT = { x: 0, y: 0, width: 320, height: 480, pixelRatio: 1 };
const AVATAR_LATENCY_MS = 1000;

type Path = 'message' | 'native';

/** Friends with names, scores and avatars. */
function avatarFriends(count: number, prefix = 'Friend'): RawFriend[] {
  return Array.from({ length: count }, (_, i) => ({
    openid: `id${i}`,
    nickname: `${prefix} ${i}`,
    avatarUrl: `https://cdn.example/avatar/${i}.png`,
    KVDataList: [{ key: 'score', value: String(i * 10) }],
  }));
}

async function shareScene(path: Path, extra: Parameters<typeof createHarness>[0] = {}): Promise<Harness> {
  const h = await createHarness({ friends: avatarFriends(12), nativeTouches: path === 'native', createImage: () => createMockImage(), ...extra });
  h.post('theme', { preset: 'dark' });
  h.post('self', { openid: 'id11' });
  h.post('show', { panel: 'share', options: CARD });
  await h.settle(100);
  return h;
}

function list(h: Harness): List {
  return findAll(h.root(), (n) => n instanceof List)[0] as List;
}

/** The share button in the row showing `name`. */
function buttonOf(h: Harness, name: string): Button {
  const text = findAll(h.root(), (n) => n instanceof Text && n.text === name && n.stage !== undefined)[0];
  if (text === undefined) throw new Error(`no row for ${name}`);
  return text.parent!.children.find((c) => c instanceof Button) as Button;
}

/** Puts a finger down on `node` through one input path; returns the release. */
function press(h: Harness, path: Path, node: Button, id: number): () => void {
  const p = centreOf(node);
  if (path === 'message') {
    h.post('pointer', { phase: 'start', id, x: p.x, y: p.y });
    return () => h.post('pointer', { phase: 'end', id, x: p.x, y: p.y });
  }
  h.sim.touch('start', id, p.x, p.y);
  h.sim.flush();
  return () => {
    h.sim.touch('end', id, p.x, p.y);
    h.sim.flush();
  };
}

/** What the game may deliver while a finger is down, none of which changes who the row shows. */
const MID_PRESS: ReadonlyArray<readonly [string, (h: Harness) => Promise<void>]> = [
  ['an identical show', async (h) => h.post('show', { panel: 'share', options: CARD })],
  ['an identical theme', async (h) => h.post('theme', { preset: 'dark' })],
  ['an identical viewport', async (h) => h.post('viewport', VIEWPORT)],
  ['a refresh returning the same friends', async (h) => {
    h.post('refresh');
    await h.settle();
  }],
  ['an accent change', async (h) => h.post('theme', { tokens: { colors: { accent: '#ff0050' } } })],
  ['a score message', async (h) => h.post('score', { key: 'score', value: 4321 })],
];

describe('a press survives what the game re-sends', () => {
  for (const path of ['message', 'native'] as const) {
    for (const [what, deliver] of MID_PRESS) {
      it(`PRESS3 a tap survives ${what} delivered mid-press (${path})`, async () => {
        const h = await shareScene(path);
        const release = press(h, path, buttonOf(h, 'Friend 2'), 1);
        await deliver(h);
        await h.settle();
        release();
        expect(h.sim.calls.shares.map((s) => s.openid)).toEqual(['id2']);
        expect(h.sim.calls.shares[0]!.duringInput).toBe(true);
      });
    }

    it(`PRESS3 a tap survives an avatar arriving mid-press (${path})`, async () => {
      const h = await createHarness({ friends: avatarFriends(12), nativeTouches: path === 'native', createImage: () => createMockImage() });
      h.post('show', { panel: 'share', options: CARD });
      // The friend answer is already scheduled (latency 0); the avatar loads it triggers come later.
      h.sim.setLatency(AVATAR_LATENCY_MS);
      await h.settle(50);
      const button = buttonOf(h, 'Friend 2');
      const avatar = button.parent!.children.find((c) => c instanceof Image) as Image;
      expect(avatar.state).toBe('loading');
      const release = press(h, path, button, 1);
      await h.settle(AVATAR_LATENCY_MS);
      expect(avatar.state).toBe('loaded');
      release();
      expect(h.sim.calls.shares.map((s) => s.openid)).toEqual(['id2']);
    });

    it(`PRESS4 with the whole state re-sent every frame, 40 taps in a row send 40 times (${path})`, async () => {
      // Every share fails, so every tap on the same row sends again (Retry).
      const h = await shareScene(path, { failures: { share: { errMsg: 'shareToUser:fail cancel' } } });
      const resync = (): void => {
        h.post('viewport', VIEWPORT);
        h.post('self', { openid: 'id11' });
        h.post('theme', { preset: 'dark' });
        h.post('show', { panel: 'share', options: CARD });
      };
      for (let tap = 0; tap < 40; tap++) {
        const release = press(h, path, buttonOf(h, 'Friend 3'), tap + 1);
        for (let frame = 0; frame < 4; frame++) {
          resync();
          h.sim.advance(16.67);
        }
        release();
        for (let frame = 0; frame < 4; frame++) {
          resync();
          await h.settle(16.67);
        }
      }
      expect(h.sim.calls.shares).toHaveLength(40);
      expect(h.sim.calls.shares.every((s) => s.openid === 'id3' && s.duringInput)).toBe(true);
    });

    it(`PRESS5 a refresh that puts another friend under the finger cancels the tap: nothing is sent (${path})`, async () => {
      const h = await shareScene(path);
      const release = press(h, path, buttonOf(h, 'Friend 2'), 1);
      // A newcomer at the top moves everybody down one row.
      h.sim.setFriends([{ openid: 'new', nickname: 'Newcomer', KVDataList: [] }, ...avatarFriends(12)]);
      h.post('refresh');
      await h.settle();
      expect(buttonOf(h, 'Friend 1').parent).not.toBe(null);
      // The highlight went with the friend: no button is drawn pressed while the finger is still down.
      expect(findAll(h.root(), (n) => n instanceof Button && n.pressed)).toEqual([]);
      release();
      expect(h.sim.calls.shares).toEqual([]);
      // The next tap goes to whoever is shown there now.
      const again = press(h, path, buttonOf(h, 'Friend 2'), 2);
      again();
      expect(h.sim.calls.shares.map((s) => s.openid)).toEqual(['id2']);
    });

    it(`PRESS6 content scrolled away from under a held finger (a wheel turn, the panel's own scrollTo) drops the press: no highlight, no tap (${path})`, async () => {
      const h = await shareScene(path, { friends: avatarFriends(40) });
      const button = buttonOf(h, 'Friend 2');
      const at = centreOf(button);
      const release = press(h, path, button, 1);
      expect(button.pressed).toBe(true);
      h.post('wheel', { x: at.x, y: at.y, deltaY: 320 });
      await h.settle();
      expect(button.pressed).toBe(false);
      release();
      expect(h.sim.calls.shares, 'after the wheel').toEqual([]);
      // Moved by the panel's own code instead (scrolled by two rows, the pressed row still bound to Friend 2):
      // the release lands on another row, which was not pressed.
      const l = list(h);
      l.scrollTo(0);
      await h.settle();
      const held = buttonOf(h, 'Friend 2');
      const again = press(h, path, held, 2);
      l.scrollTo(held.absoluteRect().height * 2.5);
      await h.settle();
      expect(buttonOf(h, 'Friend 2')).toBe(held);
      again();
      expect(h.sim.calls.shares, 'after the scrollTo').toEqual([]);
      // An undisturbed tap still shares.
      l.scrollTo(0);
      await h.settle();
      press(h, path, buttonOf(h, 'Friend 2'), 3)();
      expect(h.sim.calls.shares.map((x) => x.openid)).toEqual(['id2']);
    });

    it(`PRESS5 a row that disappears mid-press receives no tap (${path})`, async () => {
      const h = await shareScene(path);
      const release = press(h, path, buttonOf(h, 'Friend 2'), 1);
      h.sim.setFriends(avatarFriends(12).filter((f) => f.openid !== 'id2' && f.openid !== 'id3'));
      h.post('refresh');
      await h.settle();
      release();
      expect(h.sim.calls.shares).toEqual([]);
    });
  }
});

describe('identical messages are no-ops', () => {
  const IDENTICAL: ReadonlyArray<readonly [string, (h: Harness) => void]> = [
    ['show', (h) => h.post('show', { panel: 'share', options: CARD })],
    ['theme', (h) => h.post('theme', { preset: 'dark' })],
    ['viewport', (h) => h.post('viewport', VIEWPORT)],
    ['self', (h) => h.post('self', { openid: 'id11' })],
    ['score', (h) => h.post('score', { key: 'score', value: 7 })],
  ];
  for (const [type, send] of IDENTICAL) {
    it(`PRESS2 an identical ${type} message rebinds no row and requests no frame`, async () => {
      const h = await shareScene('message');
      h.post('score', { key: 'score', value: 7 });
      await h.settle(2000);
      const l = list(h);
      const bound = l.stats.rowsBound;
      const frames = h.sim.calls.rafRequests;
      send(h);
      await h.settle(100);
      expect(l.stats.rowsBound).toBe(bound);
      expect(h.sim.calls.rafRequests).toBe(frames);
    });
  }

  it('PRESS2 a refresh returning the same friends rebinds no row and keeps the friend list', async () => {
    const h = await shareScene('message');
    await h.settle(2000);
    const l = list(h);
    const bound = l.stats.rowsBound;
    const friends = h.data().friends;
    h.post('refresh');
    await h.settle(100);
    expect(h.sim.calls.friendQueries).toHaveLength(2);
    expect(h.data().friends).toBe(friends);
    expect(l.stats.rowsBound).toBe(bound);
  });
});

describe('identical messages on the leaderboard', () => {
  it('PRESS2 an identical show, theme, score or same-data refresh rebinds no leaderboard row', async () => {
    const h = await createHarness({ friends: avatarFriends(30), createImage: () => createMockImage() });
    const options = { scoreKey: 'score', format: 'integer:,' };
    h.post('self', { openid: 'id5' });
    h.post('show', { panel: 'leaderboard', options });
    h.post('score', { key: 'score', value: 123 });
    await h.settle(2000);
    const l = list(h);
    const bound = l.stats.rowsBound;
    const frames = h.sim.calls.rafRequests;
    h.post('show', { panel: 'leaderboard', options });
    h.post('theme', { preset: 'light' });
    h.post('score', { key: 'score', value: 123 });
    await h.settle(100);
    expect(h.sim.calls.rafRequests).toBe(frames);
    h.post('refresh');
    await h.settle(100);
    expect(h.sim.calls.friendQueries).toHaveLength(2);
    expect(l.stats.rowsBound).toBe(bound);
    // A real change still rebinds: a new score moves the player.
    h.post('score', { key: 'score', value: 1000 });
    await h.settle(100);
    expect(l.stats.rowsBound).toBeGreaterThan(bound);
  });
});
