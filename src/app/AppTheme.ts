import { INITIAL_THEME_STATE, reduceTheme, THEME_PRESET_NAMES } from '../protocol/index.js';
import type { MessageOf, PlainObject, ThemeState } from '../protocol/index.js';
import { isThemePresetName, resolveTheme } from '../theme/index.js';
import type { ThemeOverrides, ThemePresetName, ThemeTokens } from '../theme/index.js';
import { samePlainData } from './samePlainData.js';

/** The app's initial theme option: a preset name, or a preset plus token overrides. */
export type InitialTheme = ThemePresetName | { preset?: ThemePresetName; tokens?: ThemeOverrides };

/**
 * The open data domain's theme: the state `theme` messages leave (reduced by the protocol's
 * `reduceTheme`, exactly as the game's controller replays it) and the tokens resolved from it.
 */
export class AppTheme {
  private _state: ThemeState;
  private _tokens: ThemeTokens;

  public constructor(initial: InitialTheme | undefined, private readonly _warn: (message: string) => void) {
    const preset = typeof initial === 'string' ? initial : initial?.preset;
    const tokens = typeof initial === 'object' ? (initial.tokens as PlainObject | undefined) : undefined;
    this._state = reduceTheme(INITIAL_THEME_STATE, { preset, tokens });
    const resolved = this._resolve();
    for (const e of resolved.errors) this._warn(`friendcanvas: theme: ${e}`);
    this._tokens = resolved.theme;
  }

  /** The current theme (replaced, never mutated, on change). */
  public get tokens(): ThemeTokens {
    return this._tokens;
  }

  /**
   * Applies a `theme` message. Returns the new theme, or undefined when nothing changed: a re-sent
   * theme (`resync`) restyles nothing, repaints nothing and keeps presses; an unknown preset ignores
   * the whole message (a typo must not silently switch the look).
   */
  public apply(m: MessageOf<'theme'>): ThemeTokens | undefined {
    if (m.preset !== undefined && !isThemePresetName(m.preset)) {
      this._warn(`friendcanvas: ignored theme message: unknown preset "${m.preset.slice(0, 32)}" (known: ${THEME_PRESET_NAMES.join(', ')})`);
      return undefined;
    }
    // Warn only about this message's bad values, not again about earlier ones.
    if (m.tokens !== undefined) for (const e of resolveTheme(this._tokens, m.tokens).errors) this._warn(`friendcanvas: theme: ${e}`);
    // Always resolved from (preset, merged tokens), so replaying the merged state gives exactly the
    // theme the game saw (an explicit button colour survives a later accent).
    this._state = reduceTheme(this._state, m);
    const next = this._resolve().theme;
    if (samePlainData(next, this._tokens)) return undefined;
    this._tokens = next;
    return next;
  }

  private _resolve(): ReturnType<typeof resolveTheme> {
    const preset = this._state.preset;
    return resolveTheme(preset !== undefined && isThemePresetName(preset) ? preset : 'light', this._state.tokens);
  }
}
