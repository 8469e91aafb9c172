import type { DomEvent, DomInput } from '../dom.js';
import { byId, pageWindow } from '../dom.js';
import type { DemoConfig, DemoFailure, DemoPanel, DemoSkin } from './DemoConfig.js';
import { BOOT_FAILURES, CLIENT_VARIANTS, ENGINES, FAILURES, PANELS, PIXEL_RATIOS, SKINS, serializeConfig } from './DemoConfig.js';

/** What the controls ask the simulator to do (live changes; boot-level changes reload the page). */
export interface ControlActions {
  panel(panel: DemoPanel): void;
  skin(skin: DemoSkin, accent: string): void;
  friends(count: number): void;
  latency(ms: number): void;
  pixelRatio(pr: number): void;
  failure(kind: DemoFailure, on: boolean): void;
  postScore(value: number): void;
  refresh(): void;
  scrollTo(target: 'top' | 'self'): void;
}

/**
 * Binds the side panel's inputs to the config and to actions. The config is mirrored into the URL
 * after every change, so a reload (restart of the simulated client) keeps the settings.
 */
export class Controls {
  public constructor(
    private readonly _config: DemoConfig,
    private readonly _actions: ControlActions,
  ) {
    this._fill();
    this._bind();
  }

  /** Reflects a panel change made inside the game. */
  public showPanel(panel: DemoPanel): void {
    this._config.panel = panel;
    byId<DomInput>(`panel-${panel}`).checked = true;
    this._saveUrl();
  }

  private _fill(): void {
    const c = this._config;
    byId<DomInput>(`panel-${c.panel}`).checked = true;
    byId<DomInput>(`skin-${c.skin}`).checked = true;
    byId<DomInput>(`pr-${c.pixelRatio}`).checked = true;
    byId<DomInput>('accent-on').checked = c.accent !== '';
    if (c.accent !== '') byId<DomInput>('accent').value = c.accent;
    byId<DomInput>('friends').value = String(c.friends);
    byId<DomInput>('latency').value = String(c.latencyMs);
    byId<DomInput>('stretch').checked = c.stretch;
    for (const f of FAILURES) byId<DomInput>(`fail-${f}`).checked = c.failures.has(f);
    for (const v of CLIENT_VARIANTS) byId<DomInput>(`client-${v}`).checked = c.client.has(v);
    byId<DomInput>(`engine-${c.engine}`).checked = true;
    if (c.engine !== 'none') {
      // An engine leaves touches to the open data domain (it gets them itself) and sizes the canvas.
      const native = byId<DomInput>('client-nativeTouches');
      native.checked = true;
      native.disabled = true;
      byId<DomInput>('stretch').disabled = true;
    }
  }

  private _bind(): void {
    const c = this._config;
    const a = this._actions;
    for (const p of PANELS) {
      on(`panel-${p}`, 'change', () => {
        c.panel = p;
        a.panel(p);
      });
    }
    const applySkin = (): void => {
      c.accent = byId<DomInput>('accent-on').checked ? byId<DomInput>('accent').value.toLowerCase() : '';
      a.skin(c.skin, c.accent);
    };
    for (const s of SKINS) {
      on(`skin-${s}`, 'change', () => {
        c.skin = s;
        applySkin();
      });
    }
    on('accent-on', 'change', applySkin);
    on('accent', 'input', () => {
      byId<DomInput>('accent-on').checked = true;
      applySkin();
    });
    on('friends', 'change', () => {
      c.friends = Number(byId<DomInput>('friends').value);
      a.friends(c.friends);
    });
    on('latency', 'change', () => {
      c.latencyMs = Number(byId<DomInput>('latency').value);
      a.latency(c.latencyMs);
    });
    for (const pr of PIXEL_RATIOS) {
      on(`pr-${pr}`, 'change', () => {
        c.pixelRatio = pr;
        a.pixelRatio(pr);
      });
    }
    on('stretch', 'change', () => {
      c.stretch = byId<DomInput>('stretch').checked;
      this._restart();
    });
    for (const f of FAILURES) {
      on(`fail-${f}`, 'change', () => {
        const checked = byId<DomInput>(`fail-${f}`).checked;
        if (checked) c.failures.add(f);
        else c.failures.delete(f);
        if (BOOT_FAILURES.includes(f)) this._restart();
        else a.failure(f, checked);
      });
    }
    for (const v of CLIENT_VARIANTS) {
      on(`client-${v}`, 'change', () => {
        if (byId<DomInput>(`client-${v}`).checked) c.client.add(v);
        else c.client.delete(v);
        this._restart();
      });
    }
    for (const e of ENGINES) {
      on(`engine-${e}`, 'change', () => {
        c.engine = e;
        this._restart();
      });
    }
    byId('score-form').addEventListener('submit', (ev: DomEvent) => {
      ev.preventDefault();
      const value = Math.floor(Number(byId<DomInput>('score').value));
      if (Number.isFinite(value) && value >= 0) a.postScore(value);
    });
    on('refresh', 'click', () => a.refresh());
    on('scroll-top', 'click', () => a.scrollTo('top'));
    on('scroll-self', 'click', () => a.scrollTo('self'));
    on('restart', 'click', () => this._restart());
    // Every change lands in the URL (after the handlers above ran).
    for (const id of ['friends', 'latency', 'accent', 'accent-on', 'fail-avatars', 'fail-share']) on(id, 'change', () => this._saveUrl());
    for (const input of Array.from(pageWindow().document.body.querySelectorAll('input[type=radio]'))) {
      input.addEventListener('change', () => this._saveUrl());
    }
  }

  /** Reloads the page with the current settings: the simulated client starts again from scratch. */
  private _restart(): void {
    this._saveUrl();
    pageWindow().location.reload();
  }

  private _saveUrl(): void {
    const win = pageWindow();
    win.history.replaceState(null, '', `${win.location.pathname}${serializeConfig(this._config)}`);
  }
}

function on(id: string, type: string, handler: () => void): void {
  byId(id).addEventListener(type, handler);
}
