/**
 * The package's public surface, entry by entry. Changing what users can import must show up as a
 * diff here (STYLE.md: an explicit public surface). Runtime names only: the declarations, types
 * included, are compared with the checked-in report by test/apiReport.test.ts (API7).
 */
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as engine from '../src/engine/index.js';
import * as main from '../src/main/index.js';
import * as testing from '../src/testing/index.js';
import * as templates from '../templates/index.js';
import * as yoga from '../src/yoga/index.js';

describe('public API', () => {
  it('API1 `friendcanvas` exports exactly this runtime surface (what a panel author writes with)', () => {
    expect(Object.keys(root).sort()).toEqual([
      'Button', 'HostError', 'Image', 'List', 'NAMESPACE', 'Node', 'PROTOCOL_VERSION', 'ScrollView', 'Stage', 'Text',
      'View', 'applySelfScore', 'arcadeTheme', 'contrastRatio', 'createConsoleSink', 'createOpenDataApp',
      'createOpenDataHost', 'createYogaLayoutEngine', 'darkTheme', 'detectOpenDataHost',
      'drawImageFit', 'drawPlaceholderAvatar', 'ellipsize', 'fontString', 'formatScore',
      'isThemePresetName', 'layoutText', 'lightTheme', 'nextToSurpass', 'normalizeFriendList', 'paintBox',
      'parseColor', 'parseMessage', 'parseScore', 'parseScoreFormat', 'pathCircle', 'pathRoundRect',
      'placeholderAvatar', 'probeHostApis', 'probeInterpreter', 'probePromiseJobs', 'probeRuntime', 'rankFriends',
      'resolveTheme', 'splitGraphemes', 'themePresets', 'viewWithSelfScore', 'withAlpha',
      // Skins (issue 12)
      'SkinSlot', 'SkinView', 'applyShadow', 'drawNineSlice', 'linearGradientFill', 'neonTheme', 'nineSlicePatches', 'parchmentTheme',
      // Toolkit helpers the prebuilt panels use
      'BalancedText', 'measureTextOn',
    ].sort());
  });

  it('API10 `friendcanvas/engine` exports the machinery under the widgets, none of it also at the root', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'DIRTY_LAYOUT', 'DIRTY_PAINT', 'FrameScheduler', 'InputRouter', 'MAX_PICTURE_BITMAPS', 'MAX_PICTURE_BITMAP_PIXELS', 'MAX_PICTURE_BITMAP_TOTAL_PIXELS', 'PICTURE_BITMAP_AFTER_PAINTS', 'PictureBitmaps',
      'RowLayout', 'Scroller', 'VelocityTracker', 'createImageLoader', 'createTextMeasurer', 'hitTest',
    ]);
    expect(Object.keys(engine).filter((name) => name in root)).toEqual([]);
  });

  it('API2 `friendcanvas/main` exports the controller, its errors and the protocol builders', () => {
    expect(Object.keys(main).sort()).toEqual([
      'DEFAULT_ALIAS_PANEL', 'HostError', 'MAX_SCORE_KEY_BYTES', 'MAX_SCORE_PAIRS', 'MAX_SCORE_PAIR_BYTES',
      'NAMESPACE', 'PROTOCOL_VERSION', 'ValidationError', 'buildMessage', 'createPanelController', 'msg',
      'parseMessage', 'utf8ByteLength',
    ]);
  });

  it('API3 `friendcanvas/testing` exports the simulated host and fixtures', () => {
    expect(Object.keys(testing).sort()).toEqual(['SIM_FRAME_INTERVAL_MS', 'SIM_GESTURE_ERROR', 'createPrng', 'createSimulatedHost', 'generateFriends']);
  });

  it('API4 `friendcanvas/templates` exports the prebuilt panels (the device report included) and their labels', () => {
    expect(Object.keys(templates).sort()).toEqual([
      'DEFAULT_LABELS', 'DIAGNOSTICS_LABELS', 'LEADERBOARD_LABELS', 'SHARE_LABELS', 'ShareTracker', 'builtinPanels',
      'diagnosticsPanel', 'leaderboardPanel', 'sharePanel', 'surpassPanel',
    ]);
    expect(templates.builtinPanels.map((p) => p.name)).toEqual(['leaderboard', 'share', 'surpass', 'diagnostics']);
  });

  it('API6 `friendcanvas/yoga` exports what `yoga-layout/load` does (loadYoga and the enums) plus loadYogaSync and its error', async () => {
    const wasmYoga = await import('yoga-layout/load');
    expect(Object.keys(yoga).sort()).toEqual([...Object.keys(wasmYoga), 'YogaLoadError', 'loadYogaSync'].sort());
    // The enums are yoga's own values.
    for (const name of Object.keys(wasmYoga)) {
      if (name !== 'loadYoga') expect((yoga as Record<string, unknown>)[name]).toEqual((wasmYoga as Record<string, unknown>)[name]);
    }
  });

  it('API5 the main entry does not pull in the engine (a game bundle stays small)', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const file = new URL('../dist/esm/main.js', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/yoga|createYogaLayoutEngine|class Stage/);
  });
});
