import type { PointerPhase } from '../host/index.js';
import { msg, parseMessage, type PointerMessage } from '../protocol/index.js';
import type { ViewportRect } from './PanelController.js';

/**
 * Decides which host touches become `pointer` messages. A touch is claimed when it starts inside
 * the viewport (half-open rect: left/top edges in, right/bottom edges out); a claimed touch is
 * forwarded until its end or cancel, even outside the rect, so a drag that leaves the panel still
 * ends there. Unclaimed touches belong to the game and are never forwarded.
 */
export class TouchForwarder {
  private readonly _post: (message: PointerMessage) => void;
  private readonly _viewport: () => ViewportRect | undefined;
  /** Claimed touch ids → last forwarded position, for cancelling them on unsubscribe. */
  private readonly _claimed = new Map<number, { x: number; y: number }>();

  public constructor(post: (message: PointerMessage) => void, viewport: () => ViewportRect | undefined) {
    this._post = post;
    this._viewport = viewport;
  }

  /** Number of touches currently claimed. */
  public get claimedCount(): number {
    return this._claimed.size;
  }

  /** Handles one normalised host touch (screen logical px); invalid values are skipped. */
  public handle(phase: PointerPhase, id: number, x: number, y: number, t: number): void {
    if (phase === 'start') {
      // A start for an id still claimed means its end was lost: close it before reusing the id.
      if (this._claimed.has(id)) this._forward('cancel', id, x, y, t);
      if (!this._inside(x, y)) return;
      if (this._forward('start', id, x, y, t)) this._claimed.set(id, { x, y });
      return;
    }
    if (!this._claimed.has(id)) return;
    if (phase === 'move') {
      if (this._forward('move', id, x, y, t)) this._claimed.set(id, { x, y });
      return;
    }
    this._forward(phase, id, x, y, t);
  }

  /** Posts `cancel` for every claimed touch and forgets them. */
  public cancelAll(): void {
    for (const [id, at] of Array.from(this._claimed)) this._forward('cancel', id, at.x, at.y, undefined);
  }

  private _inside(x: number, y: number): boolean {
    const r = this._viewport();
    return r !== undefined && x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
  }

  /** Posts one pointer message when it is valid; `end`/`cancel` release the id first. */
  private _forward(phase: PointerPhase, id: number, x: number, y: number, t: number | undefined): boolean {
    if (phase === 'end' || phase === 'cancel') this._claimed.delete(id);
    const time = typeof t === 'number' && Number.isFinite(t) ? t : undefined;
    const parsed = parseMessage(msg.pointer({ phase, id, x, y, t: time }));
    if (!parsed.ok || parsed.message.type !== 'pointer') return false;
    this._post(parsed.message);
    return true;
  }
}
