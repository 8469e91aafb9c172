/** The app test harness: a simulated host, a recording panel and helpers to post messages and read drawn text. */
import { createOpenDataApp, createOpenDataHost, createYogaLayoutEngine, Text, View } from '../../src/index.js';
import type { FriendDataSnapshot, LayoutEngine, OpenDataHost, Panel, PanelDefinition, PlainObject, ThemeTokens } from '../../src/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

/** A layout engine the game loads asynchronously: it resolves in a later task, after the messages below. */
export function asyncLayout(): Promise<LayoutEngine> {
  return new Promise((resolve) => setTimeout(() => resolve(createYogaLayoutEngine()), 0));
}

export interface Probe {
  created: number;
  updates: PlainObject[];
  data: FriendDataSnapshot[];
  themes: ThemeTokens[];
  scrolls: string[];
  destroyed: number;
}

/** A panel that records every call and draws one text, optionally throwing on a chosen call. */
export function probePanel(name: string, probe: Probe, throwOn?: 'create' | 'update' | 'data'): PanelDefinition {
  return {
    name,
    keys: (o) => [typeof o.scoreKey === 'string' ? o.scoreKey : 'score'],
    create(ctx, options) {
      if (throwOn === 'create') throw new Error('boom at create');
      probe.created++;
      probe.updates.push(options);
      const box = ctx.root.appendChild(new View({ flexGrow: 1, backgroundColor: ctx.theme().colors.background }));
      const label = box.appendChild(new Text(`panel ${name}`));
      const panel: Panel = {
        update: (o) => {
          if (throwOn === 'update') throw new Error('boom at update');
          probe.updates.push(o);
        },
        onDataChange: (d) => {
          if (throwOn === 'data' && d.status === 'ready') throw new Error('boom at data');
          probe.data.push(d);
          label.setText(`${d.status} ${d.friends.length}`);
        },
        onThemeChange: (t) => {
          probe.themes.push(t);
          box.setStyle({ backgroundColor: t.colors.background });
        },
        scrollTo: (target) => probe.scrolls.push(target),
        destroy: () => probe.destroyed++,
      };
      return panel;
    },
  };
}

export const FRIENDS: RawFriend[] = [
  { openid: 'a', nickname: 'Ada', KVDataList: [{ key: 'score', value: '10' }] },
  { openid: 'b', nickname: 'Bo', KVDataList: [{ key: 'score', value: '20' }] },
];

export async function setup(panels: (probe: Probe) => PanelDefinition[], friends: RawFriend[] = FRIENDS) {
  const canvas = createMockCanvas(300, 400);
  const sim = createSimulatedHost({ canvas, friends, clock: 'manual' });
  const host: OpenDataHost = createOpenDataHost(sim.odcGlobal, sim.odcGlobal, { kind: 'sim' });
  const warnings: string[] = [];
  host.warn = (m) => void warnings.push(m);
  const probe: Probe = { created: 0, updates: [], data: [], themes: [], scrolls: [], destroyed: 0 };
  const errors: unknown[] = [];
  const app = createOpenDataApp({ host, panels: panels(probe), onError: (e) => errors.push(e) });
  await app.ready;
  const post = (m: object) => {
    sim.mainGlobal.getOpenDataContext!().postMessage(m);
    sim.flush();
  };
  const v1 = (type: string, fields: PlainObject = {}) => post({ ns: 'friendcanvas', v: 1, type, ...fields });
  const settle = async () => {
    for (let i = 0; i < 10; i++) {
      sim.advance(20);
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  const texts = () => {
    const ctx = canvas.getContext('2d');
    app.stage!.invalidateAll();
    ctx.__clearEvents();
    app.stage!.frame();
    return ctx.__getEvents().filter((e) => e.type === 'fillText').map((e) => String(e.props.text));
  };
  return { sim, host, app, probe, warnings, errors, post, v1, settle, texts, canvas };
}

