import { probeHostApis, probeInterpreter, probeRuntime } from '../../src/index.js';
import type {
  FriendDataSnapshot,
  HostApiFacts,
  InterpreterHint,
  OpenDataHost,
  Panel,
  PanelContext,
  PanelDefinition,
  PlainObject,
  PromiseJobTiming,
  RuntimeFacts,
  ThemeTokens,
} from '../../src/index.js';
import { REFRESH_INTERVAL_MS } from './constants.js';
import { DIAGNOSTIC_LINES, LINE_VALUES } from './diagnosticLines.js';
import type { DiagnosticFacts } from './diagnosticLines.js';
import { readDiagnosticsOptions } from './DiagnosticsOptions.js';
import { DiagnosticsView } from './DiagnosticsView.js';

/** Probed when there is no device report to ask: an adapter without `inspect` reads every member as unknown. */
const UNKNOWN_HOST = { kind: 'unknown' } as OpenDataHost;

/** What a probe reports when it threw anyway (every probe is meant not to). */
const RUNTIME_UNKNOWN: RuntimeFacts = {
  webAssembly: 'throws',
  wxWebAssembly: 'throws',
  ttWebAssembly: 'throws',
  codeGeneration: 'refused',
  codeGenerationError: 'probe threw',
  segmenter: 'throws',
  platformGlobals: { GameGlobal: 'throws', tt: 'throws', TTMinis: 'throws', wx: 'throws' },
};

/**
 * The device report: the platform facts nobody can see from a desk (PLATFORM.md "What a real open
 * data domain lacks"), one labelled line each, live while shown. The engine and the host are probed
 * once when it opens; what the app records (canvas, viewport, touches, frames, the friend result's
 * shape) is reread every {@link REFRESH_INTERVAL_MS} ms. While shown it asks for every frame, so the
 * frame lines measure the host's real rate; hidden, it leaves no ticker, timer or frame behind.
 *
 * Never draws or logs friend data: the friend lines are key names, counts and yes/no.
 */
class DiagnosticsPanel implements Panel {
  private readonly _view: DiagnosticsView;
  private readonly _runtime: RuntimeFacts;
  private readonly _host: HostApiFacts;
  private readonly _interpreter: InterpreterHint;
  private _promiseJobs: PromiseJobTiming | undefined;
  private readonly _cancelPromiseProbe: () => void;
  private readonly _stopTicker: () => void;
  private _lastRefresh: number;
  private _disposed = false;

  public constructor(private readonly _ctx: PanelContext, raw: PlainObject) {
    const { labels } = readDiagnosticsOptions(raw, (m) => _ctx.warn(m));
    this._view = new DiagnosticsView(_ctx.root, _ctx.theme(), labels);
    this._runtime = attempt(() => probeRuntime(), RUNTIME_UNKNOWN);
    // probeHostApis never throws; the fallback (an adapter without `inspect`: every member `?`) is belt and braces.
    const source = _ctx.diagnostics;
    // The host's lines come from the app's device report; a hand-made context (no report) shows every member as unknown.
    this._host = attempt(() => source?.hostApis() ?? probeHostApis(UNKNOWN_HOST), () => probeHostApis(UNKNOWN_HOST));
    this._interpreter = attempt(() => probeInterpreter(() => _ctx.clock.now()), { verdict: 'no-clock', nsPerIteration: undefined, iterations: 0 });
    this._cancelPromiseProbe = attempt<() => void>(
      () =>
        source === undefined
          ? () => undefined
          : source.promiseJobs((timing) => {
              this._promiseJobs = timing;
              if (!this._disposed) this._refresh();
            }),
      () => () => undefined,
    );
    this._lastRefresh = _ctx.clock.now();
    this._refresh();
    this._stopTicker = _ctx.clock.everyFrame((now) => this._tick(now));
  }

  public update(raw: PlainObject): void {
    this._view.setLabels(readDiagnosticsOptions(raw, (m) => this._ctx.warn(m)).labels);
  }

  public onDataChange(_data: FriendDataSnapshot): void {
    this._refresh();
  }

  public onThemeChange(theme: ThemeTokens): void {
    this._view.applyTheme(theme);
  }

  public scrollTo(target: 'top' | 'self', animated: boolean): void {
    if (target === 'top') this._view.scrollToTop(animated);
  }

  public destroy(): void {
    this._disposed = true;
    this._stopTicker();
    this._cancelPromiseProbe();
    this._view.destroy();
  }

  /** Runs every frame while shown (keeping frames coming, to measure them); rereads the facts twice a second. */
  private _tick(now: number): boolean {
    if (this._disposed) return false;
    if (now - this._lastRefresh >= REFRESH_INTERVAL_MS) {
      this._lastRefresh = now;
      this._refresh();
    }
    return true;
  }

  private _refresh(): void {
    const root = this._ctx.root;
    const stage = attempt(() => this._ctx.diagnostics?.stage(), undefined) ?? { width: root.width, height: root.height, scaleX: 1, scaleY: 1 };
    const facts: DiagnosticFacts = {
      runtime: this._runtime,
      interpreter: this._interpreter,
      promiseJobs: this._promiseJobs,
      host: this._host,
      source: this._ctx.diagnostics,
      data: this._ctx.data(),
      stage: { width: stage.width, height: stage.height, scaleX: stage.scaleX, scaleY: stage.scaleY },
    };
    for (const line of DIAGNOSTIC_LINES) {
      // A host API that throws while read is reported on its line; the panel goes on.
      this._view.setValue(line.id, attempt(() => LINE_VALUES[line.id](facts), 'throws'));
    }
  }
}

function attempt<T>(fn: () => T, fallback: T | (() => T)): T {
  try {
    return fn();
  } catch {
    return typeof fallback === 'function' ? (fallback as () => T)() : fallback;
  }
}

/**
 * The `diagnostics` panel definition: a device self-check. Show it on a test build with
 * `{ns: 'friendcanvas', v: 1, type: 'show', panel: 'diagnostics'}` (or `panels.show('diagnostics')`).
 * It asks for the cloud keys of its `keys` option (none by default); showing it fetches the friend
 * list once if nothing was fetched yet.
 */
export const diagnosticsPanel: PanelDefinition = Object.freeze({
  name: 'diagnostics',
  keys: (options: PlainObject): string[] => readDiagnosticsOptions(options, () => undefined).keys.slice(),
  create: (context: PanelContext, options: PlainObject): Panel => new DiagnosticsPanel(context, options),
});
