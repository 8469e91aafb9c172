/**
 * Every visible string of the prebuilt panels, by key (`labels` option). The prebuilt panels define
 * the same keys (test/main/typedOptions.test.ts proves they agree), so a misspelt label key is a
 * compile error in the game.
 */
export type PanelLabelKey =
  | 'title'
  | 'loading'
  | 'empty'
  | 'emptyHint'
  | 'unauthorized'
  | 'unauthorizedHint'
  | 'error'
  | 'errorHint'
  | 'retry'
  | 'panelError'
  | 'share'
  | 'sending'
  | 'sent'
  | 'shareRetry'
  | 'shareFailed'
  | 'updateToShare'
  | 'placeholderName'
  | 'you'
  | 'scoreColumn'
  | 'noScore'
  | 'refreshing'
  | 'beat'
  | 'pointsToGo'
  | 'toGo'
  | 'ahead'
  | 'noSelfScore';

/** Label overrides of a panel: some or all of {@link PanelLabelKey}, each a string. */
export type PanelLabelOverrides = { readonly [K in PanelLabelKey]?: string };
