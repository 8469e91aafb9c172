import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Button, Text, View } from '../../src/index.js';
import type { PanelContext, PanelDefinition } from '../../src/index.js';
import { probePanel, setup } from './appHarness.js';

/** Taps the centre of a node through the forwarded-touch path. */
function tapNode(t: Awaited<ReturnType<typeof setup>>, node: { absoluteRect(): { x: number; y: number; width: number; height: number } }): void {
  const r = node.absoluteRect();
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  t.v1('pointer', { phase: 'start', id: 1, x, y });
  t.v1('pointer', { phase: 'end', id: 1, x, y });
}

describe('panel host', () => {
  it('APP26 every panel method but create is optional: a bare panel mounts, and a changed show or theme re-creates it', async () => {
    let created = 0;
    const seen: string[] = [];
    const bare: PanelDefinition = {
      name: 'bare',
      keys: () => [],
      create(ctx, options) {
        created++;
        const label = typeof options['label'] === 'string' ? options['label'] : 'none';
        ctx.root.appendChild(new View({ flexGrow: 1, backgroundColor: ctx.theme().colors.background })).appendChild(new Text(`${label} ${ctx.theme().colors.background}`));
        return {};
      },
    };
    const t = await setup(() => [bare]);
    t.v1('show', { panel: 'bare', options: { label: 'a' } });
    await t.settle();
    expect(created).toBe(1);
    t.v1('show', { panel: 'bare', options: { label: 'a' } });
    t.v1('scrollTo', { target: 'top' });
    t.v1('refresh');
    await t.settle();
    expect(created).toBe(1);
    t.v1('show', { panel: 'bare', options: { label: 'b' } });
    await t.settle();
    expect(created).toBe(2);
    t.v1('theme', { preset: 'dark' });
    await t.settle();
    expect(created).toBe(3);
    seen.push(...t.texts());
    expect(seen).toEqual([`b ${t.app.theme.colors.background}`]);
    t.v1('hide');
    await t.settle();
    expect(t.app.panelName).toBeUndefined();
    expect(t.errors).toEqual([]);
  });

  it('APP27 the error state uses the show\'s labels (panelError, retry) and its Retry mounts the panel afresh', async () => {
    let fail = true;
    const flaky: PanelDefinition = {
      name: 'flaky',
      keys: () => [],
      create(ctx) {
        if (fail) throw new Error('first try fails');
        ctx.root.appendChild(new Text('working'));
        return {};
      },
    };
    const t = await setup(() => [flaky]);
    t.v1('show', { panel: 'flaky', options: { labels: { panelError: 'Oups, une erreur.', retry: 'Réessayer' } } });
    await t.settle();
    expect(t.texts()).toEqual(['Oups, une erreur.', 'Réessayer']);
    expect(t.errors.length).toBe(1);
    fail = false;
    const retry = t.app.stage!.root.findByName('retry') as Button;
    expect(retry).toBeInstanceOf(Button);
    // A centred column: the message above Retry, both centred, Retry at its full width.
    const box = t.app.stage!.root.findByName('errorState')!;
    const message = box.children[0]!.absoluteRect();
    const button = retry.absoluteRect();
    const area = box.absoluteRect();
    expect(button.y).toBeGreaterThanOrEqual(message.y + message.height);
    for (const r of [message, button]) expect(Math.abs(r.x + r.width / 2 - (area.x + area.width / 2))).toBeLessThanOrEqual(1);
    expect(button.width).toBeGreaterThan(40);
    tapNode(t, retry);
    await t.settle();
    expect(t.app.panelName).toBe('flaky');
    expect(t.texts()).toEqual(['working']);
  });

  it('APP27 a panel failing later is replaced by the error state; hide removes it; nothing throws out', async () => {
    const t = await setup((p) => [probePanel('bad', p, 'data')]);
    const before = t.app.stage!.layout.liveNodes;
    t.v1('show', { panel: 'bad' });
    await t.settle();
    expect(t.app.panelName).toBeUndefined();
    expect(t.texts()).toEqual(['Something went wrong.', 'Retry']);
    t.v1('hide');
    await t.settle();
    expect(t.texts()).toEqual([]);
    expect(t.app.stage!.layout.liveNodes).toBe(before);
  });

  it('APP31 a ticker from clock.everyFrame stops once its panel is unmounted, even when the panel never stops it (no destroy)', async () => {
    let ticks = 0;
    const spinner: PanelDefinition = {
      name: 'spinner',
      keys: () => [],
      create(ctx) {
        ctx.root.appendChild(new Text('spinning'));
        ctx.clock.everyFrame(() => {
          ticks++;
          return true;
        });
        return {};
      },
    };
    for (const leave of ['hide', 'switch'] as const) {
      ticks = 0;
      const t = await setup((p) => [spinner, probePanel('other', p)]);
      t.v1('show', { panel: 'spinner' });
      await t.settle();
      expect(ticks).toBeGreaterThan(3);
      if (leave === 'hide') t.v1('hide');
      else t.v1('show', { panel: 'other' });
      await t.settle();
      const after = ticks;
      await t.settle();
      expect(ticks).toBe(after);
      expect(t.sim.pendingFrames()).toBe(0);
    }
  });

  it('APP28 a panel context offers only the narrow surface: no stage, no raw host', async () => {
    let keys: string[] = [];
    const spy: PanelDefinition = {
      name: 'spy',
      keys: () => [],
      create(ctx: PanelContext) {
        keys = Object.keys(ctx).sort();
        return {};
      },
    };
    const t = await setup(() => [spy]);
    t.v1('show', { panel: 'spy' });
    await t.settle();
    expect(keys).toEqual(['clock', 'data', 'diagnostics', 'refresh', 'root', 'share', 'theme', 'warn']);
  });

  it('APP28 the prebuilt panels reach no stage through their nodes (text widths come from measureTextOn, a widget helper)', () => {
    const dir = fileURLToPath(new URL('../../templates/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const reaches: string[] = [];
    for (const file of files) {
      readFileSync(dir + file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line)) return;
          // A node's stage or its measurer, or the Stage class (the device report's `f.stage` is recorded data).
          if (/\.stage\?\.|\b(?:this|node|root|row|mount)\.stage\b|\.measurer\b|\bStage\b(?!['"])/.test(line)) reaches.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(reaches).toEqual([]);
  });
});

describe('paint errors in a panel', () => {
  it('APP29 one widget whose paint throws is drawn empty and reported once; the panel stays mounted and the rest draws', async () => {
    class Broken extends View {
      public override paintSelf(): void {
        throw new Error('broken art');
      }
    }
    const panel: PanelDefinition = {
      name: 'mixed',
      keys: () => [],
      create(ctx) {
        const box = ctx.root.appendChild(new View({ flexGrow: 1 }));
        box.appendChild(new Text('still here'));
        const broken = box.appendChild(new Broken({ height: 20 }));
        broken.name = 'brokenArt';
        box.appendChild(new Text('and here'));
        return {};
      },
    };
    const t = await setup(() => [panel]);
    t.v1('show', { panel: 'mixed' });
    await t.settle();
    for (let i = 0; i < 5; i++) expect(t.texts()).toEqual(['still here', 'and here']);
    expect(t.app.panelName).toBe('mixed');
    expect(t.errors.map((e) => (e as Error).message)).toEqual(['broken art']);
    const reported = t.warnings.filter((w) => w.includes('paint failed'));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('brokenArt');
  });
});
