import type { Style } from '../layout/index.js';
import { View } from './View.js';

/**
 * The inner container of a `ScrollView`: a plain View laid out at its content height that tells its
 * scroll view when its size changes (so the scroll range follows data updates without a new frame of
 * delay). Internal to ScrollView and List.
 */
export class ScrollContent extends View {
  private readonly _onResize: () => void;

  public constructor(style: Style, onResize: () => void) {
    super(style);
    this._onResize = onResize;
  }

  protected override onLayout(): void {
    this._onResize();
  }
}
