/**
 * No behaviour may depend on when promise jobs run (PLATFORM.md: on iOS ≤ 15 WeChat runs `Promise`
 * callbacks as `setTimeout` tasks). Two levers of the simulated host make that observable:
 * - the manual clock runs every host task due in one `advance()` (answers, frames, messages, touches)
 *   before any promise job, so a host callback's promise reaction always comes late;
 * - `jitterMs` delivers host answers (friend data, image loads, share results) in a seeded order other
 *   than the calls were made, with `complete` in a task of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Button } from '../../src/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { createMockImage } from '../helpers/mockCanvas.js';
import { centreOf, createHarness, findAll } from './harness.js';
import type { Harness } from './harness.js';

const FRIENDS: RawFriend[] = Array.from({ length: 8 }, (_, i) => ({
  openid: `id${i}`,
  nickname: `Friend ${i}`,
  avatarUrl: `https://cdn.example/a${i}.png`,
  KVDataList: [{ key: 'score', value: String(10 * (i + 1)) }],
}));

const CARD = { imageUrl: 'https://cdn.example/card.png' };

/** Lets promise jobs run (they never run inside `advance()`). */
async function drainJobs(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

function shareButtons(h: Harness): Button[] {
  return findAll(h.root(), (n) => n.name === 'shareButton' && n.stage !== undefined) as Button[];
}

/** The openid shown by the row holding `button`. */
function openidOf(button: Button): string {
  const row = button.parent as unknown as { data?: { friend: { openid: string } } };
  return row.data!.friend.openid;
}

describe('promise jobs late, answers out of order', () => {
  it('APP22 a share answered while promise jobs wait: frames and a second tap in between change nothing; the state settles once jobs run', async () => {
    const h = await createHarness({ createImage: () => createMockImage(), friends: FRIENDS, latencyMs: 40, width: 320, height: 480 });
    h.post('show', { panel: 'share', options: CARD });
    await h.settle(600);
    const button = shareButtons(h)[0]!;
    const p = centreOf(button);
    h.post('pointer', { phase: 'start', id: 1, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 1, x: p.x, y: p.y });
    expect(h.sim.calls.shares).toHaveLength(1);
    // A second tap on the same button, delivered after the success callback but before any promise job.
    h.sim.mainGlobal.setTimeout(() => {
      const ctx = h.sim.mainGlobal.getOpenDataContext!();
      ctx.postMessage({ ns: 'friendcanvas', v: 1, type: 'pointer', phase: 'start', id: 2, x: p.x, y: p.y });
      ctx.postMessage({ ns: 'friendcanvas', v: 1, type: 'pointer', phase: 'end', id: 2, x: p.x, y: p.y });
    }, 80);
    const frames = h.app.stage!.stats.frames;
    h.sim.advance(200); // success at 40 ms, frames, the tap at 80 ms: no promise job has run yet
    expect(h.app.stage!.stats.frames).toBeGreaterThan(frames);
    expect(button.label.text).toBe('Sending…');
    expect(h.sim.calls.shares).toHaveLength(1);
    await drainJobs();
    h.sim.advance(50);
    expect(button.label.text).toBe('Sent');
    expect(h.texts()).toContain('Sent');
    expect(h.sim.calls.shares).toHaveLength(1);
  });

  it('APP22 a refresh that arrives between the friend answer and its promise job refetches once more and ends ready', async () => {
    // Tall enough for all eight rows: rows outside the list's clip are not painted.
    const h = await createHarness({ createImage: () => createMockImage(), friends: FRIENDS, latencyMs: 40, height: 640 });
    h.post('show', { panel: 'leaderboard' });
    h.sim.mainGlobal.setTimeout(() => {
      h.sim.mainGlobal.getOpenDataContext!().postMessage({ ns: 'friendcanvas', v: 1, type: 'refresh' });
    }, 60);
    h.sim.advance(100); // answer at 40 ms, refresh at 60 ms, before the answer's promise job
    await drainJobs();
    await h.settle(300);
    expect(h.sim.calls.friendQueries).toHaveLength(2);
    expect(h.data().status).toBe('ready');
    expect(h.data().refreshing).toBe(false);
    expect(h.texts()).toEqual(expect.arrayContaining(['Friend 7', 'Friend 0']));
  });

  it.each([1, 2, 3, 4, 5, 6])('APP22 seed %i: friend data, avatar loads and share results in a shuffled task order leave the panels as in call order', async (seed) => {
    const h = await createHarness({ createImage: () => createMockImage(), friends: FRIENDS, latencyMs: 20, jitterMs: 120, seed, width: 320, height: 640 });
    h.post('show', { panel: 'leaderboard' });
    h.post('refresh'); // two fetches in flight at once: answers may cross
    await h.settle(300);
    const board = h.texts();
    expect(board.indexOf('Friend 7')).toBeLessThan(board.indexOf('Friend 0'));
    expect(h.sim.calls.friendQueries).toHaveLength(2);
    expect(h.data().status).toBe('ready');
    h.post('show', { panel: 'share', options: CARD });
    await h.settle(300);
    // Tap four friends in quick succession; their answers come back in a shuffled order.
    const buttons = shareButtons(h).slice(0, 4);
    const tapped = buttons.map(openidOf);
    for (const [i, b] of buttons.entries()) {
      const p = centreOf(b);
      h.post('pointer', { phase: 'start', id: 10 + i, x: p.x, y: p.y });
      h.post('pointer', { phase: 'end', id: 10 + i, x: p.x, y: p.y });
    }
    await h.settle(400);
    expect(h.sim.calls.shares.map((c) => c.openid)).toEqual(tapped);
    expect(buttons.map((b) => b.label.text)).toEqual(['Sent', 'Sent', 'Sent', 'Sent']);
    // Every avatar on screen arrived, whatever the order; nothing is left running.
    expect(h.app.stage!.images!.stats()).toMatchObject({ inFlight: 0 });
    expect(h.app.stage!.images!.stats().cached).toBe(FRIENDS.length);
    expect(h.warnings).toEqual([]);
    h.sim.advance(2000);
    expect(h.sim.pendingTimers()).toBe(0);
    expect(h.sim.pendingFrames()).toBe(0);
  });
});
