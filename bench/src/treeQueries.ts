import { Button } from '../../src/index.js';
import type { Node, Rect } from '../../src/index.js';
import { List } from '../../src/widgets/index.js';

/** Every node of the subtree, depth first (rows of virtualized lists included: they are real children). */
export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

/** The first virtualized list under `root`, if any. */
export function findList(root: Node): List | undefined {
  let found: List | undefined;
  walk(root, (n) => {
    if (found === undefined && n instanceof List) found = n;
  });
  return found;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Buttons wholly inside `area` (stage logical px) and visible, top to bottom. */
export function visibleButtons(root: Node, area: Rect): Button[] {
  const out: Array<{ button: Button; y: number }> = [];
  walk(root, (n) => {
    if (!(n instanceof Button) || n.width <= 0 || n.height <= 0) return;
    for (let p: Node | undefined = n; p !== undefined; p = p.parent) {
      if (p.style.display === 'none' || p.style.opacity === 0) return;
    }
    const r = n.absoluteRect();
    if (inside(r, area)) out.push({ button: n, y: r.y });
  });
  return out.sort((a, b) => a.y - b.y).map((e) => e.button);
}
