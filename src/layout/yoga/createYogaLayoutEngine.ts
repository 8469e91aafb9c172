import type { Config, Node as YogaNode, Yoga } from '../../yoga/yogaTypes.js';
import { loadYogaSync, MeasureMode as YogaMeasureMode } from '../../yoga/index.js';
import type { ComputedBox, LayoutEngine, LayoutNode, MeasureFunction, MeasureMode } from '../LayoutEngine.js';
import type { LayoutStyle } from '../Style.js';
import { LAYOUT_SETTERS } from './styleTable.js';

const MEASURE_MODE: Record<YogaMeasureMode, MeasureMode> = {
  [YogaMeasureMode.Undefined]: 'undefined',
  [YogaMeasureMode.Exactly]: 'exactly',
  [YogaMeasureMode.AtMost]: 'at-most',
};

type AnySetter = (node: YogaNode, value: unknown) => void;

class YogaLayoutNode implements LayoutNode {
  private _freed = false;
  public constructor(
    public readonly yoga: YogaNode,
    private readonly _engine: YogaLayoutEngine,
  ) {}

  public applyStyle(next: LayoutStyle, prev: LayoutStyle): void {
    // The table is typed per key (a missing key is a compile error); iterating it needs one uniform view.
    const setters = LAYOUT_SETTERS as unknown as Record<string, AnySetter>;
    for (const key in setters) {
      const value = (next as Record<string, unknown>)[key];
      if (value !== (prev as Record<string, unknown>)[key]) setters[key]!(this.yoga, value);
    }
  }

  public insertChild(child: LayoutNode, index: number): void {
    this.yoga.insertChild((child as YogaLayoutNode).yoga, index);
  }

  public removeChild(child: LayoutNode): void {
    this.yoga.removeChild((child as YogaLayoutNode).yoga);
  }

  public setMeasure(fn: MeasureFunction | undefined): void {
    if (fn === undefined) {
      this.yoga.unsetMeasureFunc();
      return;
    }
    this.yoga.setMeasureFunc((w, wm, h, hm) => fn(w, MEASURE_MODE[wm], h, MEASURE_MODE[hm]));
  }

  public markDirty(): void {
    this.yoga.markDirty();
  }

  public isDirty(): boolean {
    return this.yoga.isDirty();
  }

  public calculate(width: number | undefined, height: number | undefined): void {
    this.yoga.calculateLayout(width ?? 'auto', height ?? 'auto');
  }

  public hasNewLayout(): boolean {
    return this.yoga.hasNewLayout();
  }

  public markLayoutSeen(): void {
    this.yoga.markLayoutSeen();
  }

  public computed(): ComputedBox {
    const y = this.yoga;
    return { left: y.getComputedLeft(), top: y.getComputedTop(), width: y.getComputedWidth(), height: y.getComputedHeight() };
  }

  public free(): void {
    if (this._freed) return;
    this._freed = true;
    // Freeing one node at a time (parent first) avoids yoga's quadratic freeRecursive on wide parents.
    this.yoga.unsetMeasureFunc();
    this.yoga.free();
    this._engine._onFree();
  }
}

class YogaLayoutEngine implements LayoutEngine {
  private _live = 0;
  public constructor(
    private readonly _yoga: Yoga,
    private readonly _config: Config,
  ) {}

  public get liveNodes(): number {
    return this._live;
  }

  public createNode(): LayoutNode {
    this._live++;
    return new YogaLayoutNode(this._yoga.Node.create(this._config), this);
  }

  public setPointScale(scale: number): void {
    this._config.setPointScaleFactor(Number.isFinite(scale) && scale > 0 ? scale : 1);
  }

  /** @internal */
  public _onFree(): void {
    this._live--;
  }
}

/**
 * Loads yoga (plain JavaScript translated from yoga-layout's wasm build: no `WebAssembly`, no `eval`,
 * synchronous) and returns a layout engine with one Config using CSS (web) defaults. Each engine
 * owns its own yoga instance.
 *
 * @throws {YogaLoadError} when yoga cannot be instantiated.
 * @example
 * const layout = createYogaLayoutEngine();
 */
export function createYogaLayoutEngine(): LayoutEngine {
  const yoga = loadYogaSync();
  const config = yoga.Config.create();
  config.setUseWebDefaults(true);
  config.setPointScaleFactor(1);
  return new YogaLayoutEngine(yoga, config);
}
