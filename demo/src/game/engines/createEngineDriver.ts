import { msg } from '../../../../src/main/index.js';
import type { PanelController } from '../../../../src/main/index.js';
import { COCOS_DESIGN_RESOLUTION, LAYA_DESIGN_SCALE } from '../constants.js';
import { fitContain, sizeCanvas } from './EngineDriver.js';
import type { EngineDriver, EngineName, MainOpenDataContext } from './EngineDriver.js';

/**
 * The drivers, one per engine. The message shapes are the engines' own, exactly as
 * src/protocol/engineDialects.ts reads them (README "Engines"; ../shared/PLATFORM.md "Who sizes the
 * shared canvas"):
 * - none: protocol v1 `viewport` through the controller; the open data domain sizes the canvas.
 * - Cocos Creator 3 `SubContextView`: canvas = design resolution; `{fromEngine: true, type: 'engine',
 *   event: 'viewport', x, y, width, height}` in screen px ÷ device pixel ratio (logical px); the canvas
 *   is shown whole and centred in the node; hiding = disabling the node and posting protocol `hide`.
 * - LayaAir 3 `OpenDataContextView`: canvas = component size (design units); `{type: 'updateViewPort',
 *   box: {x, y, width, height}}` (logical px), the canvas stretched over the box; `{type: 'close'}` hides.
 * - Unity (WeChat/TikTok SDK) `ShowOpenData(texture, x, y, w, h)`: canvas = w × h physical px;
 *   `{type: 'WXRender', x, y, width, height, devicePixelRatio}`; `HideOpenData` posts `{type:
 *   'WXDestroy'}` and shrinks the canvas to 1×1. Unity's `PostMessage` sends strings: every message,
 *   the `show` included, goes as JSON text.
 */
const DRIVERS: Readonly<Record<EngineName, (controller: PanelController, context: MainOpenDataContext) => EngineDriver>> = {
  none: (controller) => ({
    name: 'none',
    place: (_panel, rect, pixelRatio) => controller.setViewport(rect, pixelRatio),
    show: (panel, options) => controller.show(panel, options),
    hide: () => controller.hide(),
    drawRect: (rect) => rect,
  }),
  cocos: (controller, context) => ({
    name: 'cocos',
    place: (panel, rect) => {
      const design = COCOS_DESIGN_RESOLUTION[panel === 'surpass' ? 'banner' : 'list'];
      sizeCanvas(context.canvas, design.width, design.height);
      context.postMessage({ fromEngine: true, type: 'engine', event: 'viewport', x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    },
    show: (panel, options) => controller.show(panel, options),
    hide: () => controller.hide(),
    drawRect: (rect, canvas) => fitContain(rect, canvas),
  }),
  laya: (controller, context) => ({
    name: 'laya',
    place: (_panel, rect) => {
      sizeCanvas(context.canvas, Math.round(rect.width * LAYA_DESIGN_SCALE), Math.round(rect.height * LAYA_DESIGN_SCALE));
      context.postMessage({ type: 'updateViewPort', box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } });
    },
    show: (panel, options) => controller.show(panel, options),
    hide: () => context.postMessage({ type: 'close' }),
    drawRect: (rect) => rect,
  }),
  unity: (_controller, context) => ({
    name: 'unity',
    place: (_panel, rect, pixelRatio) => {
      const x = Math.round(rect.x * pixelRatio);
      const y = Math.round(rect.y * pixelRatio);
      const width = Math.round(rect.width * pixelRatio);
      const height = Math.round(rect.height * pixelRatio);
      sizeCanvas(context.canvas, width, height);
      context.postMessage(JSON.stringify({ type: 'WXRender', x, y, width, height, devicePixelRatio: pixelRatio }));
    },
    show: (panel, options) => context.postMessage(JSON.stringify(msg.show({ panel, options }))),
    hide: () => {
      context.postMessage(JSON.stringify({ type: 'WXDestroy' }));
      sizeCanvas(context.canvas, 1, 1);
    },
    drawRect: (rect) => rect,
  }),
};

/**
 * The driver of `engine`. `controller` is the game's `friendcanvas/main` controller (created with
 * `canvasOwner: 'engine'` for an engine); `context` the platform's `getOpenDataContext()`.
 */
export function createEngineDriver(engine: EngineName, controller: PanelController, context: MainOpenDataContext): EngineDriver {
  return DRIVERS[engine](controller, context);
}
