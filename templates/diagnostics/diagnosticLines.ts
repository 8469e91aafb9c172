/**
 * The device report's lines: a stable id per line (README "Checking a device" explains each), the
 * label that names it, and how its value is read from the facts. A table keyed by id, so a line
 * without a value does not compile.
 */
import type {
  DiagnosticsSource,
  FriendDataSnapshot,
  HostApiFacts,
  InterpreterHint,
  PromiseJobTiming,
  RuntimeFacts,
  StageFacts,
  TouchFacts,
} from '../../src/index.js';
import type { DiagnosticsLabels } from './DiagnosticsOptions.js';
import { fmt, globalWord, memberWord, ms, pairs, size } from './formatFacts.js';

/** The report's sections, in drawing order; each name is also its heading's label key. */
export const DIAGNOSTIC_SECTIONS = ['runtime', 'host', 'canvas', 'touch', 'friends', 'frames'] as const;

/** One of {@link DIAGNOSTIC_SECTIONS}. */
export type DiagnosticSection = (typeof DIAGNOSTIC_SECTIONS)[number];

/** Every line, in drawing order: id (stable across versions and languages), section, label key. */
export const DIAGNOSTIC_LINES = [
  { id: 'R1', section: 'runtime', label: 'webAssembly' },
  { id: 'R2', section: 'runtime', label: 'wxWebAssembly' },
  { id: 'R3', section: 'runtime', label: 'ttWebAssembly' },
  { id: 'R4', section: 'runtime', label: 'codeGeneration' },
  { id: 'R5', section: 'runtime', label: 'segmenter' },
  { id: 'R6', section: 'runtime', label: 'promiseJobs' },
  { id: 'R7', section: 'runtime', label: 'jit' },
  { id: 'R8', section: 'runtime', label: 'layout' },
  { id: 'H1', section: 'host', label: 'hostObject' },
  { id: 'H2', section: 'host', label: 'touchListeners' },
  { id: 'H3', section: 'host', label: 'systemInfo' },
  { id: 'H4', section: 'host', label: 'canvasApis' },
  { id: 'H5', section: 'host', label: 'timers' },
  { id: 'H6', section: 'host', label: 'canIUse' },
  { id: 'H7', section: 'host', label: 'cloudStorage' },
  { id: 'H8', section: 'host', label: 'shareToUser' },
  { id: 'C1', section: 'canvas', label: 'canvasSize' },
  { id: 'C2', section: 'canvas', label: 'stage' },
  { id: 'C3', section: 'canvas', label: 'resize' },
  { id: 'C4', section: 'canvas', label: 'viewport' },
  { id: 'C5', section: 'canvas', label: 'dialect' },
  { id: 'C6', section: 'canvas', label: 'ignored' },
  { id: 'C7', section: 'canvas', label: 'bitmaps' },
  { id: 'T1', section: 'touch', label: 'nativeTouch' },
  { id: 'T2', section: 'touch', label: 'forwardedPointer' },
  { id: 'F1', section: 'friends', label: 'friendStatus' },
  { id: 'F2', section: 'friends', label: 'listAt' },
  { id: 'F3', section: 'friends', label: 'topKeys' },
  { id: 'F4', section: 'friends', label: 'records' },
  { id: 'F5', section: 'friends', label: 'friendKeys' },
  { id: 'F6', section: 'friends', label: 'valueEntries' },
  { id: 'F7', section: 'friends', label: 'selfInList' },
  { id: 'P1', section: 'frames', label: 'frameInterval' },
  { id: 'P2', section: 'frames', label: 'frameCost' },
] as const satisfies ReadonlyArray<{ id: string; section: DiagnosticSection; label: keyof DiagnosticsLabels }>;

/** A line's stable id (`R1` … `P2`). */
export type DiagnosticLineId = (typeof DIAGNOSTIC_LINES)[number]['id'];

/** Everything one refresh of the report reads. */
export interface DiagnosticFacts {
  readonly runtime: RuntimeFacts;
  readonly interpreter: InterpreterHint;
  /** Undefined until the promise probe answered. */
  readonly promiseJobs: PromiseJobTiming | undefined;
  readonly host: HostApiFacts;
  /** What the app recorded; undefined in a hand-made panel context. */
  readonly source: DiagnosticsSource | undefined;
  readonly data: FriendDataSnapshot;
  readonly stage: StageFacts;
}

const NOT_RECORDED = 'not recorded';

/** How each line's value is read. Values never contain friend data: only words, numbers and key names. */
export const LINE_VALUES: Readonly<Record<DiagnosticLineId, (f: DiagnosticFacts) => string>> = {
  R1: (f) => globalWord(f.runtime.webAssembly),
  R2: (f) => globalWord(f.runtime.wxWebAssembly),
  R3: (f) => globalWord(f.runtime.ttWebAssembly),
  R4: (f) => (f.runtime.codeGeneration === 'refused' ? `refused${f.runtime.codeGenerationError === undefined ? '' : ` (${f.runtime.codeGenerationError})`}` : f.runtime.codeGeneration),
  R5: (f) => (f.runtime.segmenter === 'no-intl' ? 'absent (no Intl)' : f.runtime.segmenter),
  R6: (f) => {
    switch (f.promiseJobs) {
      case undefined:
        return 'checking…';
      case 'microtask':
        return 'microtask';
      case 'timer':
        return 'timer task (after a 0 ms timeout)';
      case 'no-timer':
        return 'unknown (no setTimeout)';
    }
  },
  R7: (f) => {
    const h = f.interpreter;
    if (h.verdict === 'no-clock' || h.nsPerIteration === undefined) return 'clock did not move';
    const ns = h.nsPerIteration < 10 ? h.nsPerIteration.toFixed(1) : String(Math.round(h.nsPerIteration));
    const verdict = h.verdict === 'jit' ? 'JIT likely' : h.verdict === 'interpreter' ? 'interpreter likely' : 'unclear';
    return `${verdict} · ${ns} ns/loop`;
  },
  R8: (f) => {
    const l = f.source?.layout();
    if (l === undefined) return NOT_RECORDED;
    const first = `first layout ${ms(l.firstLayoutMs)}`;
    switch (l.backend) {
      case 'yoga-js':
        return `yoga (JavaScript) · ${first}`;
      case 'custom':
        return `the game's engine · ${first}`;
      case 'none':
        return `none: ${l.error ?? 'failed to load'}`;
      case 'starting':
        return 'starting';
    }
  },
  H1: (f) => {
    const present = (Object.keys(f.runtime.platformGlobals) as Array<keyof RuntimeFacts['platformGlobals']>).filter(
      (name) => f.runtime.platformGlobals[name] !== 'absent',
    );
    const listed = present.map((name) => (f.runtime.platformGlobals[name] === 'throws' ? `${name} (throws)` : name));
    return `${f.host.kind} · globals: ${listed.length === 0 ? 'none' : listed.join(', ')}`;
  },
  H2: (f) =>
    pairs([
      ['start', memberWord(f.host.members.onTouchStart)],
      ['move', memberWord(f.host.members.onTouchMove)],
      ['end', memberWord(f.host.members.onTouchEnd)],
      ['cancel', memberWord(f.host.members.onTouchCancel)],
    ]),
  H3: (f) => {
    const info = f.host.systemInfo;
    if (info === undefined) return memberWord(f.host.members.getSystemInfoSync);
    if (info.status !== 'ok') return info.status === 'absent' ? 'no' : 'throws';
    const v = info.fields;
    const num = (k: string): number | undefined => (typeof v[k] === 'number' ? (v[k] as number) : undefined);
    const parts = ['yes'];
    if (num('windowWidth') !== undefined) parts.push(`window ${size(num('windowWidth'), num('windowHeight'))}`);
    if (num('pixelRatio') !== undefined) parts.push(`@${fmt(num('pixelRatio')!)}`);
    for (const k of ['platform', 'system', 'version', 'SDKVersion']) if (typeof v[k] === 'string') parts.push(`${k === 'SDKVersion' ? 'SDK ' : k === 'version' ? 'client ' : ''}${v[k] as string}`);
    return parts.join(' · ');
  },
  H4: (f) => pairs([['createImage', memberWord(f.host.members.createImage)], ['createCanvas', memberWord(f.host.members.createCanvas)]]),
  H5: (f) =>
    pairs([
      ['setTimeout', memberWord(f.host.members.setTimeout)],
      ['setInterval', memberWord(f.host.members.setInterval)],
      ['rAF', memberWord(f.host.members.requestAnimationFrame)],
    ]),
  H6: (f) => memberWord(f.host.members.canIUse),
  H7: (f) =>
    pairs([
      ['getFriend', memberWord(f.host.members.getFriendCloudStorage)],
      ['getUser', memberWord(f.host.members.getUserCloudStorage)],
      ['setUser', memberWord(f.host.members.setUserCloudStorage)],
    ]),
  H8: (f) => memberWord(f.host.members.shareToUser),
  C1: (f) => {
    const c = f.source?.canvas();
    if (c === undefined) return NOT_RECORDED;
    return `${size(c.width, c.height)} px · at start ${size(c.initialWidth, c.initialHeight)}`;
  },
  C2: (f) => `${size(f.stage.width, f.stage.height)} logical · scale ${f.stage.scaleX.toFixed(2)} × ${f.stage.scaleY.toFixed(2)}`,
  C3: (f) => {
    if (f.source === undefined) return NOT_RECORDED;
    const v = f.source.viewport();
    if (v === undefined) return 'not asked yet (no viewport message)';
    const kept = size(v.canvasWidth, v.canvasHeight);
    if (!(v.width > 0 && v.height > 0)) return 'not asked: collapsed rectangle (input paused)';
    if (v.askedWidth === undefined) return `not asked: the engine sizes it (${kept} adopted)`;
    const asked = size(v.askedWidth, v.askedHeight);
    if (v.canvasWidth === v.askedWidth && v.canvasHeight === v.askedHeight) return `stuck (asked ${asked})`;
    return `refused: asked ${asked}, kept ${kept}`;
  },
  C4: (f) => {
    if (f.source === undefined) return NOT_RECORDED;
    const v = f.source.viewport();
    if (v === undefined) return 'none yet (the game sends it)';
    const used = v.pixelRatio ?? v.sentPixelRatio;
    const ratio = used === undefined ? '' : ` · @${fmt(used)}${v.sentPixelRatio === undefined ? ' (host)' : ''}`;
    return `x ${fmt(v.x)} y ${fmt(v.y)} · ${size(v.width, v.height)}${ratio} · #${v.count}`;
  },
  C5: (f) => {
    if (f.source === undefined) return NOT_RECORDED;
    const v = f.source.viewport();
    if (v === undefined) return '—';
    const owner = v.canvasOwner === undefined ? '' : ` · canvas owner ${v.canvasOwner}`;
    const fit = v.fit === undefined ? '' : ` · fit ${v.fit}`;
    return `${v.dialect ?? 'none (friendcanvas v1)'}${owner}${fit}`;
  },
  C6: (f) => {
    const m = f.source?.messages();
    if (m === undefined) return NOT_RECORDED;
    return m.ignored === 0 ? '0' : `${m.ignored} · last: ${m.lastIgnored ?? '?'}`;
  },
  C7: (f) => {
    const p = f.source?.pictures();
    if (p === undefined) return NOT_RECORDED;
    if (p.state === 'none') return 'no (no createCanvas: avatars drawn with their clip)';
    const counts = `${p.kept} kept · ${p.renders} drawn · ${p.draws} copies`;
    return p.state === 'on' ? `yes · ${counts}` : `off: the host's canvas failed (${p.failures}) · ${counts}`;
  },
  T1: (f) => touchLine(f, f.source?.touch('native'), f.host.members.onTouchEnd === 'absent' ? 'none (no onTouch* in the ODC)' : 'none yet: tap the panel'),
  T2: (f) => touchLine(f, f.source?.touch('forwarded'), 'none yet (forwardTouches in the game)'),
  F1: (f) => {
    const d = f.data;
    switch (d.status) {
      case 'ready':
        return `ready · ${d.friends.length} kept${d.refreshing ? ' · refreshing' : ''}`;
      case 'error':
      case 'unauthorized':
        return `${d.status}${d.error?.code === undefined ? '' : ` (code ${String(d.error.code).slice(0, 24)})`}`;
      default:
        return d.status;
    }
  },
  F2: (f) => {
    const shape = f.source?.friendResult();
    if (shape === undefined) return f.source === undefined ? NOT_RECORDED : 'no answer yet';
    if (shape.listPath === undefined) return `not found (result: ${shape.resultType})`;
    return shape.listPath.length === 0 ? 'res (the result is the list)' : `res.${shape.listPath.join('.')}`;
  },
  F3: (f) => {
    const shape = f.source?.friendResult();
    if (shape === undefined) return '—';
    if (shape.resultType !== 'object') return `— (${shape.resultType})`;
    const named = shape.topKeys.length === 0 ? 'none' : shape.topKeys.join(', ');
    return shape.topKeysHidden > 0 ? `${named} (+${shape.topKeysHidden} unnamed)` : named;
  },
  F4: (f) => {
    const shape = f.source?.friendResult();
    if (shape === undefined) return '—';
    return shape.sampled < shape.count ? `${shape.count} (keys from the first ${shape.sampled})` : String(shape.count);
  },
  F5: (f) => {
    const shape = f.source?.friendResult();
    if (shape === undefined) return '—';
    const named = shape.friendKeys.length === 0 ? 'none' : shape.friendKeys.map((k) => `${k.key} ${k.count}`).join(' · ');
    const hidden = shape.friendKeysHidden > 0 ? ` (+${shape.friendKeysHidden} unnamed)` : '';
    return `${named}${hidden}${shape.unreadable ? ' · partly unreadable' : ''}`;
  },
  F6: (f) => {
    const shape = f.source?.friendResult();
    if (shape === undefined) return '—';
    if (shape.valueKeys.length === 0) return 'none';
    const types = shape.valueTypes.length === 0 ? '' : ` · value type: ${shape.valueTypes.join(', ')}`;
    return `${shape.valueKeys.map((k) => `${k.key} ${k.count}`).join(' · ')}${types}`;
  },
  F7: (f) => {
    const self = f.data.selfOpenid;
    if (self === undefined) return 'unknown (no self message)';
    if (f.data.status !== 'ready') return '—';
    return f.data.friends.some((friend) => friend.openid === self) ? 'yes' : 'no';
  },
  P1: (f) => {
    const fr = f.source?.frames();
    if (fr === undefined) return NOT_RECORDED;
    const rate = fr.intervalMs === undefined || fr.intervalMs <= 0 ? '' : ` · ${Math.round(1000 / fr.intervalMs)} fps`;
    return `${ms(fr.intervalMs)}${rate} · ${fr.frames} frames · ${fr.driver ?? '?'}`;
  },
  P2: (f) => {
    const fr = f.source?.frames();
    if (fr === undefined) return NOT_RECORDED;
    return `mean ${ms(fr.meanCostMs)} · max ${ms(fr.maxCostMs)}`;
  },
};

function touchLine(f: DiagnosticFacts, t: TouchFacts | undefined, none: string): string {
  if (f.source === undefined) return NOT_RECORDED;
  if (t === undefined) return none;
  const where = t.stageX === undefined || t.stageY === undefined ? '' : ` → stage ${fmt(t.stageX)}, ${fmt(t.stageY)}${inside(f.stage, t.stageX, t.stageY) ? '' : ' (outside)'}`;
  return `${t.phase} #${t.id} at ${fmt(t.x)}, ${fmt(t.y)}${where} · ${t.count} ${t.count === 1 ? "event" : "events"}`;
}

function inside(stage: StageFacts, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x <= stage.width && y <= stage.height;
}
