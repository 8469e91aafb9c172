import type { Node, ThemeTokens } from '../../src/index.js';
import { fitRow, keepFittedTheme } from './rowFit.js';
import type { RowFitInput, RowFitResult } from './rowFit.js';
import { SizeWatcher } from './SizeWatcher.js';

/** What a panel's rows need, besides the theme and the panel's size (see {@link RowFitInput}). */
export type RowNeeds = Omit<RowFitInput, 'theme' | 'width' | 'height'>;

/**
 * Fits a list panel to the size it is given: watches the panel root's size (calling `onResize` when
 * it changes) and turns the game's theme plus what the rows need into fitted metrics with `fitRow`,
 * keeping the same theme object while nothing changed, so panels restyle only on a real change.
 */
export class PanelFitter {
  private readonly _watcher: SizeWatcher;
  private _size: { width: number; height: number };
  private _base: ThemeTokens;
  private _fitBase: ThemeTokens | undefined;
  private _fit: RowFitResult | undefined;

  public constructor(root: Node, theme: ThemeTokens, onResize: () => void) {
    this._base = theme;
    this._size = { width: root.width, height: root.height };
    this._watcher = root.appendChild(
      new SizeWatcher((width, height) => {
        if (width === this._size.width && height === this._size.height) return;
        this._size = { width, height };
        onResize();
      }),
    );
  }

  /** The game's (unfitted) theme. */
  public get baseTheme(): ThemeTokens {
    return this._base;
  }

  /** A new theme from the game. */
  public setTheme(theme: ThemeTokens): void {
    this._base = theme;
  }

  /** Fits rows; `themeChanged` says whether the fitted theme differs from the last one handed out. */
  public fit(needs: RowNeeds): { readonly fit: RowFitResult; readonly themeChanged: boolean } {
    const next = fitRow({ ...needs, theme: this._base, width: this._size.width, height: this._size.height });
    const fit = keepFittedTheme(this._fit, next, this._base, this._fitBase);
    const themeChanged = this._fit === undefined || this._fit.theme !== fit.theme;
    this._fit = fit;
    this._fitBase = this._base;
    return { fit, themeChanged };
  }

  /** Stops watching (removes the watcher node). */
  public destroy(): void {
    this._watcher.destroy();
  }
}
