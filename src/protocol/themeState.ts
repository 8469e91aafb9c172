import type { PlainObject, PlainValue, ThemeMessage } from './Message.js';

/**
 * The theme as a sequence of `theme` messages leaves it: the last preset named (undefined: none yet)
 * and every token override since then, deep-merged. Both domains keep it with {@link reduceTheme}: the
 * open data domain resolves it into tokens, the game's controller replays it in one message on
 * `resync`, so the two always agree on what a sequence of messages means.
 */
export interface ThemeState {
  readonly preset: string | undefined;
  readonly tokens: PlainObject | undefined;
}

/** No theme message yet. */
export const INITIAL_THEME_STATE: ThemeState = Object.freeze({ preset: undefined, tokens: undefined });

/**
 * The theme state after one `theme` message: a preset drops earlier token overrides (and the message's
 * own tokens then apply on top of it); tokens deep-merge into the current ones (nested objects merge,
 * anything else replaces). Pure: neither input is changed and the result shares no objects with them.
 *
 * @example
 * let state = reduceTheme(INITIAL_THEME_STATE, { preset: 'dark' });
 * state = reduceTheme(state, { tokens: { colors: { accent: '#ff2d55' } } });
 */
export function reduceTheme(state: ThemeState, message: Pick<ThemeMessage, 'preset' | 'tokens'>): ThemeState {
  let preset = state.preset;
  let tokens = state.tokens;
  if (message.preset !== undefined) {
    preset = message.preset;
    tokens = undefined;
  }
  if (message.tokens !== undefined) tokens = mergeTokens(tokens, message.tokens);
  return { preset, tokens };
}

/**
 * Deep-merges token overrides (nested objects merge, anything else replaces). Returns a fresh object;
 * neither input is changed.
 */
export function mergeTokens(base: PlainObject | undefined, patch: PlainObject): PlainObject {
  const out: PlainObject = {};
  if (base !== undefined) for (const key of Object.keys(base)) out[key] = copy(base[key] ?? null);
  for (const key of Object.keys(patch)) {
    const next = patch[key] ?? null;
    const prev = out[key];
    out[key] = isObject(prev) && isObject(next) ? mergeTokens(prev, next) : copy(next);
  }
  return out;
}

function isObject(value: PlainValue | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null;
}

function copy(value: PlainValue): PlainValue {
  return isObject(value) ? mergeTokens(undefined, value) : value;
}
