import { describe, expect, expectTypeOf, it } from 'vitest';
import * as main from '../../src/main/index.js';

describe('friendcanvas/main door', () => {
  it('CTRL16 the main entry exports exactly this runtime surface', () => {
    expect(Object.keys(main).sort()).toEqual([
      'DEFAULT_ALIAS_PANEL',
      'HostError',
      'MAX_SCORE_KEY_BYTES',
      'MAX_SCORE_PAIRS',
      'MAX_SCORE_PAIR_BYTES',
      'NAMESPACE',
      'PROTOCOL_VERSION',
      'ValidationError',
      'buildMessage',
      'createPanelController',
      'msg',
      'parseMessage',
      'utf8ByteLength',
    ]);
  });
});

describe('panel option typing', () => {
  it('CTRL17 show() options are typed per known panel and open for other names', () => {
    expectTypeOf<main.PanelOptionsFor<'leaderboard'>>().toEqualTypeOf<main.LeaderboardPanelOptions>();
    expectTypeOf<main.PanelOptionsFor<'share'>>().toEqualTypeOf<main.SharePanelOptions>();
    expectTypeOf<main.PanelOptionsFor<'surpass'>>().toEqualTypeOf<main.SurpassPanelOptions>();
    expectTypeOf<main.PanelOptionsFor<'diagnostics'>>().toEqualTypeOf<main.DiagnosticsPanelOptions>();
    expectTypeOf<main.PanelOptionsFor<'myOwnPanel'>>().toEqualTypeOf<Readonly<Record<string, unknown>>>();
    expectTypeOf<main.LeaderboardPanelOptions['scoreKey']>().toEqualTypeOf<string | undefined>();
  });
});

describe('theme presets', () => {
  it('CTRL18 setTheme with an unknown preset throws ValidationError and posts nothing; the preset list matches the ODC', async () => {
    const { themePresets } = await import('../../src/theme/index.js');
    const { THEME_PRESET_NAMES } = await import('../../src/main/constants.js');
    expect([...THEME_PRESET_NAMES].sort()).toEqual(Object.keys(themePresets).sort());
    const posted: unknown[] = [];
    const host = {
      kind: 'test',
      postMessage: (m: object) => void posted.push(m),
      authorizeOpenContext: async () => ({}),
      setUserCloudStorage: async () => {},
      removeUserCloudStorage: async () => {},
      canIUse: undefined,
      onTouch: undefined,
      getSystemInfo: undefined,
    };
    const c = main.createPanelController({ host });
    expect(() => c.setTheme('drak' as 'dark')).toThrow(main.ValidationError);
    expect(posted).toEqual([]);
    c.setTheme('dark');
    expect(posted).toHaveLength(1);
  });
});

describe('label keys', () => {
  it('CTRL19 the label keys friendcanvas/main types are exactly the prebuilt panels\' labels (checked by tsc in npm test)', async () => {
    const { DEFAULT_LABELS } = await import('../../templates/index.js');
    type TemplateKeys = keyof typeof DEFAULT_LABELS;
    expectTypeOf<TemplateKeys>().toEqualTypeOf<main.PanelLabelKey>();
    const sample: Record<main.PanelLabelKey, true> = Object.fromEntries(Object.keys(DEFAULT_LABELS).map((k) => [k, true])) as Record<main.PanelLabelKey, true>;
    expect(Object.keys(sample).sort()).toEqual(Object.keys(DEFAULT_LABELS).sort());
  });

  it('CTRL19 the device report\'s label keys friendcanvas/main types are exactly the diagnostics panel\'s labels', async () => {
    const { DIAGNOSTICS_LABELS } = await import('../../templates/index.js');
    expectTypeOf<keyof typeof DIAGNOSTICS_LABELS>().toEqualTypeOf<main.DiagnosticsLabelKey>();
    const all: Record<main.DiagnosticsLabelKey, string> = { ...DIAGNOSTICS_LABELS };
    expect(Object.keys(all).sort()).toEqual(Object.keys(DIAGNOSTICS_LABELS).sort());
  });
});
