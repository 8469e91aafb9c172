/**
 * Every visible string of the device report (`diagnostics` panel), by key (`labels` option): its
 * title, section headings and one label per line. The panel defines the same keys
 * (test/main/index.test.ts proves they agree), so a misspelt label key is a compile error in the game.
 */
export type DiagnosticsLabelKey =
  | 'title'
  | 'caption'
  | 'runtime'
  | 'host'
  | 'canvas'
  | 'touch'
  | 'friends'
  | 'frames'
  | 'webAssembly'
  | 'wxWebAssembly'
  | 'ttWebAssembly'
  | 'codeGeneration'
  | 'segmenter'
  | 'promiseJobs'
  | 'jit'
  | 'layout'
  | 'hostObject'
  | 'touchListeners'
  | 'systemInfo'
  | 'canvasApis'
  | 'timers'
  | 'canIUse'
  | 'cloudStorage'
  | 'shareToUser'
  | 'canvasSize'
  | 'stage'
  | 'resize'
  | 'viewport'
  | 'dialect'
  | 'ignored'
  | 'bitmaps'
  | 'nativeTouch'
  | 'forwardedPointer'
  | 'friendStatus'
  | 'listAt'
  | 'topKeys'
  | 'records'
  | 'friendKeys'
  | 'valueEntries'
  | 'selfInList'
  | 'frameInterval'
  | 'frameCost';

/** Label overrides of the device report: some or all of {@link DiagnosticsLabelKey}, each a string. */
export type DiagnosticsLabelOverrides = { readonly [K in DiagnosticsLabelKey]?: string };
