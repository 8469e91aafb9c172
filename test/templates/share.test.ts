import { describe, it, expect } from 'vitest';
import { Button, Text } from '../../src/index.js';
import type { Node } from '../../src/index.js';
import { List } from '../../src/index.js';
import { centreOf, createHarness, findAll, friends } from './harness.js';
import type { Harness } from './harness.js';

const CARD = { title: 'Beat me', subtitle: 'New record', imageUrl: 'https://cdn.example/card.png', templateType: 2 };

async function shareList(count: number, extra: Parameters<typeof createHarness>[0] = {}): Promise<Harness> {
  const h = await createHarness({ friends: friends(Array.from({ length: count }, (_, i) => i)), ...extra });
  h.post('show', { panel: 'share', options: CARD });
  await h.settle(600);
  return h;
}

/** The share button in the row showing `name`. */
function buttonOf(h: Harness, name: string): Button {
  h.texts();
  const text = findAll(h.root(), (n) => n instanceof Text && n.text === name)[0];
  if (text === undefined) throw new Error(`no row for ${name}`);
  const row = text.parent!;
  return row.children.find((c) => c instanceof Button) as Button;
}

async function tap(h: Harness, node: Node, path: 'message' | 'native'): Promise<void> {
  const p = centreOf(node);
  if (path === 'message') await h.tapMessage(p.x, p.y);
  else await h.tapNative(p.x, p.y);
}

describe('share flow', () => {
  it.each(['message', 'native'] as const)('SHARE1 tapping row k via %s input calls shareToUser once with row k openid, inside the tap', async (path) => {
    const h = await shareList(6, { nativeTouches: path === 'native' });
    for (const k of [3, 0, 5]) {
      const before = h.sim.calls.shares.length;
      await tap(h, buttonOf(h, `Friend ${k}`), path);
      expect(h.sim.calls.shares.length).toBe(before + 1);
      const call = h.sim.calls.shares.at(-1)!;
      expect(call.openid).toBe(`id${k}`);
      expect(call.duringInput).toBe(true);
      expect(call).toMatchObject(CARD);
    }
  });

  it('SHARE2 the button shows Sending…, then Sent, disabled; more taps never send twice', async () => {
    const h = await shareList(3, { latencyMs: 200 });
    const button = buttonOf(h, 'Friend 1');
    const p = centreOf(button);
    h.post('pointer', { phase: 'start', id: 1, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 1, x: p.x, y: p.y });
    h.post('pointer', { phase: 'start', id: 2, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 2, x: p.x, y: p.y });
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(button.label.text).toBe('Sending…');
    expect(button.props.disabled).toBe(true);
    await h.settle(600);
    expect(button.label.text).toBe('Sent');
    expect(button.props.disabled).toBe(true);
    await tap(h, button, 'message');
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(h.texts()).toContain('Sent');
  });

  it('SHARE3 a failed share shows Retry; tapping it sends again', async () => {
    const h = await shareList(3, { failures: { share: { errMsg: 'shareToUser:fail cancel' } } });
    const button = buttonOf(h, 'Friend 2');
    await tap(h, button, 'message');
    expect(h.sim.calls.shares).toHaveLength(1);
    expect(button.label.text).toBe('Retry');
    expect(button.props.disabled).toBe(false);
    h.sim.clearFailure('share');
    await tap(h, button, 'message');
    expect(h.sim.calls.shares.map((s) => s.openid)).toEqual(['id2', 'id2']);
    expect(button.label.text).toBe('Sent');
  });

  it('SHARE18 a failed share keeps its button where it was: the "Not sent" note sits before it, so Retry is under the finger that tapped Share', async () => {
    const h = await shareList(3, { failures: { share: { errMsg: 'shareToUser:fail cancel' } } });
    const button = buttonOf(h, 'Friend 2');
    const before = button.absoluteRect();
    await tap(h, button, 'message');
    expect(button.label.text).toBe('Retry');
    expect(h.texts()).toContain('Not sent');
    h.app.stage!.frame();
    const after = button.absoluteRect();
    // Same right edge and vertical place (Retry may be wider than Share, growing to the left).
    expect(after.x + after.width).toBeCloseTo(before.x + before.width, 5);
    expect(after.y).toBeCloseTo(before.y, 5);
    expect(after.x).toBeLessThanOrEqual(before.x + 1e-9);
  });

  it('SHARE4 without shareToUser the buttons are replaced by an update line', async () => {
    const h = await shareList(3, { shareToUser: false });
    const texts = h.texts();
    expect(texts.filter((t) => t === 'Update TikTok to share')).toHaveLength(3);
    expect(texts).not.toContain('Share');
    const buttons = findAll(h.root(), (n) => n instanceof Button && n.name === 'shareButton');
    expect(buttons.every((b) => b.style.display === 'none')).toBe(true);
  });

  it('SHARE5 sent state is keyed by openid: kept across row recycling and data refreshes', async () => {
    const h = await shareList(40);
    await tap(h, buttonOf(h, 'Friend 2'), 'message');
    expect(buttonOf(h, 'Friend 2').label.text).toBe('Sent');
    const list = h.root().findByName('list') as List;
    list.scrollTo(1500);
    await h.settle();
    // The recycled rows showing other friends are not "sent".
    const visible = findAll(h.root(), (n) => n instanceof Button && n.name === 'shareButton' && n.stage !== undefined) as Button[];
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((b) => b.label.text === 'Share')).toBe(true);
    list.scrollTo(0);
    h.post('refresh');
    await h.settle();
    expect(buttonOf(h, 'Friend 2').label.text).toBe('Sent');
    expect(buttonOf(h, 'Friend 3').label.text).toBe('Share');
    expect(h.sim.calls.shares).toHaveLength(1);
  });

  it('SHARE6 the player is not listed in their own share list', async () => {
    const h = await createHarness({ friends: friends([1, 2]) });
    h.post('self', { openid: 'id0' });
    h.post('show', { panel: 'share', options: CARD });
    await h.settle();
    const texts = h.texts();
    expect(texts).toContain('Friend 1');
    expect(texts).not.toContain('Friend 0');
  });

  it('SHARE7 a missing imageUrl is warned about once per show', async () => {
    const h = await createHarness({ friends: friends([1]) });
    h.post('show', { panel: 'share', options: { templateType: 7 } });
    await h.settle();
    expect(h.warnings.filter((w) => w.includes('imageUrl'))).toHaveLength(1);
    expect(h.warnings.filter((w) => w.includes('"templateType"'))).toHaveLength(1);
  });
});

describe('share cost', () => {
  it('SHARE12 a share state change rebinds only that friend\'s row, however long the list', async () => {
    const h = await shareList(2000, { latencyMs: 100 });
    const list = findAll(h.root(), (n) => n instanceof List)[0] as List;
    const button = buttonOf(h, 'Friend 2');
    const bound = list.stats.rowsBound;
    const p = centreOf(button);
    h.post('pointer', { phase: 'start', id: 1, x: p.x, y: p.y });
    h.post('pointer', { phase: 'end', id: 1, x: p.x, y: p.y });
    expect(h.sim.calls.shares).toHaveLength(1);
    // sending: one rebind of that row
    expect(list.stats.rowsBound - bound).toBe(1);
    await h.settle(300);
    // sent: one more
    expect(list.stats.rowsBound - bound).toBe(2);
    expect(button.label.text).toBe('Sent');
  });
});

describe('share data changes', () => {
  it('SHARE13 a score message does not rebuild or rebind the share list', async () => {
    const h = await shareList(500);
    const list = findAll(h.root(), (n) => n instanceof List)[0] as List;
    const bound = list.stats.rowsBound;
    h.post('score', { key: 'score', value: 123 });
    await h.settle(100);
    expect(list.stats.rowsBound).toBe(bound);
    // A change that matters (the player's openid) still updates the list.
    h.post('self', { openid: 'id0' });
    await h.settle(100);
    expect(list.count).toBe(499);
  });
});
