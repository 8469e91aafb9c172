import { MAX_PIXEL_RATIO, MAX_VIEWPORT_SIZE_PX } from './constants.js';
import { describeValue } from './describeValue.js';
import { FieldReader } from './FieldReader.js';
import type { NumberRule } from './FieldReader.js';
import type { EngineDialect, Message } from './Message.js';
import { msg } from './msg.js';
import { protocolError } from './ProtocolError.js';
import type { ParseResult } from './ProtocolError.js';

/**
 * Engines own the shared canvas and post its on-screen rectangle in their own formats
 * (../shared/PLATFORM.md, "Who sizes the shared canvas"). These messages only place and size the
 * panel (a panel is still chosen with `show`); each becomes a `viewport` with `canvasOwner: 'engine'`
 * and its `dialect`, or a `hide`:
 * - Cocos Creator 3 `SubContextView`: `{fromEngine: true, type: 'engine', event: 'viewport', x, y, width,
 *   height}`, screen px divided by the device pixel ratio (logical px), the canvas shown "show all" in
 *   the node (`fit: 'contain'`). Its other engine events (`mainLoop`, `frameRate`, …) drive Cocos's own
 *   ODC loop and are ignored here.
 * - LayaAir 3 `OpenDataContextView`: `{type: 'updateViewPort', box: {x, y, width, height}}` (logical px,
 *   canvas stretched over the box); `{type: 'close'}` hides.
 * - Unity (WeChat/TikTok SDK) `ShowOpenData`: `{type: 'WXRender', x, y, width, height, devicePixelRatio}`
 *   in physical px (the SDK sizes the canvas to width × height); `{type: 'WXDestroy'}` hides; `{type:
 *   'WXShow'}` (the game is back in the foreground) is ignored. Unity's `PostMessage` sends strings:
 *   {@link parseMessage} reads a JSON string as the object it encodes.
 *
 * A rectangle of zero or negative size is passed on as is: it hides nothing and maps no touches until
 * a valid one arrives (engines post them while a node is collapsed or animating in).
 */

/** Any finite coordinate. */
const COORD: NumberRule = { test: (n) => Math.abs(n) <= MAX_VIEWPORT_SIZE_PX, expect: `|n| <= ${MAX_VIEWPORT_SIZE_PX}` };
/** Engine sizes may be zero or negative (a collapsed node); only absurd values are refused. */
const ENGINE_SIZE: NumberRule = { test: (n) => Math.abs(n) <= MAX_VIEWPORT_SIZE_PX * MAX_PIXEL_RATIO, expect: `|n| <= ${MAX_VIEWPORT_SIZE_PX * MAX_PIXEL_RATIO}` };
const PIXEL_RATIO: NumberRule = { test: (n) => n > 0 && n <= MAX_PIXEL_RATIO, expect: `0 < n <= ${MAX_PIXEL_RATIO}` };

/** Cocos engine events that are not about the viewport: Cocos's own ODC loop uses them. */
const COCOS_OTHER_EVENTS: readonly string[] = ['mainLoop', 'frameRate', 'step', 'resize'];

/** Laya and Unity messages, keyed by their `type`. */
const TYPED_DIALECTS: Readonly<Record<string, (f: FieldReader) => Message | 'ignored' | undefined>> = Object.freeze({
  updateViewPort: (f: FieldReader) => {
    const box = f.object('box');
    if (box === undefined) return undefined;
    const b = new FieldReader(box);
    const rect = readRect(b);
    if (b.error !== undefined) {
      f.fail({ ...b.error, field: `box.${b.error.field ?? ''}`, message: `box.${b.error.message}` });
      return undefined;
    }
    return rect === undefined ? undefined : engineViewport('laya', rect, undefined, 'stretch');
  },
  close: () => msg.hide(),
  WXRender: (f: FieldReader) => {
    const rect = readRect(f);
    const dpr = f.number('devicePixelRatio', PIXEL_RATIO, true) ?? 1;
    if (rect === undefined || f.error !== undefined) return undefined;
    // Physical px (the SDK sets the canvas to width × height): logical = physical / ratio.
    return engineViewport('unity', { x: rect.x / dpr, y: rect.y / dpr, width: rect.width / dpr, height: rect.height / dpr }, dpr, 'stretch');
  },
  WXDestroy: () => msg.hide(),
  // Posted by the Unity SDK when the game returns to the foreground: nothing to do, the canvas stays as it was.
  WXShow: () => 'ignored' as const,
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function readRect(f: FieldReader): Rect | undefined {
  const x = f.number('x', COORD);
  const y = f.number('y', COORD);
  const width = f.number('width', ENGINE_SIZE);
  const height = f.number('height', ENGINE_SIZE);
  if (x === undefined || y === undefined || width === undefined || height === undefined || f.error !== undefined) return undefined;
  return { x, y, width, height };
}

function engineViewport(dialect: EngineDialect, r: Rect, pixelRatio: number | undefined, fit: 'stretch' | 'contain'): Message {
  return msg.viewport({ x: r.x, y: r.y, width: r.width, height: r.height, pixelRatio, canvasOwner: 'engine', fit, dialect });
}

/**
 * Parses a message without `ns` in an engine's own format. Returns `undefined` when the message is
 * not an engine message at all (the caller then tries TikTok-guide aliases), else the result:
 * a message, or a problem (`ignored` for a known engine event that carries nothing for us).
 */
export function parseEngineMessage(f: FieldReader): ParseResult | undefined {
  const fromEngine = f.raw('fromEngine');
  if (fromEngine === true) return parseCocos(f);
  const type = f.raw('type');
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(TYPED_DIALECTS, type)) return undefined;
  const message = TYPED_DIALECTS[type]!(f);
  if (message === 'ignored') return { ok: false, error: protocolError('ignored', 'type', `engine message "${type}" carries nothing for friendcanvas`) };
  if (message !== undefined && f.error === undefined) return { ok: true, message };
  return { ok: false, error: f.error ?? protocolError('wrong-type', 'type', `the ${type} message could not be read`) };
}

function parseCocos(f: FieldReader): ParseResult {
  const event = f.raw('event');
  const type = f.raw('type');
  if (event === 'viewport' && type === 'engine') {
    const rect = readRect(f);
    if (rect !== undefined && f.error === undefined) return { ok: true, message: engineViewport('cocos', rect, undefined, 'contain') };
    return { ok: false, error: f.error ?? protocolError('wrong-type', 'event', 'the Cocos viewport could not be read') };
  }
  if (event === 'viewport') {
    // Cocos Creator 2's WXSubContextView: y measured from the bottom of the screen; not supported.
    return {
      ok: false,
      error: protocolError('unsupported-engine', 'type', 'a Cocos Creator 2 viewport (no type: "engine", y from the bottom) is not supported; send a friendcanvas viewport message'),
    };
  }
  if (typeof event === 'string' && COCOS_OTHER_EVENTS.includes(event)) {
    return { ok: false, error: protocolError('ignored', 'event', `Cocos engine event "${event}" carries nothing for friendcanvas`) };
  }
  return { ok: false, error: f.error ?? protocolError('unknown-type', 'event', `expected a Cocos engine event, got ${describeValue(event)}`) };
}
