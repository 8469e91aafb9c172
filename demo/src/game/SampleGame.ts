import { createPanelController } from '../../../src/main/index.js';
import type { PanelController } from '../../../src/main/index.js';
import type { DomCanvas, DomWindow, GameContext2D } from '../dom.js';
import { skinThemes } from '../skin/skins.js';
import type { SkinName } from '../skin/skins.js';
import { BANNER_VIEWPORT, BUTTONS, CLOSE_BUTTON, HOP, LIST_VIEWPORT, POINTS_PER_HOP, SCREEN, SHARE_CARD_URL, TAP_SLOP_PX } from './constants.js';
import type { Box, GamePanel } from './constants.js';
import { drawCard, drawCloseButton } from './drawCard.js';
import type { SharedCanvasImage } from './drawCard.js';
import { drawScene } from './drawScene.js';
import { createEngineDriver } from './engines/createEngineDriver.js';
import type { EngineDriver, EngineName, GamePanelOptions, MainOpenDataContext } from './engines/EngineDriver.js';

export type { GamePanel } from './constants.js';

/** Options of {@link SampleGame}. */
export interface SampleGameOptions {
  /** The game's screen canvas (CSS-sized to the screen's logical px). */
  canvas: DomCanvas;
  /** The window the game runs in (frames, the platform global `tt`). */
  win: DomWindow;
  pixelRatio: number;
  /** The player's openid, from the game's own server login. */
  selfOpenid: string;
  /** The player's best score as the game's server knows it. */
  best: number;
  /** Who places and sizes the shared canvas: the game through protocol v1 (`none`), or an engine. */
  engine: EngineName;
  /** Called whenever the shown panel changes (from a tap in the game or a method call). */
  onPanelChange?: (panel: GamePanel | undefined) => void;
  /** Called when a score write fails. */
  onError?: (message: string) => void;
}

/**
 * "Sky Hopper", the sample game of the simulator. It talks to the open data domain exactly as a
 * real TikTok mini game would: only through `friendcanvas/main` (`createPanelController`) plus the
 * platform's shared canvas (`tt.getOpenDataContext().canvas`), which it draws into its own scene
 * every frame while a panel is shown (the native runtime's offscreen model). With an engine chosen,
 * it places the panel the way that engine does (sizes the shared canvas itself and posts the engine's
 * own viewport message; see engines/createEngineDriver.ts).
 */
export class SampleGame {
  public readonly controller: PanelController;
  private readonly _ctx: GameContext2D;
  private readonly _context: MainOpenDataContext | undefined;
  private readonly _driver: EngineDriver;
  private _pixelRatio: number;
  private _panel: GamePanel | undefined;
  private _score = 0;
  private _best: number;
  private _hopStart = -Infinity;
  private _pressed: string | undefined;
  private readonly _touches = new Map<number, { x: number; y: number }>();
  private readonly _start: number;

  public constructor(private readonly _o: SampleGameOptions) {
    const ctx = _o.canvas.getContext('2d');
    if (ctx === null) throw new Error('SampleGame: no 2D context');
    this._ctx = ctx;
    this._pixelRatio = _o.pixelRatio;
    this._best = _o.best;
    this._start = _o.win.performance.now();
    // The game finds the platform by itself (tt / GameGlobal.tt), as in a real mini game.
    this.controller = createPanelController(_o.engine === 'none' ? {} : { canvasOwner: 'engine' });
    this._context = openDataContextOf(_o.win);
    this._driver = createEngineDriver(_o.engine, this.controller, this._context ?? { canvas: undefined, postMessage: () => undefined });
    this.controller.forwardTouches();
    this.controller.setSelf(_o.selfOpenid);
    this.controller.host.onTouch?.((phase, id, x, y) => this._onTouch(phase, id, x, y));
    this._resizeBackingStore();
  }

  /** The panel on screen, if any. */
  public get panel(): GamePanel | undefined {
    return this._panel;
  }

  /** The viewport a panel is shown in. */
  public viewportOf(panel: GamePanel): Box {
    return panel === 'surpass' ? BANNER_VIEWPORT : LIST_VIEWPORT;
  }

  /** Where the shared canvas is drawn for `panel`, in screen logical px (inside its viewport). */
  public drawRectOf(panel: GamePanel): Box {
    const v = this.viewportOf(panel);
    const shared = this._sharedImage();
    return shared === undefined ? v : this._driver.drawRect(v, shared);
  }

  /** Starts the frame loop. */
  public start(): void {
    const loop = (): void => {
      this._draw();
      this._o.win.requestAnimationFrame(loop);
    };
    this._o.win.requestAnimationFrame(loop);
  }

  /** Opens a panel (or closes with `undefined`). */
  public openPanel(panel: GamePanel | undefined): void {
    if (panel === undefined) {
      this._driver.hide();
    } else {
      this._driver.place(panel, this.viewportOf(panel), this._pixelRatio);
      this._driver.show(panel, this._optionsOf(panel));
    }
    this._panel = panel;
    this._o.onPanelChange?.(panel);
  }

  /**
   * Switches the panels' skin: a preset, or the image skin (the dark preset plus the game's art as
   * `images` tokens), then an optional brand colour (`#rrggbb`) on top for the accent and the
   * buttons, with black or white button text, whichever reads better on it.
   */
  public setSkin(skin: SkinName, accent: string): void {
    for (const theme of skinThemes(skin)) this.controller.setTheme(theme);
    if (accent === '') return;
    const text = readableTextOn(accent);
    this.controller.setTheme({ colors: { accent, accentText: text, buttonBackground: accent, buttonText: text } });
  }

  /** Changes the screen's pixel ratio (backing stores of both canvases follow). */
  public setPixelRatio(pixelRatio: number): void {
    this._pixelRatio = pixelRatio;
    this._resizeBackingStore();
    if (this._panel !== undefined) this._driver.place(this._panel, this.viewportOf(this._panel), pixelRatio);
  }

  /** Saves a score to the player's cloud storage; panels update at once. */
  public async postScore(value: number): Promise<void> {
    this._score = value;
    if (value > this._best) this._best = value;
    await this.controller.saveScore('score', value);
  }

  /** A desktop wheel over the screen, in logical px. */
  public wheel(x: number, y: number, deltaY: number): void {
    this.controller.forwardWheel(x, y, deltaY);
  }

  private _optionsOf(panel: GamePanel): GamePanelOptions {
    switch (panel) {
      case 'leaderboard':
        return { scoreKey: 'score', title: 'Sky Hopper · Friends' };
      case 'share':
        return { title: 'Beat my Sky Hopper score!', imageUrl: SHARE_CARD_URL, templateType: 1 };
      case 'surpass':
        return { scoreKey: 'score' };
      case 'diagnostics':
        return { keys: 'score' };
    }
  }

  private _resizeBackingStore(): void {
    this._o.canvas.width = Math.round(SCREEN.width * this._pixelRatio);
    this._o.canvas.height = Math.round(SCREEN.height * this._pixelRatio);
  }

  /** The game's own touch handling: taps on its buttons, the close button, or the scene. */
  private _onTouch(phase: string, id: number, x: number, y: number): void {
    if (phase === 'start') {
      // Touches starting on a list panel belong to the panel (forwarded by the controller).
      if (this._isList() && inside(LIST_VIEWPORT, x, y)) return;
      this._touches.set(id, { x, y });
      this._pressed = this._panel === undefined || this._panel === 'surpass' ? BUTTONS.find((b) => inside(b.box, x, y))?.panel : undefined;
      return;
    }
    const start = this._touches.get(id);
    if (start === undefined) return;
    if (phase === 'move') return;
    this._touches.delete(id);
    this._pressed = undefined;
    if (phase !== 'end' || Math.hypot(x - start.x, y - start.y) > TAP_SLOP_PX) return;
    this._onTap(x, y);
  }

  private _onTap(x: number, y: number): void {
    if (this._isList()) {
      // The close button, or a tap on the dimmed game around the card, closes the panel.
      if (Math.hypot(x - CLOSE_BUTTON.x, y - CLOSE_BUTTON.y) <= CLOSE_BUTTON.r + 6 || !inside(LIST_VIEWPORT, x, y)) this.openPanel(undefined);
      return;
    }
    const button = BUTTONS.find((b) => inside(b.box, x, y));
    if (button !== undefined) {
      this.openPanel(this._panel === button.panel ? undefined : button.panel);
      return;
    }
    if (this._panel === 'surpass' && inside(BANNER_VIEWPORT, x, y)) return;
    this._hopStart = this._o.win.performance.now();
    this._score += POINTS_PER_HOP;
    if (this._score > this._best) {
      this._best = this._score;
      this.controller.saveScore('score', this._best).catch((err: unknown) => this._o.onError?.(String(err)));
    }
  }

  private _isList(): boolean {
    return this._panel === 'leaderboard' || this._panel === 'share' || this._panel === 'diagnostics';
  }

  private _draw(): void {
    const ctx = this._ctx;
    const now = this._o.win.performance.now();
    const hop = (now - this._hopStart) / HOP.durationMs;
    const lift = hop >= 0 && hop < 1 ? Math.sin(hop * Math.PI) * HOP.height : Math.abs(Math.sin((now - this._start) / 260)) * 8;
    ctx.setTransform(this._pixelRatio, 0, 0, this._pixelRatio, 0, 0);
    drawScene(ctx, { t: now - this._start, heroLift: lift, score: this._score, best: this._best, pressed: this._pressed });
    if (this._panel === undefined) return;
    if (this._isList()) {
      ctx.fillStyle = 'rgba(10, 6, 30, 0.6)';
      ctx.fillRect(0, 0, SCREEN.width, SCREEN.height);
    }
    this._drawShared(this.viewportOf(this._panel));
    if (this._isList()) drawCloseButton(ctx);
  }

  /** Draws the shared canvas into the viewport (where the driver says: stretched, or whole and centred). */
  private _drawShared(v: Box): void {
    const shared = this._sharedImage();
    if (shared === undefined) return;
    drawCard(this._ctx, shared, v, this._driver.drawRect(v, shared));
  }

  private _sharedImage(): SharedCanvasImage | undefined {
    const shared = this._context?.canvas;
    return shared !== undefined && shared.width > 0 && shared.height > 0 ? shared : undefined;
  }
}

/** `#111111` or `#ffffff`, whichever contrasts more with a `#rrggbb` colour (WCAG relative luminance). */
export function readableTextOn(hex: string): string {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05 / (l + 0.05); with near-black ~(l + 0.05) / 0.056.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.056 ? '#ffffff' : '#111111';
}

function inside(b: Box, x: number, y: number): boolean {
  return x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height;
}

/** The platform's open data context as the main domain sees it (`tt.getOpenDataContext()`). */
function openDataContextOf(win: DomWindow): MainOpenDataContext | undefined {
  const tt = Reflect.get(win, 'tt') as { getOpenDataContext?: () => MainOpenDataContext } | undefined;
  return tt?.getOpenDataContext?.();
}
