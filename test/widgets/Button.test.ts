import { describe, expect, it, vi } from 'vitest';
import type { Node, TapEvent } from '../../src/core/index.js';
import { Button, View } from '../../src/widgets/index.js';
import { createHarness } from '../core/harness.js';
import type { Harness } from '../core/harness.js';

function tap(node: Node): { event: TapEvent; stopped: () => boolean } {
  let stopped = false;
  const event: TapEvent = {
    target: node,
    currentTarget: node,
    x: 1,
    y: 1,
    stopPropagation: () => {
      stopped = true;
    },
  };
  node.onTap?.(event);
  return { event, stopped: () => stopped };
}

async function setup(props: ConstructorParameters<typeof Button>[0], style: ConstructorParameters<typeof Button>[1] = {}) {
  const h = await createHarness({ width: 100, height: 100 });
  const b = h.stage.root.appendChild(new Button(props, { width: 40, height: 20, backgroundColor: '#f00', ...style }));
  h.frames.flush();
  return { h, b };
}

function fillStyles(h: Harness): string[] {
  return h.ctx
    .__getEvents()
    .filter((e) => e.type === 'fillStyle')
    .map((e) => (e.props as { value: string }).value);
}

describe('Button', () => {
  it('BTN1 lays out its label centred in the box', async () => {
    const { b } = await setup({ label: 'Go', labelStyle: { fontSize: 10 } });
    expect([b.label.x, b.label.width]).toEqual([19, 2]);
    expect(b.label.text).toBe('Go');
    expect(b.label.pointerEvents).toBe('none');
  });

  it('BTN2 pressing repaints only the button region, drawn at 80% or in pressedColor', async () => {
    const { h, b } = await setup({ label: 'Go' });
    const stats = { ...h.stage.stats };
    h.ctx.__clearEvents();
    b.setPressed(true);
    b.setPressed(true);
    expect(b.pressed).toBe(true);
    expect(h.frames.flush()).toBe(1);
    expect(h.stage.stats.fullPaints).toBe(stats.fullPaints);
    expect(h.stage.stats.regionPaints).toBe(stats.regionPaints + 1);
    const alphas = h.ctx.__getEvents().filter((e) => e.type === 'globalAlpha').map((e) => (e.props as { value: number }).value);
    expect(alphas).toContain(0.8);
    b.setPressed(false);
    h.frames.flush();
    b.setProps({ pressedColor: '#00ff00' });
    h.frames.flush();
    h.ctx.__clearEvents();
    b.setPressed(true);
    h.frames.flush();
    expect(fillStyles(h)).toContain('#00ff00');
  });

  it('BTN3 a tap calls onPress once and does not reach the row behind', async () => {
    const onPress = vi.fn();
    const { b } = await setup({ label: 'Go', onPress });
    const t = tap(b);
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(onPress).toHaveBeenCalledWith(t.event);
    expect(t.stopped()).toBe(true);
  });

  it('BTN4 a disabled button swallows taps and cannot be pressed', async () => {
    const onPress = vi.fn();
    const { h, b } = await setup({ label: 'Go', onPress, disabled: true, disabledColor: '#999999' });
    expect(fillStyles(h)).toContain('#999999');
    const t = tap(b);
    expect(onPress).not.toHaveBeenCalled();
    expect(t.stopped()).toBe(true);
    const req = h.frames.requested;
    b.setPressed(true);
    expect(b.pressed).toBe(false);
    expect(h.frames.requested).toBe(req);
    b.setProps({ disabled: false });
    h.frames.flush();
    tap(b);
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('BTN5 disabling releases a press; the disabled label colour applies and is undone on enable', async () => {
    const { h, b } = await setup({ label: 'Go', disabledTextColor: '#aaa', disabled: true });
    expect(b.label.style.color).toBe('#aaa');
    b.setProps({ disabled: false });
    h.frames.flush();
    expect(b.label.style.color).toBeUndefined();
    b.setPressed(true);
    b.setProps({ disabled: true });
    expect(b.pressed).toBe(false);
    expect(b.label.style.color).toBe('#aaa');
    const styled = await setup({ label: 'Go', disabledTextColor: '#aaa', labelStyle: { color: '#123' } });
    styled.b.setProps({ disabled: true });
    expect(styled.b.label.style.color).toBe('#aaa');
    styled.b.setProps({ disabled: false });
    expect(styled.b.label.style.color).toBe('#123');
  });

  it('BTN6 a new label relays out; the same label asks for nothing', async () => {
    const { h, b } = await setup({ label: 'Go', labelStyle: { fontSize: 10 } }, { width: undefined, paddingHorizontal: 4, alignSelf: 'flex-start' });
    expect(b.width).toBe(10);
    const req = h.frames.requested;
    b.label.setText('Go');
    expect(h.frames.requested).toBe(req);
    b.setProps({ label: 'Share' });
    h.frames.flush();
    expect(b.width).toBe(13);
  });

  it('BTN7 the constructor never mutates the style or props it is given', async () => {
    const style = { width: 10 };
    const props = { label: 'x', labelStyle: { color: 'red' } };
    const b = new Button(props, style);
    b.setProps({ label: 'y', disabled: true, disabledTextColor: '#000' });
    expect(style).toEqual({ width: 10 });
    expect(props).toEqual({ label: 'x', labelStyle: { color: 'red' } });
    void View;
  });
});
