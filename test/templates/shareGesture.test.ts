/**
 * The share list on a host that enforces the user-gesture rule (PLATFORM.md "User gesture": a
 * gesture-gated call must run synchronously inside the host's own `onTouchEnd` callback), with touches
 * delivered natively, forwarded by the game, or both.
 */
import { describe, expect, it } from 'vitest';
import { Button, Text } from '../../src/index.js';
import { createMainHost } from '../../src/host/index.js';
import { MIRROR_TOUCH_WINDOW_MS } from '../../src/input/index.js';
import { createPanelController } from '../../src/main/index.js';
import { centreOf, createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

const CARD = { title: 'Beat me', imageUrl: 'https://cdn.example/card.png' };

async function gestureList(extra: Parameters<typeof createHarness>[0] = {}): Promise<Harness> {
  const h = await createHarness({ friends: friends([10, 20, 30, 40]), nativeTouches: true, enforceUserGesture: true, latencyMs: 40, ...extra });
  h.post('show', { panel: 'share', options: CARD });
  await h.settle(600);
  return h;
}

/** The share button and the failure note in the row showing `name`. */
function rowOf(h: Harness, name: string): { button: Button; note: () => string | undefined } {
  h.texts();
  const text = findAll(h.root(), (n) => n instanceof Text && n.text === name)[0];
  if (text === undefined) throw new Error(`no row for ${name}`);
  const row = text.parent!;
  const button = row.children.find((c) => c instanceof Button) as Button;
  const note = (): string | undefined => {
    const shown = row.children.find((c) => c instanceof Text && c !== text && c.style.display !== 'none') as Text | undefined;
    return shown?.text;
  };
  return { button, note };
}

describe('share under the user-gesture rule', () => {
  it('SHARE14 native taps on Share succeed: the share runs inside the host\'s own touch-end callback', async () => {
    const h = await gestureList();
    for (const k of [1, 3]) {
      const { button } = rowOf(h, `Friend ${k}`);
      const p = centreOf(button);
      await h.tapNative(p.x, p.y);
      expect(h.sim.calls.shares.at(-1)).toMatchObject({ openid: `id${k}`, userGesture: true });
      expect(button.label.text).toBe('Sent');
    }
    expect(h.sim.calls.shares).toHaveLength(2);
    expect(h.warnings.filter((w) => w.includes('share failed'))).toEqual([]);
  });

  it('SHARE15 a forwarded tap fails the gesture rule visibly: "Not sent" and Retry from labels, one warning with the reason; a native tap on Retry re-sends', async () => {
    const h = await gestureList();
    h.post('show', { panel: 'share', options: { ...CARD, labels: { shareFailed: 'Pas envoyé', shareRetry: 'Réessayer' } } });
    await h.settle();
    const { button, note } = rowOf(h, 'Friend 2');
    const p = centreOf(button);
    await h.tapMessage(p.x, p.y);
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(h.sim.calls.shares[0]).toMatchObject({ openid: 'id2', userGesture: false });
    expect(button.label.text).toBe('Réessayer');
    expect(button.props.disabled).toBe(false);
    expect(note()).toBe('Pas envoyé');
    expect(h.texts()).toEqual(expect.arrayContaining(['Pas envoyé', 'Réessayer']));
    const warned = h.warnings.filter((w) => w.includes('share failed'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/user TAP gesture/);
    expect(warned[0]).not.toContain('id2');
    // Retry, natively (after the mirror window): sent, and the note is gone.
    h.sim.advance(MIRROR_TOUCH_WINDOW_MS);
    await h.tapNative(p.x, p.y);
    expect(h.sim.calls.shares.map((c) => [c.openid, c.userGesture])).toEqual([['id2', false], ['id2', true]]);
    expect(button.label.text).toBe('Sent');
    expect(note()).toBeUndefined();
  });

  it('SHARE15 any other failure is shown and warned the same way, and Retry re-sends', async () => {
    const h = await gestureList({ enforceUserGesture: false, failures: { share: { error: { error_code: 10502, error_msg: 'network' } } } });
    const { button, note } = rowOf(h, 'Friend 0');
    const p = centreOf(button);
    await h.tapMessage(p.x, p.y);
    expect(note()).toBe('Not sent');
    expect(button.label.text).toBe('Retry');
    expect(h.warnings.filter((w) => w.includes('share failed') && w.includes('network'))).toHaveLength(1);
    h.sim.clearFailure('share');
    await h.tapMessage(p.x, p.y);
    expect(h.sim.calls.shares).toHaveLength(2);
    expect(button.label.text).toBe('Sent');
  });

  it('SHARE16 a game forwarding touches the host also delivers natively: one tap is one share, made natively (native first)', async () => {
    const h = await gestureList();
    const panels = createPanelController({ host: createMainHost(h.sim.mainGlobal, h.sim.mainGlobal), warn: () => undefined });
    panels.setViewport({ x: 0, y: 0, width: 320, height: 480 }, 1);
    panels.forwardTouches();
    const { button } = rowOf(h, 'Friend 1');
    const p = centreOf(button);
    // Each touch reaches the game (which posts a pointer message, delivered a task later) and the ODC natively.
    const posted = h.sim.calls.postMessages;
    await h.tapNative(p.x, p.y);
    expect(h.sim.calls.postMessages - posted).toBe(2); // start and end were forwarded too
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(h.sim.calls.shares[0]).toMatchObject({ openid: 'id1', userGesture: true });
    expect(button.label.text).toBe('Sent');
    // A second friend, tapped the same way, right after.
    const other = rowOf(h, 'Friend 3').button;
    const q = centreOf(other);
    await h.tapNative(q.x, q.y);
    expect(h.sim.calls.shares.map((c) => c.openid)).toEqual(['id1', 'id3']);
  });

  it('SHARE16 native first, with a copy so late the native share already failed: the copy does not tap Retry', async () => {
    const h = await gestureList({ failures: { share: { errMsg: 'shareToUser:fail cancel' } } });
    const { button, note } = rowOf(h, 'Friend 1');
    const p = centreOf(button);
    await h.tapNative(p.x, p.y); // settles for 100 ms: the failure is on screen
    expect(note()).toBe('Not sent');
    h.post('pointer', { phase: 'start', id: 0, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 0, x: p.x, y: p.y });
    await h.settle();
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(button.label.text).toBe('Retry');
  });

  it('SHARE16 forwarded first: a forwarded press yields to its native copy, so the one share is made natively', async () => {
    const h = await gestureList();
    const { button } = rowOf(h, 'Friend 2');
    const p = centreOf(button);
    h.post('pointer', { phase: 'start', id: 0, x: p.x, y: p.y });
    h.sim.touch('start', 0, p.x, p.y);
    h.post('pointer', { phase: 'end', id: 0, x: p.x, y: p.y });
    expect(h.sim.calls.shares).toHaveLength(0);
    h.sim.touch('end', 0, p.x, p.y);
    await h.settle();
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(h.sim.calls.shares[0]).toMatchObject({ openid: 'id2', userGesture: true });
    expect(button.label.text).toBe('Sent');
  });

  it('SHARE16 forwarded tap complete before its native copy: still one share, whose gesture failure is shown with Retry', async () => {
    const h = await gestureList();
    const { button, note } = rowOf(h, 'Friend 0');
    const p = centreOf(button);
    h.post('pointer', { phase: 'start', id: 0, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 0, x: p.x, y: p.y });
    await h.settle(60); // 120 ms: the forwarded share failed and Retry is on screen
    expect(note()).toBe('Not sent');
    h.sim.touch('start', 0, p.x, p.y);
    h.sim.touch('end', 0, p.x, p.y);
    await h.settle();
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(note()).toBe('Not sent');
    expect(button.label.text).toBe('Retry');
  });
});
