import { View } from '../../src/index.js';

/**
 * An invisible box laid over its parent (absolute, all edges 0) that reports the parent's size each
 * time layout changes it, logical px. Panels fit their rows to the width they get (narrow, landscape)
 * without asking the app for the viewport. Draws nothing and takes no touches.
 */
export class SizeWatcher extends View {
  public constructor(private readonly _onSize: (width: number, height: number) => void) {
    super({ position: 'absolute', left: 0, right: 0, top: 0, bottom: 0 });
    this.pointerEvents = 'none';
    this.name = 'sizeWatcher';
  }

  protected override onLayout(): void {
    this._onSize(this.width, this.height);
  }
}
