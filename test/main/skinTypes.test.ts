import { describe, expect, it } from 'vitest';
import { createPanelController } from '../../src/main/index.js';
import type { PanelController } from '../../src/main/index.js';
import { createFakeMainHost } from './fakeMainHost.js';

/** Compile-time checks (`tsc -p .` type-checks the tests): each misspelling must be a type error. */
export function typos(panels: PanelController): void {
  // @ts-expect-error a misspelt image slot
  panels.setTheme({ images: { pannel: 'skins/panel.png' } });
  // @ts-expect-error a misspelt slice side
  panels.setTheme({ images: { row: { src: 'row.png', slice: { middle: 4 } } } });
  // @ts-expect-error a medal rank that does not exist
  panels.setTheme({ images: { medals: { 4: 'm.png' } } });
  // @ts-expect-error a misspelt effect field
  panels.setTheme({ effects: { cardShadow: { colour: '#000' } } });
  // @ts-expect-error an outline needs a width
  panels.setTheme({ effects: { textStroke: { color: '#000' } } });
  // @ts-expect-error a gradient on a colour token that takes none
  panels.setTheme({ gradients: { text: { from: '#000', to: '#fff' } } });
}

describe('skin tokens from the game', () => {
  it('SKIN5 setTheme takes typed skin tokens (images, medals by rank, gradients, effects, null to remove) and posts them as sent', () => {
    const host = createFakeMainHost();
    const panels = createPanelController({ host });
    const tokens = {
      images: { panel: { src: 'skins/panel.png', slice: { top: 20, left: 20 } }, medals: { 1: 'gold.png' }, row: null },
      gradients: { background: { from: '#000', to: '#fff', angle: 90 } },
      effects: { textStroke: { color: '#000', width: 2 }, cardShadow: null },
      metrics: { cardPadding: 8 },
    };
    panels.setTheme(tokens);
    panels.setTheme('parchment');
    expect(host.posted).toEqual([
      { ns: 'friendcanvas', v: 1, type: 'theme', tokens: { ...tokens, images: { ...tokens.images, medals: { '1': 'gold.png' } } } },
      { ns: 'friendcanvas', v: 1, type: 'theme', preset: 'parchment' },
    ]);
  });
});
