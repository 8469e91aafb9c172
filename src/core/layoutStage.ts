import { DIRTY_LAYOUT } from './constants.js';
import type { LayoutTemplates } from './LayoutTemplates.js';
import type { Node } from './Node.js';

/** What the layout step works on besides the main tree: the layout roots (list rows) and their templates. */
export interface LayoutRootsState {
  readonly roots: Iterable<Node>;
  readonly templates: LayoutTemplates;
  /** Every root lays out again, dirty or not (the templates were dropped for a new pixel scale). */
  all: boolean;
}

/**
 * The stage's layout step: calculates the main tree at `width` × `height` logical px when it is dirty,
 * then every dirty layout root (list rows) at its own size from the template of its shape
 * (`LayoutTemplates.ts`). A row that relaid out while the main tree kept its boxes is handed to
 * `invalidateRow` before (where it was: it may shrink) and after (where it is), so only its region
 * repaints. Returns whether the main tree's boxes changed (the caller then repaints everything).
 */
export function layoutStage(
  root: Node,
  rows: LayoutRootsState,
  width: number,
  height: number,
  invalidateRow: (row: Node) => void,
): boolean {
  const rootLayout = root._layout;
  let mainChanged = false;
  if (rootLayout !== undefined && (rootLayout.isDirty() || (root.dirtyFlags & DIRTY_LAYOUT) !== 0)) {
    rootLayout.calculate(width, height);
    mainChanged = readTree(root);
  }
  const all = rows.all;
  rows.all = false;
  for (const node of rows.roots) {
    const size = node.layoutRootSize;
    if (size === undefined || (!all && (node.dirtyFlags & DIRTY_LAYOUT) === 0)) continue;
    if (!mainChanged) invalidateRow(node);
    rows.templates.layout(node, size.width, size.height);
    if (!mainChanged) invalidateRow(node);
  }
  return mainChanged;
}

/** Reads new boxes top-down, entering only subtrees yoga reports as newly laid out. */
function readTree(node: Node): boolean {
  const ln = node._layout;
  if (ln === undefined) return false;
  if (!ln.hasNewLayout() && (node.dirtyFlags & DIRTY_LAYOUT) === 0) return false;
  let changed = node._readLayout();
  for (const child of node.children) {
    if (!child.isLayoutRoot && readTree(child)) changed = true;
  }
  return changed;
}

/** Invalidates every measured size under `node`: a new pixel scale changes yoga's rounding of text. */
export function forceMeasureDirtyTree(node: Node): void {
  node._forceMeasureDirty();
  for (const c of node.children) forceMeasureDirtyTree(c);
}
