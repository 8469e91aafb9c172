import { LAYOUT_KEYS } from '../layout/index.js';
import type { Style } from '../layout/index.js';

/** What {@link patchStyle} made of a style. */
export interface PatchedStyle {
  /** The new style (a fresh object; the previous one is untouched). */
  readonly next: Style;
  /** A layout key changed: the layout node needs the new style and a layout pass. */
  readonly layoutChanged: boolean;
  /** A paint-only key changed: the node's box needs repainting. */
  readonly paintChanged: boolean;
}

/**
 * Merges `patch` into `prev` as `Node.setStyle` does: a key set to `undefined` returns to its default
 * (is removed), a value equal to the current one changes nothing. Returns undefined when nothing
 * changes. The patch is not checked here (`checkStyle` does that first).
 */
export function patchStyle(prev: Readonly<Style>, patch: Partial<Style>): PatchedStyle | undefined {
  const next: Style = { ...prev };
  let layoutChanged = false;
  let paintChanged = false;
  for (const key of Object.keys(patch) as Array<keyof Style>) {
    const value = patch[key];
    if (value === prev[key]) continue;
    if (value === undefined) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
    if (LAYOUT_KEYS.has(key)) layoutChanged = true;
    else paintChanged = true;
  }
  return layoutChanged || paintChanged ? { next, layoutChanged, paintChanged } : undefined;
}
