import type { Stage } from '../core/index.js';
import type { OpenDataHost, PlatformCanvas } from '../host/types.js';
import type { InputRouter } from '../input/index.js';
import type { CanvasOwner, MessageOf } from '../protocol/index.js';
import { planAdoptedViewport } from './planViewport.js';

/**
 * Where the stage is on screen and who sizes the shared canvas (ENGINE2–4). In `'auto'` mode the
 * stage sizes the canvas to each viewport × pixel ratio; once the canvas is known to be sized by
 * someone else (the `canvasOwner: 'engine'` option, a viewport message saying so, an engine dialect,
 * or a size change nobody here made) it is never resized again: the stage lays out at the viewport's
 * size and draws at whatever size the canvas has.
 */
export class CanvasPlacement {
  /** Set for good once the canvas is known to be sized by someone else. */
  private _engineOwnsCanvas: boolean;
  /** The canvas size after our last placement, to notice anyone else changing it. */
  private _sizeSeen: { width: number; height: number } | undefined;
  /** Set once the game sent a viewport or the guess was reported: touches need no word from then on. */
  private _guessSettled = false;

  public constructor(
    private readonly _host: OpenDataHost,
    private readonly _canvas: PlatformCanvas,
    private readonly _stage: Stage,
    private readonly _input: InputRouter,
    owner: CanvasOwner | undefined,
  ) {
    this._engineOwnsCanvas = owner === 'engine';
  }

  /**
   * Until the game sends a viewport, the canvas is assumed shown at its own size divided by the
   * screen's pixel ratio (what TikTok's guide does), at the screen origin.
   */
  public placeInitially(): void {
    const ratio = this._pixelRatio(undefined);
    const w = this._canvas.width / ratio;
    const h = this._canvas.height / ratio;
    if (this._engineOwnsCanvas) this._stage.adoptCanvas(w, h);
    else this._stage.resize(w, h, ratio);
    this._input.setViewport({ x: 0, y: 0, width: w, height: h });
  }

  /**
   * A touch is about to be mapped: before any viewport message, warns once that the canvas's place on
   * screen is a guess (a game written from TikTok's guide positions it without telling the open data
   * domain, and its taps then miss their buttons).
   */
  public noteTouch(warn: (message: string) => void): void {
    if (this._guessSettled) return;
    this._guessSettled = true;
    const vp = this._input.viewport;
    warn(
      `friendcanvas: a touch arrived before any viewport message; it is mapped as if the canvas were shown at (0, 0) at ${vp.width}×${vp.height} logical px. ` +
        "Send {type: 'viewport', x, y, width, height}: the rectangle the canvas is shown in, in screen logical px",
    );
  }

  /** Applies a viewport message; returns the pixel ratio it sized the canvas at, or undefined when it did not size it. */
  public apply(m: MessageOf<'viewport'>): number | undefined {
    this._guessSettled = true;
    const stage = this._stage;
    const input = this._input;
    // ENGINE4: an engine's collapsed rectangle hides nothing and maps no touches until a valid one.
    if (!(m.width > 0 && m.height > 0)) {
      input.suspend();
      return undefined;
    }
    const canvas = this._canvas;
    const seen = this._sizeSeen;
    const resizedByOthers = seen !== undefined && (canvas.width !== seen.width || canvas.height !== seen.height);
    if (m.canvasOwner === 'engine' || resizedByOthers) this._engineOwnsCanvas = true;
    if (this._engineOwnsCanvas) {
      // ENGINE3: never resize a canvas an engine sized; lay out at its rectangle, draw at its size.
      const plan = planAdoptedViewport(m, m.fit ?? 'stretch', canvas);
      if (plan === undefined) return undefined;
      stage.adoptCanvas(plan.width, plan.height);
      // Unity's SDK assigns the canvas size on every ShowOpenData, which clears it; so may anyone who resized it.
      if (m.dialect === 'unity' || resizedByOthers) stage.invalidateAll();
      this._sizeSeen = { width: canvas.width, height: canvas.height };
      input.setViewport(plan.input);
      return undefined;
    }
    const ratio = this._pixelRatio(m.pixelRatio);
    stage.resize(m.width, m.height, ratio);
    this._sizeSeen = { width: canvas.width, height: canvas.height };
    input.setViewport({ x: m.x, y: m.y, width: m.width, height: m.height });
    return ratio;
  }

  private _pixelRatio(sent: number | undefined): number {
    const pr = sent ?? this._host.getSystemInfo?.().pixelRatio ?? 1;
    return Number.isFinite(pr) && pr > 0 ? pr : 1;
  }
}
