import { normalizeHostError, type HostError, type MainHost, type PointerPhase } from '../host/index.js';
import {
  MAX_PIXEL_RATIO,
  MAX_WHEEL_DELTA_PX,
  NAMESPACE,
  PROTOCOL_VERSION,
  parseMessage,
  type HideMessage,
  type Message,
  INITIAL_THEME_STATE,
  reduceTheme,
  THEME_PRESET_NAMES,
  type ThemeState,
  type ShowMessage,
  type ViewportMessage,
  type SelfMessage,
} from '../protocol/index.js';
import type { CanvasFit, CanvasOwner } from '../protocol/index.js';
import type { ThemeOverrides, ThemePresetName } from '../theme/index.js';
import type { PanelController, ViewportRect } from './PanelController.js';
import type { PanelName, PanelShowArgs } from './PanelOptionsMap.js';
import { TouchForwarder } from './TouchForwarder.js';
import { validateKeyList, validateScorePair, validateScoreRecord, type ScorePair } from './validateScores.js';
import { ValidationError } from './ValidationError.js';

/**
 * The hidden implementation behind {@link PanelController}. State is what `resync` replays: the
 * last valid viewport, self, theme and show/hide message, each stored as the parsed copy posted.
 */
export class MainPanelController implements PanelController {
  public readonly host: MainHost;
  private readonly _warn: (message: string) => void;
  private readonly _touches: TouchForwarder;
  private _viewport: ViewportMessage | undefined = undefined;
  private _self: SelfMessage | undefined = undefined;
  /** Every theme message so far, reduced exactly as the open data domain reduces them (replayed by `resync`). */
  private _theme: ThemeState = INITIAL_THEME_STATE;
  private _panel: ShowMessage | HideMessage | undefined = undefined;
  private _stopTouches: (() => void) | undefined = undefined;
  private readonly _warned = new Set<string>();

  public constructor(
    host: MainHost,
    warn: (message: string) => void,
    private readonly _placement: { canvasOwner?: CanvasOwner; fit?: CanvasFit } = {},
  ) {
    this.host = host;
    this._warn = warn;
    this._touches = new TouchForwarder((m) => this._postQuietly(m), () => this._viewport);
  }

  public get canForwardTouches(): boolean {
    return typeof this.host.onTouch === 'function';
  }

  public setViewport(rect: ViewportRect, pixelRatio?: number): void {
    const r: Partial<ViewportRect> = typeof rect === 'object' && rect !== null ? rect : {};
    const ratio = pixelRatio ?? this._hostPixelRatio();
    const { canvasOwner, fit } = this._placement;
    const m = this._validate('setViewport', { type: 'viewport', x: r.x, y: r.y, width: r.width, height: r.height, pixelRatio: ratio, canvasOwner, fit });
    if (m.type !== 'viewport') return;
    this._viewport = m;
    this.host.postMessage(m);
  }

  public show<P extends PanelName>(panel: P, ...args: PanelShowArgs<P>): void {
    const m = this._validate('show', { type: 'show', panel, options: args[0] });
    if (m.type !== 'show') return;
    this._panel = m;
    this.host.postMessage(m);
  }

  public hide(): void {
    const m = this._validate('hide', { type: 'hide' });
    if (m.type !== 'hide') return;
    this._panel = m;
    this.host.postMessage(m);
  }

  public setTheme(presetOrTokens: ThemePresetName | ThemeOverrides): void {
    const isPreset = typeof presetOrTokens === 'string';
    if (isPreset && !(THEME_PRESET_NAMES as readonly string[]).includes(presetOrTokens)) {
      throw new ValidationError(
        `setTheme: unknown preset "${presetOrTokens.slice(0, 32)}"; known presets: ${THEME_PRESET_NAMES.join(', ')}`,
        'preset',
      );
    }
    const m = this._validate('setTheme', isPreset ? { type: 'theme', preset: presetOrTokens } : { type: 'theme', tokens: presetOrTokens });
    if (m.type !== 'theme') return;
    const next = reduceTheme(this._theme, m);
    // Past the key limit the merged set cannot be replayed in one message; keep the latest.
    const fits = parseMessage(this._wire({ type: 'theme', preset: next.preset, tokens: next.tokens })).ok;
    this._theme = fits ? next : { preset: next.preset, tokens: m.tokens };
    this.host.postMessage(m);
  }

  public refresh(): void {
    this.host.postMessage(this._validate('refresh', { type: 'refresh' }));
  }

  public scrollTo(target: 'top' | 'self', animated?: boolean): void {
    this.host.postMessage(this._validate('scrollTo', { type: 'scrollTo', target, animated }));
  }

  public setSelf(openid: string): void {
    const m = this._validate('setSelf', { type: 'self', openid });
    if (m.type !== 'self') return;
    this._self = m;
    this.host.postMessage(m);
  }

  public resync(): void {
    if (this._viewport !== undefined) this.host.postMessage(this._viewport);
    if (this._self !== undefined) this.host.postMessage(this._self);
    const theme = this._themeMessage();
    if (theme !== undefined) this.host.postMessage(theme);
    if (this._panel !== undefined) this.host.postMessage(this._panel);
  }

  public forwardTouches(): () => void {
    if (this._stopTouches !== undefined) return this._stopTouches;
    const onTouch = this.host.onTouch;
    if (typeof onTouch !== 'function') {
      this._warnOnce('no-touch', 'friendcanvas: this host reports no touches; forwardTouches() does nothing');
      return () => undefined;
    }
    const unsubscribe = onTouch.call(this.host, (phase: PointerPhase, id: number, x: number, y: number, t: number) => {
      try {
        this._touches.handle(phase, id, x, y, t);
      } catch {
        this._warnOnce('touch', 'friendcanvas: a touch could not be forwarded');
      }
    });
    const stop = (): void => {
      if (this._stopTouches !== stop) return;
      this._stopTouches = undefined;
      try {
        unsubscribe();
      } finally {
        this._touches.cancelAll();
      }
    };
    this._stopTouches = stop;
    return stop;
  }

  public forwardWheel(x: number, y: number, deltaY: number): boolean {
    if (typeof deltaY !== 'number' || !Number.isFinite(deltaY)) {
      throw new ValidationError(`forwardWheel: deltaY must be a finite number`, 'deltaY');
    }
    const clamped = Math.max(-MAX_WHEEL_DELTA_PX, Math.min(MAX_WHEEL_DELTA_PX, deltaY));
    const m = this._validate('forwardWheel', { type: 'wheel', x, y, deltaY: clamped });
    const r = this._viewport;
    if (m.type !== 'wheel' || r === undefined) return false;
    if (x < r.x || x >= r.x + r.width || y < r.y || y >= r.y + r.height) return false;
    this.host.postMessage(m);
    return true;
  }

  public async authorize(opts?: { statusOnly?: boolean }): Promise<{ code?: string }> {
    const statusOnly = opts?.statusOnly;
    if (statusOnly !== undefined && typeof statusOnly !== 'boolean') {
      throw new ValidationError('authorize: statusOnly must be a boolean', 'statusOnly');
    }
    const res = await this._host('authorizeOpenContext', () =>
      this.host.authorizeOpenContext(statusOnly === undefined ? {} : { statusOnly }),
    );
    const code: unknown = typeof res === 'object' && res !== null ? res.code : undefined;
    return typeof code === 'string' ? { code } : {};
  }

  public async saveScore(key: string, value: number | string): Promise<void> {
    await this._write([validateScorePair('saveScore', key, value, 'score')]);
  }

  public async saveScores(record: Readonly<Record<string, number | string>>): Promise<void> {
    await this._write(validateScoreRecord('saveScores', record));
  }

  public async removeScores(keys: readonly string[]): Promise<void> {
    const list = validateKeyList('removeScores', keys);
    if (list.length === 0) return;
    await this._host('removeUserCloudStorage', () => this.host.removeUserCloudStorage(list));
  }

  public canShare(): boolean {
    const canIUse = this.host.canIUse;
    // Without canIUse the host cannot tell; the ODC feature-detects shareToUser and shows the real answer.
    if (typeof canIUse !== 'function') return true;
    try {
      return canIUse.call(this.host, 'shareAppMessage') === true;
    } catch {
      return true;
    }
  }

  private async _write(pairs: ScorePair[]): Promise<void> {
    if (pairs.length === 0) return;
    await this._host('setUserCloudStorage', () =>
      this.host.setUserCloudStorage(pairs.map((p) => ({ key: p.key, value: p.stored }))),
    );
    // The write succeeded; the score message only spares the ODC a refetch, so a failure to post
    // it must not make the caller believe the save failed.
    for (const p of pairs) {
      const m = parseMessage(this._wire({ type: 'score', key: p.key, value: p.value }));
      if (m.ok) this._postQuietly(m.message);
    }
  }

  /** Runs a host call, turning a synchronous throw or any rejection into one {@link HostError}. */
  private async _host<T>(api: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw normalize(api, err);
    }
  }

  private _validate(method: string, body: Record<string, unknown>): Message {
    const result = parseMessage(this._wire(body));
    if (!result.ok) throw new ValidationError(`${method}: ${result.error.message}`, result.error.field);
    return result.message;
  }

  /** Adds the envelope and drops `undefined` fields, so optional arguments stay optional. */
  private _wire(body: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { ns: NAMESPACE, v: PROTOCOL_VERSION };
    for (const key of Object.keys(body)) if (body[key] !== undefined) out[key] = body[key];
    return out;
  }

  private _themeMessage(): Message | undefined {
    const { preset, tokens } = this._theme;
    if (preset === undefined && tokens === undefined) return undefined;
    const r = parseMessage(this._wire({ type: 'theme', preset, tokens }));
    return r.ok ? r.message : undefined;
  }

  private _hostPixelRatio(): number | undefined {
    try {
      const ratio = this.host.getSystemInfo?.()?.pixelRatio;
      return typeof ratio === 'number' && ratio > 0 && ratio <= MAX_PIXEL_RATIO ? ratio : undefined;
    } catch {
      return undefined;
    }
  }

  /** Posts from a host callback or after a completed write: failures are reported once, never thrown. */
  private _postQuietly(message: Message): void {
    try {
      this.host.postMessage(message);
    } catch {
      this._warnOnce('post', 'friendcanvas: postMessage to the open data domain failed');
    }
  }

  private _warnOnce(topic: string, message: string): void {
    if (this._warned.has(topic)) return;
    this._warned.add(topic);
    try {
      this._warn(message);
    } catch {
      // A broken warning sink must not break the caller.
    }
  }
}

function normalize(api: string, err: unknown): HostError | ValidationError {
  return err instanceof ValidationError ? err : normalizeHostError(api, err);
}
