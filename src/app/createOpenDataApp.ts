import { Node, Stage } from '../core/index.js';
import { DiagnosticsRecorder } from '../diagnostics/index.js';
import { detectOpenDataHost } from '../host/index.js';
import type { OpenDataHost } from '../host/types.js';
import { createImageLoader } from '../images/index.js';
import type { ImageLoader } from '../images/index.js';
import { InputRouter } from '../input/index.js';
import { createYogaLayoutEngine } from '../layout/index.js';
import type { LayoutEngine } from '../layout/index.js';
import { parseMessage } from '../protocol/index.js';
import type { CanvasOwner, Message, MessageOf, MessageType, PlainObject } from '../protocol/index.js';
import { isThemePresetName, resolveTheme, themePresets } from '../theme/index.js';
import type { ThemeOverrides, ThemePresetName, ThemeTokens } from '../theme/index.js';
import { Text, View } from '../widgets/index.js';
import { DEFAULT_PLACEHOLDER, MAX_QUEUED_MESSAGES } from './constants.js';
import { FriendStore } from './FriendStore.js';
import { NoLayoutScreen } from './NoLayoutScreen.js';
import { planAdoptedViewport } from './planViewport.js';
import type { FriendDataSnapshot, Panel, PanelContext, PanelDefinition } from './Panel.js';
import { samePlainData } from './samePlainData.js';
import { WarningLimiter } from './WarningLimiter.js';

/** Options of {@link createOpenDataApp}. */
export interface OpenDataAppOptions {
  /** The platform port; default: detected from `GameGlobal.tt`, `tt`, `TTMinis.game` or `wx`. */
  host?: OpenDataHost;
  /** The panel types `show` messages may name. */
  panels: readonly PanelDefinition[];
  /** Initial theme: a preset name, or a preset plus token overrides. Default `'light'`. */
  theme?: ThemePresetName | { preset?: ThemePresetName; tokens?: ThemeOverrides };
  /**
   * Layout engine; default: yoga translated to plain JavaScript, loaded synchronously (no
   * `WebAssembly` needed). A promise (an engine the game loads asynchronously) is awaited; messages
   * that arrive meanwhile are queued and replayed in order.
   */
  layout?: LayoutEngine | Promise<LayoutEngine>;
  /**
   * Who sizes the shared canvas (ENGINE2). `'auto'` (default): size it to each viewport × pixel ratio,
   * and adopt whatever size it keeps when the host refuses; once anyone else changes it, never resize
   * it again. `'engine'`: never resize it (Cocos, LayaAir and Unity size it from the main domain); a
   * viewport message may say the same with `canvasOwner: 'engine'`, and engine dialects always do.
   */
  canvasOwner?: CanvasOwner;
  /** Receives errors thrown by panels and handlers (after they are contained). Default: a warning. */
  onError?: (error: unknown) => void;
}

/** A running open data domain app. */
export interface OpenDataApp {
  /** Resolves once the layout engine is ready and queued messages are applied (at once with the default engine). */
  readonly ready: Promise<void>;
  /** The stage, once ready. */
  readonly stage: Stage | undefined;
  /** Name of the mounted panel, if any. */
  readonly panelName: string | undefined;
  /** The current theme. */
  readonly theme: ThemeTokens;
  /** The current friend data. */
  readonly data: FriendDataSnapshot;
  /** Handles one raw message exactly as if it came from the host's `onMessage`. Never throws. */
  handleMessage(raw: unknown): void;
  /** Stops frames and frees every node. */
  dispose(): void;
}

type Handlers = { [T in MessageType]: (message: MessageOf<T>) => void };

/**
 * Starts the open data domain runtime: subscribes to the host's messages, parses them with protocol
 * v1 (plus TikTok's guide aliases), mounts the named panel on the shared canvas, forwards touches,
 * and redraws through `requestAnimationFrame` only while something changed.
 *
 * @example
 * createOpenDataApp({ panels: [leaderboardPanel, sharePanel], theme: 'dark' });
 */
export function createOpenDataApp(options: OpenDataAppOptions): OpenDataApp {
  const host = options.host ?? detectOpenDataHost();
  if (host === undefined) throw new Error('friendcanvas: no open data domain host found (tt, TTMinis.game or wx)');
  return new OpenDataAppImpl(host, options);
}

class OpenDataAppImpl implements OpenDataApp {
  public readonly ready: Promise<void>;
  private _stage: Stage | undefined;
  private _input: InputRouter | undefined;
  /** The mounted panel, with the options of the `show` that mounted or last updated it. */
  private _panel: { name: string; panel: Panel; mount: Node; options: PlainObject } | undefined;
  private _fallback: Node | undefined;
  private _theme: ThemeTokens;
  private _queue: Message[] | undefined = [];
  private _disposed = false;
  private _droppedWarned = false;
  private _themePreset: ThemePresetName = 'light';
  private _themeTokens: PlainObject | undefined;
  private _images: ImageLoader | undefined;
  private _stopTouches: (() => void) | undefined;
  private _noLayout: NoLayoutScreen | undefined;
  /** Set for good once the canvas is known to be sized by someone else (option, message, or observed). */
  private _engineOwnsCanvas: boolean;
  /** The canvas size after our last resize (auto mode), to notice anyone else changing it. */
  private _canvasSizeSeen: { width: number; height: number } | undefined;
  private readonly _definitions = new Map<string, PanelDefinition>();
  private readonly _warnings: WarningLimiter;
  private readonly _store: FriendStore;
  private readonly _handlers: Handlers;
  /** What the `diagnostics` panel reads (O(1) per event, no friend values kept). */
  private readonly _diagnostics: DiagnosticsRecorder;

  public constructor(
    private readonly _host: OpenDataHost,
    private readonly _options: OpenDataAppOptions,
  ) {
    this._engineOwnsCanvas = _options.canvasOwner === 'engine';
    this._warnings = new WarningLimiter((m) => _host.warn(m), () => _host.now());
    for (const def of _options.panels) this._definitions.set(def.name, def);
    const t = _options.theme;
    this._themePreset = typeof t === 'string' ? t : t?.preset ?? 'light';
    this._themeTokens = typeof t === 'object' && t.tokens !== undefined ? (t.tokens as PlainObject) : undefined;
    const resolved = resolveTheme(this._themePreset, this._themeTokens);
    for (const e of resolved.errors) this._warn(`friendcanvas: theme: ${e}`);
    this._theme = resolved.theme;
    this._diagnostics = new DiagnosticsRecorder(() => _host.now());
    this._store = new FriendStore(
      _host,
      (snap) => this._withPanel((p) => p.onDataChange(snap)),
      (m) => this._warn(m),
      () => DEFAULT_PLACEHOLDER,
      (res) => this._diagnostics.recordFriendResult(res),
    );
    this._handlers = {
      viewport: (m) => this._diagnostics.recordViewport(m, this._onViewport(m)),
      show: (m) => this._onShow(m.panel, m.options ?? {}),
      hide: () => this._onHide(),
      theme: (m) => this._onTheme(m),
      score: (m) => this._store.setScore(m.key, m.value),
      self: (m) => this._store.setSelf(m.openid),
      refresh: () => this._store.fetch(),
      pointer: (m) => {
        this._diagnostics.recordTouch('forwarded', m.phase, m.id, m.x, m.y);
        this._input?.pointer(m.phase, m.id, m.x, m.y, m.t ?? this._host.now(), 'forwarded');
      },
      wheel: (m) => this._input?.wheel(m.x, m.y, m.deltaY),
      scrollTo: (m) => this._withPanel((p) => p.scrollTo(m.target, m.animated ?? true)),
    };
    // Subscribe first: messages may arrive while an asynchronous layout loads; they are queued and replayed.
    _host.onMessage((raw) => this.handleMessage(raw));
    this.ready = this._boot();
  }

  public get stage(): Stage | undefined {
    return this._stage;
  }
  public get panelName(): string | undefined {
    return this._panel?.name;
  }
  public get theme(): ThemeTokens {
    return this._theme;
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
      else this._dispatch(parsed.message);
    } catch (err) {
      this._reportError(err);
    }
  }

  public dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    this._stopTouches?.();
    this._input?.dispose();
    this._unmount();
    this._store.dispose();
    this._images?.dispose();
    this._stage?.dispose();
  }

  /**
   * Starts with the layout engine: synchronously for the default engine (no promise callback on the
   * way: iOS <= 15 hosts run them as timer tasks), after the promise for an asynchronous one.
   */
  private _boot(): Promise<void> {
    let layout: LayoutEngine | Promise<LayoutEngine>;
    try {
      layout = this._options.layout ?? createYogaLayoutEngine();
    } catch (err) {
      this._start(undefined, err);
      return Promise.resolve();
    }
    if (!isPromiseLike(layout)) {
      this._start(layout, undefined);
      return Promise.resolve();
    }
    return layout.then(
      (engine) => this._start(engine, undefined),
      (err: unknown) => this._start(undefined, err),
    );
  }

  private _start(layout: LayoutEngine | undefined, layoutError: unknown): void {
    if (this._disposed) return;
    this._diagnostics.recordLayout(layout === undefined ? 'none' : this._options.layout === undefined ? 'yoga-js' : 'custom', layoutError);
    try {
      if (layout === undefined) this._startWithoutLayout(layoutError);
      else this._startStage(layout);
    } catch (err) {
      this._reportError(err);
    }
    const queued = this._queue ?? [];
    this._queue = undefined;
    for (const message of queued) {
      try {
        this._dispatch(message);
      } catch (err) {
        this._reportError(err);
      }
    }
  }

  /** LAYOUT5: no layout engine: `show` draws a plain message instead of a panel; warned once. */
  private _startWithoutLayout(err: unknown): void {
    const reason = err instanceof Error ? err.message : String(err);
    this._warn(`friendcanvas: no layout engine (${reason.slice(0, 200)}); panels are replaced by a plain message`);
    this._noLayout = new NoLayoutScreen(this._host.getSharedCanvas(), () => this._theme);
  }

  private _startStage(layout: LayoutEngine): void {
    const host = this._host;
    const canvas = host.getSharedCanvas();
    this._diagnostics.recordInitialCanvas(canvas);
    const images = (this._images = createImageLoader({
      createImage: () => host.createImage(),
      setTimeout: (cb, ms) => host.setTimeout(cb, ms),
      clearTimeout: (id) => host.clearTimeout(id),
      now: () => host.now(),
    }));
    const stage = new Stage({
      canvas,
      layout,
      frames: this._diagnostics.timeFrames(host),
      now: () => host.now(),
      images,
      onError: (e) => this._reportError(e),
      // A host refusing a frame is not the panel's fault: warn, keep the panel (the next request retries).
      onHostError: (e) => this._warn(`friendcanvas: host error: ${e instanceof Error ? e.message : String(e)}`),
    });
    // Until the game sends a viewport, assume the canvas is shown at its own size divided by the
    // screen's pixel ratio (what TikTok's guide does), at the screen origin.
    const pr = host.getSystemInfo?.().pixelRatio ?? 1;
    const ratio = Number.isFinite(pr) && pr > 0 ? pr : 1;
    const w = canvas.width / ratio;
    const h = canvas.height / ratio;
    if (this._engineOwnsCanvas) stage.adoptCanvas(w, h);
    else stage.resize(w, h, ratio);
    this._stage = stage;
    this._input = new InputRouter(stage);
    this._input.setViewport({ x: 0, y: 0, width: w, height: h });
    this._diagnostics.attach(canvas, stage, this._input);
    if (host.onTouch !== undefined) {
      this._stopTouches = host.onTouch((phase, id, x, y, t) => {
        try {
          this._diagnostics.recordTouch('native', phase, id, x, y);
          this._input?.pointer(phase, id, x, y, t);
        } catch (err) {
          this._reportError(err);
        }
      });
    }
  }

  /**
   * Queues a message while an asynchronous layout loads. State messages replace the one they supersede (the latest
   * viewport, self, show/hide, score per key, scrollTo), so a game that re-sends state or streams
   * touches never pushes out what it sent once. Over capacity, touch input goes first, then theme
   * messages; the oldest message only as a last resort.
   */
  private _enqueue(message: Message): void {
    const q = this._queue!;
    const key = supersedeKey(message);
    if (key !== undefined) {
      const i = q.findIndex((m) => supersedeKey(m) === key);
      if (i >= 0) q.splice(i, 1);
    }
    q.push(message);
    if (q.length <= MAX_QUEUED_MESSAGES) return;
    let drop = q.findIndex((m) => m.type === 'pointer' || m.type === 'wheel');
    if (drop < 0) drop = q.findIndex((m) => m.type === 'theme');
    if (drop < 0) drop = 0;
    const dropped = q[drop]!.type;
    q.splice(drop, 1);
    if (!this._droppedWarned) {
      this._droppedWarned = true;
      this._warn(`friendcanvas: more than ${MAX_QUEUED_MESSAGES} messages before the engine was ready; dropped the oldest "${dropped}" message (warned once)`);
    }
  }

  private _dispatch(message: Message): void {
    const handler = this._handlers[message.type] as (m: Message) => void;
    handler(message);
  }

  /** Returns the pixel ratio of the resize it asked for, or undefined when it did not size the canvas. */
  private _onViewport(m: MessageOf<'viewport'>): number | undefined {
    this._noLayout?.redraw();
    const stage = this._stage;
    const input = this._input;
    if (stage === undefined || input === undefined) return;
    // ENGINE4: an engine's collapsed rectangle hides nothing and maps no touches until a valid one.
    if (!(m.width > 0 && m.height > 0)) {
      input.suspend();
      return;
    }
    const canvas = this._host.getSharedCanvas();
    const seen = this._canvasSizeSeen;
    const resizedByOthers = seen !== undefined && (canvas.width !== seen.width || canvas.height !== seen.height);
    if (m.canvasOwner === 'engine' || resizedByOthers) this._engineOwnsCanvas = true;
    if (this._engineOwnsCanvas) {
      // ENGINE3: never resize a canvas an engine sized; lay out at its rectangle, draw at its size.
      const plan = planAdoptedViewport(m, m.fit ?? 'stretch', canvas);
      if (plan === undefined) return;
      stage.adoptCanvas(plan.width, plan.height);
      // Unity's SDK assigns the canvas size on every ShowOpenData, which clears it; so may anyone who resized it.
      if (m.dialect === 'unity' || resizedByOthers) stage.invalidateAll();
      this._canvasSizeSeen = { width: canvas.width, height: canvas.height };
      input.setViewport(plan.input);
      return;
    }
    const pr = m.pixelRatio ?? this._host.getSystemInfo?.().pixelRatio ?? 1;
    stage.resize(m.width, m.height, pr);
    this._canvasSizeSeen = { width: canvas.width, height: canvas.height };
    input.setViewport({ x: m.x, y: m.y, width: m.width, height: m.height });
    return pr;
  }

  private _onShow(name: string, options: PlainObject): void {
    const labels = options['labels'];
    this._noLayout?.show(labels !== null && typeof labels === 'object' && !Array.isArray(labels) ? labels['error'] : undefined);
    const stage = this._stage;
    if (stage === undefined) return;
    const def = this._definitions.get(name);
    if (def === undefined) {
      this._warn(`friendcanvas: unknown panel "${name.slice(0, 64)}"; registered: ${Array.from(this._definitions.keys()).join(', ')}`);
      return;
    }
    if (this._panel !== undefined && this._panel.name === name) this._updatePanel(this._panel, options);
    else if (!this._mountPanel(stage, def, options)) return;
    this._safe(() => this._store.require(def.keys(options)));
  }

  /**
   * Same panel: update in place (no flicker, scroll kept). Games re-send `show` all the time
   * (`resync`), so identical options change nothing at all: no rebind, no repaint, no lost press.
   */
  private _updatePanel(mounted: NonNullable<OpenDataAppImpl['_panel']>, options: PlainObject): void {
    if (samePlainData(mounted.options, options)) return;
    mounted.options = options;
    this._safe(() => mounted.panel.update(options));
  }

  /** Replaces the mounted panel; returns false when the new one failed to create (error state shown). */
  private _mountPanel(stage: Stage, def: PanelDefinition, options: PlainObject): boolean {
    this._unmount();
    const mount = stage.root.appendChild(new View({ flexGrow: 1, flexShrink: 1, flexDirection: 'column' }));
    mount.name = `panel:${def.name}`;
    try {
      const panel = def.create(this._panelContext(stage, mount), options);
      this._panel = { name: def.name, panel, mount, options };
      // A panel mounted after the data arrived (a second panel, a re-show) gets it at once.
      panel.onDataChange(this._store.snapshot);
      return true;
    } catch (err) {
      mount.destroy();
      this._reportError(err);
      // Nothing is mounted now (the previous panel is gone): draw the error state, never a blank canvas.
      this._showFallback();
      return false;
    }
  }

  /**
   * What a panel gets. Built in its own method so its closures capture only `this`: closures made in
   * the caller would share its scope, and with it the previously mounted panel, chaining every panel
   * ever shown to the live one (a leak on each panel switch).
   */
  private _panelContext(stage: Stage, mount: Node): PanelContext {
    return {
      root: mount,
      stage,
      host: this._host,
      theme: () => this._theme,
      data: () => this._store.snapshot,
      refresh: () => this._store.fetch(),
      warn: (msg) => this._warn(msg),
      diagnostics: this._diagnostics,
    };
  }

  private _onHide(): void {
    this._noLayout?.hide();
    this._unmount();
  }

  private _onTheme(m: MessageOf<'theme'>): void {
    if (m.preset !== undefined && !isThemePresetName(m.preset)) {
      // A typo must not silently switch the look: ignore the whole message.
      this._warn(`friendcanvas: ignored theme message: unknown preset "${m.preset.slice(0, 32)}" (known: ${Object.keys(themePresets).join(', ')})`);
      return;
    }
    // Same semantics as the controller's resync: a preset drops earlier token overrides, tokens
    // deep-merge; the theme is always resolved from (preset, merged tokens), so replaying the merged
    // state gives exactly the theme the game saw (e.g. an explicit button colour survives a later accent).
    if (m.preset !== undefined) {
      this._themePreset = m.preset;
      this._themeTokens = undefined;
    }
    if (m.tokens !== undefined) {
      // Warn only about this message's bad values, not again about earlier ones.
      for (const e of resolveTheme(this._theme, m.tokens).errors) this._warn(`friendcanvas: theme: ${e}`);
      this._themeTokens = mergePlain(this._themeTokens, m.tokens);
    }
    const resolved = resolveTheme(this._themePreset, this._themeTokens);
    // Re-sent themes (`resync`) restyle nothing, repaint nothing and keep presses.
    if (samePlainData(resolved.theme, this._theme)) return;
    this._theme = resolved.theme;
    this._withPanel((p) => p.onThemeChange(resolved.theme));
    if (this._fallback !== undefined) {
      // The error state follows the theme too.
      this._fallback.destroy();
      this._fallback = undefined;
      this._showFallback();
    }
    this._stage?.invalidateAll();
    this._noLayout?.redraw();
  }

  private _unmount(): void {
    const current = this._panel;
    this._panel = undefined;
    if (current !== undefined) {
      this._safe(() => current.panel.destroy());
      current.mount.destroy();
    }
    this._fallback?.destroy();
    this._fallback = undefined;
  }

  private _withPanel(fn: (panel: Panel) => void): void {
    const p = this._panel;
    if (p !== undefined) this._safe(() => fn(p.panel));
  }

  private _safe(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this._reportError(err);
    }
  }

  /**
   * Contains a failure: the panel is replaced by a drawn error state (never a blank canvas) and
   * the app keeps handling messages; a later `show` mounts a fresh panel.
   */
  private _reportError(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this._warn(`friendcanvas: contained error: ${message}`);
    try {
      this._options.onError?.(err);
    } catch {
      // ignore
    }
    const stage = this._stage;
    const current = this._panel;
    if (stage === undefined || current === undefined) return;
    this._panel = undefined;
    try {
      current.panel.destroy();
    } catch {
      // Already failing; its nodes are released below regardless.
    }
    current.mount.destroy();
    this._showFallback();
  }

  /** The drawn error state shown in place of a failed panel. */
  private _showFallback(): void {
    const stage = this._stage;
    if (stage === undefined || this._fallback !== undefined || this._panel !== undefined) return;
    const t = this._theme;
    const box = stage.root.appendChild(
      new View({ flexGrow: 1, alignItems: 'center', justifyContent: 'center', backgroundColor: t.colors.background, padding: 24 }),
    );
    box.appendChild(
      new Text('Something went wrong. Please try again.', {
        color: t.colors.textSecondary,
        fontSize: t.font.sizeBody,
        fontFamily: t.font.family,
        textAlign: 'center',
      }),
    );
    this._fallback = box;
  }

  private _warn(message: string): void {
    this._warnings.warn(message);
  }
}

/** Messages of the same key carry state the later one fully replaces (queued while booting). */
function supersedeKey(m: Message): string | undefined {
  switch (m.type) {
    case 'viewport':
    case 'self':
    case 'scrollTo':
    case 'refresh':
      return m.type;
    case 'show':
    case 'hide':
      return 'visibility';
    case 'score':
      return `score:${m.key}`;
    default:
      return undefined;
  }
}

/** Deep merge of plain objects (theme tokens): later values win, nested objects merge. */
function mergePlain(base: PlainObject | undefined, patch: PlainObject): PlainObject {
  const out: PlainObject = { ...base };
  for (const key of Object.keys(patch)) {
    const next = patch[key];
    const prev = out[key];
    out[key] =
      next !== null && typeof next === 'object' && prev !== null && typeof prev === 'object' && prev !== undefined
        ? mergePlain(prev, next)
        : (next as PlainObject[string]);
  }
  return out;
}

function isPromiseLike<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}
