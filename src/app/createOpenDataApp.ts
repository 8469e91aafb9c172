import type { Node, Stage } from '../core/index.js';
import { DiagnosticsRecorder } from '../diagnostics/index.js';
import { detectOpenDataHost } from '../host/index.js';
import type { OpenDataHost } from '../host/types.js';
import type { LayoutEngine } from '../layout/index.js';
import { parseMessage } from '../protocol/index.js';
import type { Message } from '../protocol/index.js';
import type { ThemeTokens } from '../theme/index.js';
import { AppTheme } from './AppTheme.js';
import { BootQueue } from './BootQueue.js';
import { DEFAULT_PLACEHOLDER, MAX_QUEUED_MESSAGES } from './constants.js';
import { createPanelContext } from './createPanelContext.js';
import type { PanelContextSource } from './createPanelContext.js';
import { FriendStore } from './FriendStore.js';
import { loadLayout } from './loadLayout.js';
import { createMessageHandlers, dispatchMessage } from './messageHandlers.js';
import type { MessageHandlers } from './messageHandlers.js';
import { NoLayoutScreen } from './NoLayoutScreen.js';
import type { OpenDataApp, OpenDataAppOptions } from './OpenDataApp.js';
import type { FriendDataSnapshot } from './Panel.js';
import { PanelHost } from './PanelHost.js';
import { startStage } from './startStage.js';
import type { StageParts } from './startStage.js';
import { WarningLimiter } from './WarningLimiter.js';

export type { OpenDataApp, OpenDataAppOptions } from './OpenDataApp.js';

/**
 * Starts the open data domain runtime: subscribes to the host's messages, parses them with protocol
 * v1 (plus TikTok's guide aliases and engines' viewport messages), mounts the named panel on the shared
 * canvas, routes touches, and redraws through `requestAnimationFrame` only while something changed.
 *
 * @example
 * createOpenDataApp({ panels: [leaderboardPanel, sharePanel], theme: 'dark' });
 */
export function createOpenDataApp(options: OpenDataAppOptions): OpenDataApp {
  const host = options.host ?? detectOpenDataHost();
  if (host === undefined) throw new Error('friendcanvas: no open data domain host found (tt, TTMinis.game or wx)');
  return new OpenDataAppImpl(host, options);
}

/** Wiring only: each rule lives in the part named beside it. */
class OpenDataAppImpl implements OpenDataApp {
  public readonly ready: Promise<void>;
  private readonly _warnings: WarningLimiter;
  private readonly _theme: AppTheme;
  private readonly _store: FriendStore;
  private readonly _diagnostics: DiagnosticsRecorder;
  private readonly _handlers: MessageHandlers;
  /** What panel contexts read (one object for the app's lifetime, holding no panel). */
  private readonly _contextSource: PanelContextSource;
  /** Messages held until the layout engine is ready (undefined once it is). */
  private _queue: BootQueue | undefined = new BootQueue(MAX_QUEUED_MESSAGES);
  private _droppedWarned = false;
  private _parts: StageParts | undefined;
  private _panels: PanelHost | undefined;
  private _noLayout: NoLayoutScreen | undefined;
  private _disposed = false;
  /** Widgets whose paint failure was reported (once each). */
  private readonly _brokenPaints = new WeakSet<Node>();

  public constructor(
    private readonly _host: OpenDataHost,
    private readonly _options: OpenDataAppOptions,
  ) {
    this._warnings = new WarningLimiter((m) => _host.warn(m), () => _host.now());
    this._theme = new AppTheme(_options.theme, (m) => this._warn(m));
    this._diagnostics = new DiagnosticsRecorder(() => _host.now(), _host);
    this._store = new FriendStore(
      _host,
      (snap) => this._panels?.dataChanged(snap),
      (m) => this._warn(m),
      () => DEFAULT_PLACEHOLDER,
      (res) => this._diagnostics.recordFriendResult(res),
    );
    this._contextSource = {
      theme: () => this._theme.tokens,
      data: () => this._store.snapshot,
      refresh: () => this._store.fetch(),
      warn: (m) => this._warn(m),
      stage: () => this._parts?.stage,
      diagnostics: this._diagnostics,
    };
    this._handlers = createMessageHandlers({
      store: this._store,
      theme: this._theme,
      diagnostics: this._diagnostics,
      warn: (m) => this._warn(m),
      now: () => _host.now(),
      stage: () => this._parts,
      panels: () => this._panels,
      noLayout: () => this._noLayout,
    });
    // Subscribe first: messages may arrive while an asynchronous layout loads; they are queued and replayed.
    _host.onMessage((raw) => this.handleMessage(raw));
    this.ready = loadLayout(_options.layout, (layout, error) => this._start(layout, error));
  }

  public get stage(): Stage | undefined {
    return this._parts?.stage;
  }
  public get panelName(): string | undefined {
    return this._panels?.name;
  }
  public get theme(): ThemeTokens {
    return this._theme.tokens;
  }
  public get data(): FriendDataSnapshot {
    return this._store.snapshot;
  }

  public handleMessage(raw: unknown): void {
    if (this._disposed) return;
    try {
      const parsed = parseMessage(raw);
      if (!parsed.ok) {
        // A known engine event with nothing for us (Cocos's loop control) is not a problem to report.
        if (parsed.error.code === 'ignored') return;
        this._diagnostics.recordIgnored(parsed.error.message);
        this._warn(`friendcanvas: ignored message: ${parsed.error.message}`);
        return;
      }
      if (this._queue !== undefined) this._enqueue(parsed.message);
      else dispatchMessage(this._handlers, parsed.message);
    } catch (err) {
      this._fail(err);
    }
  }

  public dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    this._panels?.dispose();
    this._store.dispose();
    this._parts?.dispose();
  }

  private _start(layout: LayoutEngine | undefined, layoutError: unknown): void {
    if (this._disposed) return;
    this._diagnostics.recordLayout(layout === undefined ? 'none' : this._options.layout === undefined ? 'yoga-js' : 'custom', layoutError);
    try {
      if (layout === undefined) {
        // LAYOUT5: `show` draws a plain message instead of a panel.
        this._noLayout = NoLayoutScreen.forLayoutError(this._host.getSharedCanvas(), () => this._theme.tokens, layoutError, (m) => this._warn(m));
      } else {
        const sinks = {
          diagnostics: this._diagnostics,
          onError: (e: unknown) => this._fail(e),
          onPaintError: (e: unknown, node: Node) => this._paintFailed(e, node),
          warn: (m: string) => this._warn(m),
        };
        const parts = (this._parts = startStage(this._host, layout, this._options.canvasOwner, sinks));
        parts.themeImages.update(this._theme.tokens);
        this._panels = new PanelHost(parts.stage, this._options.panels, {
          context: (mount) => createPanelContext(mount, this._host, this._contextSource),
          data: () => this._store.snapshot,
          theme: () => this._theme.tokens,
          report: (e) => this._warnings.report(e, this._options.onError),
          warn: (m) => this._warn(m),
        });
      }
    } catch (err) {
      this._fail(err);
    }
    const queued = this._queue?.drain() ?? [];
    this._queue = undefined;
    for (const message of queued) {
      try {
        dispatchMessage(this._handlers, message);
      } catch (err) {
        this._fail(err);
      }
    }
  }

  private _enqueue(message: Message): void {
    const dropped = this._queue!.push(message);
    if (dropped === undefined || this._droppedWarned) return;
    this._droppedWarned = true;
    this._warn(`friendcanvas: more than ${MAX_QUEUED_MESSAGES} messages before the engine was ready; dropped the oldest "${dropped}" message (warned once)`);
  }

  /** One widget's paint failed: it is drawn empty until it changes; reported once per widget, the panel stays. */
  private _paintFailed(err: unknown, node: Node): void {
    if (this._brokenPaints.has(node)) return;
    this._brokenPaints.add(node);
    this._warnings.report(err, this._options.onError, `a widget's paint failed (${node.name ?? 'unnamed'}; drawn empty until it changes)`);
  }

  /** Contains a failure: reported, and the mounted panel (if any) replaced by the error state. */
  private _fail(err: unknown): void {
    if (this._panels !== undefined) this._panels.fail(err);
    else this._warnings.report(err, this._options.onError);
  }

  private _warn(message: string): void {
    this._warnings.warn(message);
  }
}

