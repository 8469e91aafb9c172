import { describe, it, expect } from 'vitest';
import { lightTheme } from '../../src/index.js';
import { DEFAULT_LABELS } from '../../templates/index.js';
import { centreOf, createHarness, friends } from './harness.js';

const AUTH_FAILURE = { errMsg: 'getFriendCloudStorage:fail auth deny' };
const NET_FAILURE = { errMsg: 'getFriendCloudStorage:fail network timeout' };
const L = DEFAULT_LABELS;

const PANELS = [
  { panel: 'leaderboard', width: 320, height: 480, title: 'Leaderboard' },
  { panel: 'share', width: 320, height: 480, title: 'Share with friends' },
  { panel: 'surpass', width: 320, height: 72, title: undefined },
] as const;

describe.each(PANELS)('$panel states', ({ panel, width, height, title }) => {
  it('PANEL1 loading draws skeleton rows and the loading caption, never a blank canvas', async () => {
    const h = await createHarness({ width, height, latencyMs: 10_000, friends: friends([1, 2]) });
    h.post('show', { panel });
    await h.settle();
    expect(h.data().status).toBe('loading');
    const texts = h.texts();
    expect(texts).toContain(L.loading);
    if (title !== undefined) expect(texts).toContain(title);
    expect(h.fills()).toContain(lightTheme.colors.skeleton);
  });

  it('PANEL2 empty draws "No friends playing yet"', async () => {
    const h = await createHarness({ width, height, friends: [] });
    h.post('show', { panel });
    await h.settle();
    expect(h.data().status).toBe('ready');
    expect(h.texts()).toContain(L.empty);
    expect(h.fills()).not.toContain(lightTheme.colors.skeleton);
  });

  it('PANEL3 not authorised draws the connect message', async () => {
    const h = await createHarness({ width, height, friends: friends([1]), failures: { friends: AUTH_FAILURE } });
    h.post('show', { panel });
    await h.settle();
    expect(h.data().status).toBe('unauthorized');
    expect(h.texts()).toContain(L.unauthorized);
  });

  it('PANEL4 error draws a message and a Retry button that refetches', async () => {
    const h = await createHarness({ width, height, friends: friends([5, 7]), failures: { friends: NET_FAILURE } });
    h.post('show', { panel });
    await h.settle();
    expect(h.data().status).toBe('error');
    const texts = h.texts();
    expect(texts).toContain(L.error);
    expect(texts).toContain(L.retry);
    const retry = h.root().findByName('retry')!;
    const before = h.sim.calls.friendQueries.length;
    h.sim.clearFailure('friends');
    const p = centreOf(retry);
    await h.tapMessage(p.x, p.y);
    expect(h.sim.calls.friendQueries.length).toBe(before + 1);
    expect(h.data().status).toBe('ready');
    expect(h.texts()).not.toContain(L.error);
  });

  it('PANEL5 ready draws friend content, not a state view', async () => {
    const h = await createHarness({ width, height, friends: friends([5, 7]) });
    h.post('self', { openid: 'me' });
    h.post('score', { key: 'score', value: 6 });
    h.post('show', { panel });
    await h.settle();
    const texts = h.texts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('|')).toContain('Friend 1');
    for (const s of [L.loading, L.empty, L.unauthorized, L.error]) expect(texts).not.toContain(s);
  });
});

describe('state switching', () => {
  it('PANEL6 state views and the list are built once and toggled, not rebuilt', async () => {
    const h = await createHarness({ friends: friends([3, 4]), failures: { friends: NET_FAILURE } });
    h.post('show', { panel: 'leaderboard' });
    await h.settle();
    const states = h.root().findByName('states')!;
    const list = h.root().findByName('list')!;
    h.sim.clearFailure('friends');
    h.post('refresh');
    await h.settle();
    expect(h.root().findByName('states')).toBe(states);
    expect(h.root().findByName('list')).toBe(list);
    expect(states.style.display).toBe('none');
    expect(list.style.display).toBe('flex');
  });

  it('PANEL7 a bad option falls back to its default with one warning', async () => {
    const h = await createHarness({ friends: friends([3, 4]) });
    h.post('show', { panel: 'leaderboard', options: { order: 'sideways', scoreKey: 5, labels: { empty: 3, nope: 'x' } } });
    await h.settle();
    const mine = h.warnings.filter((w) => w.includes('leaderboard:'));
    expect(mine.filter((w) => w.includes('"order"'))).toHaveLength(1);
    expect(mine.filter((w) => w.includes('"scoreKey"'))).toHaveLength(1);
    expect(mine.filter((w) => w.includes('labels ignored'))).toHaveLength(1);
    expect(h.sim.calls.friendQueries.at(-1)).toEqual(['score']);
    // Defaults applied: descending order.
    const texts = h.texts();
    expect(texts.indexOf('Friend 1')).toBeLessThan(texts.indexOf('Friend 0'));
  });
});
