import { DIRTY_LAYOUT } from './constants.js';
import type { Node } from './Node.js';

/**
 * The stage's layout step: calculates the main tree at `width` × `height` logical px when it is dirty,
 * then every dirty layout root (list rows) at its own size, reading the new boxes. A row that relaid
 * out while the main tree kept its boxes is handed to `invalidateRow` before (where it was: it may
 * shrink) and after (where it is), so only its region repaints. Returns whether the main tree's boxes
 * changed (the caller then repaints everything).
 */
export function layoutStage(
  root: Node,
  layoutRoots: Iterable<Node>,
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
  for (const node of layoutRoots) {
    const ln = node._layout;
    const size = node.layoutRootSize;
    if (ln === undefined || size === undefined) continue;
    if (!ln.isDirty() && (node.dirtyFlags & DIRTY_LAYOUT) === 0) continue;
    if (!mainChanged) invalidateRow(node);
    ln.calculate(size.width, size.height);
    readTree(node);
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
