import type { Node, Stage } from '../core/index.js';
import type { PlainObject } from '../protocol/index.js';
import type { ThemeTokens } from '../theme/index.js';
import { View } from '../widgets/index.js';
import { ErrorStateView, errorStateLabels } from './ErrorStateView.js';
import type { FriendDataSnapshot, Panel, PanelContext, PanelDefinition } from './Panel.js';
import { samePlainData } from './samePlainData.js';

/** What the panel host needs from the app. */
export interface PanelHostDeps {
  /** The context of a panel mounted at `mount` (built by the app so its closures hold no panel). */
  context(mount: Node): PanelContext;
  data(): FriendDataSnapshot;
  theme(): ThemeTokens;
  /** Reports a contained failure (warning, `onError`); the host then shows the error state. */
  report(error: unknown): void;
  warn(message: string): void;
}

interface Mounted {
  readonly definition: PanelDefinition;
  readonly panel: Panel;
  readonly mount: Node;
  /** Options of the `show` that mounted or last updated it. */
  options: PlainObject;
}

/**
 * Owns the panel on the stage: mounts the named one, updates it in place on a repeated `show`,
 * unmounts it, and contains every failure of panel code: the panel is replaced by a drawn error state
 * with Retry (never a blank canvas) and the app keeps handling messages.
 */
export class PanelHost {
  private _mounted: Mounted | undefined;
  private _errorState: ErrorStateView | undefined;
  /** The last panel asked for, so the error state's Retry can mount it afresh. */
  private _last: { definition: PanelDefinition; options: PlainObject } | undefined;

  private readonly _definitions = new Map<string, PanelDefinition>();

  public constructor(
    private readonly _stage: Stage,
    definitions: readonly PanelDefinition[],
    private readonly _deps: PanelHostDeps,
  ) {
    for (const def of definitions) this._definitions.set(def.name, def);
  }

  /** Name of the mounted panel, if any. */
  public get name(): string | undefined {
    return this._mounted?.definition.name;
  }

  /**
   * Shows the panel registered as `name` with `options`: the same panel is updated in place (no
   * flicker, scroll kept; identical options change nothing at all: no rebind, no repaint, no lost
   * press); another one replaces it. Returns its definition, or undefined (warned) for an unknown name.
   */
  public show(name: string, options: PlainObject): PanelDefinition | undefined {
    const definition = this._definitions.get(name);
    if (definition === undefined) {
      this._deps.warn(`friendcanvas: unknown panel "${name.slice(0, 64)}"; registered: ${Array.from(this._definitions.keys()).join(', ')}`);
      return undefined;
    }
    this._last = { definition, options };
    const mounted = this._mounted;
    if (mounted === undefined || mounted.definition !== definition) {
      this._mount(definition, options);
    } else if (!samePlainData(mounted.options, options)) {
      mounted.options = options;
      const panel = mounted.panel;
      if (panel.update === undefined) this._mount(definition, options);
      else this._call(() => panel.update?.(options));
    }
    return definition;
  }

  /** Unmounts the panel (and the error state); its nodes are freed, and the pictures' bitmaps while the game plays. */
  public hide(): void {
    this._last = undefined;
    this._unmount();
    this._stage.pictures?.clear();
  }

  /** Passes new friend data to the mounted panel. */
  public dataChanged(data: FriendDataSnapshot): void {
    const panel = this._mounted?.panel;
    if (panel?.onDataChange !== undefined) this._call(() => panel.onDataChange?.(data));
  }

  /** A `scrollTo` message. */
  public scrollTo(target: 'top' | 'self', animated: boolean): void {
    const panel = this._mounted?.panel;
    if (panel?.scrollTo !== undefined) this._call(() => panel.scrollTo?.(target, animated));
  }

  /** The theme changed: restyle the panel (or re-create one that cannot restyle) and the error state. */
  public themeChanged(theme: ThemeTokens): void {
    const mounted = this._mounted;
    if (mounted !== undefined) {
      const panel = mounted.panel;
      if (panel.onThemeChange === undefined) this._mount(mounted.definition, mounted.options);
      else this._call(() => panel.onThemeChange?.(theme));
    }
    if (this._errorState !== undefined) {
      this._errorState.destroy();
      this._errorState = undefined;
      this._showErrorState();
    }
  }

  /**
   * Contains a failure: reports it, and replaces the mounted panel (if any) by the error state. The
   * app keeps working; Retry or a later `show` mounts a fresh panel.
   */
  public fail(error: unknown): void {
    this._deps.report(error);
    const mounted = this._mounted;
    if (mounted === undefined) return;
    this._mounted = undefined;
    try {
      mounted.panel.destroy?.();
    } catch {
      // Already failing; its nodes are released below regardless.
    }
    mounted.mount.destroy();
    this._showErrorState();
  }

  /** Unmounts everything (the app is disposed). */
  public dispose(): void {
    this.hide();
  }

  private _mount(definition: PanelDefinition, options: PlainObject): void {
    this._unmount();
    const mount = this._stage.root.appendChild(new View({ flexGrow: 1, flexShrink: 1, flexDirection: 'column' }));
    mount.name = `panel:${definition.name}`;
    let panel: Panel;
    try {
      panel = definition.create(this._deps.context(mount), options);
    } catch (err) {
      mount.destroy();
      this._deps.report(err);
      // Nothing is mounted now (the previous panel is gone): draw the error state, never a blank canvas.
      this._showErrorState();
      return;
    }
    this._mounted = { definition, panel, mount, options };
    // A panel mounted after the data arrived (a second panel, a re-show) gets it at once.
    this.dataChanged(this._deps.data());
  }

  private _unmount(): void {
    const mounted = this._mounted;
    this._mounted = undefined;
    if (mounted !== undefined) {
      if (mounted.panel.destroy !== undefined) this._call(() => mounted.panel.destroy?.());
      mounted.mount.destroy();
    }
    this._errorState?.destroy();
    this._errorState = undefined;
  }

  private _showErrorState(): void {
    if (this._errorState !== undefined || this._mounted !== undefined) return;
    const last = this._last;
    this._errorState = new ErrorStateView(this._stage.root, this._deps.theme(), errorStateLabels(last?.options), () => {
      // Runs inside a tap: mount the panel afresh (the error state goes with the unmount).
      if (this._last !== undefined) this._mount(this._last.definition, this._last.options);
    });
  }

  /** Runs panel code; a throw is contained (the panel is replaced by the error state). */
  private _call(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.fail(err);
    }
  }
}
