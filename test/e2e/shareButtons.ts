import type { Node, Rect } from '../../src/index.js';
import type { RawFriend } from '../../src/testing/index.js';
import { renderScene } from '../golden/renderScene.js';

/** A Share button of the share panel: whose it is and where (logical px inside the viewport). */
export interface ShareButton {
  readonly openid: string;
  readonly rect: Rect;
}

function walk(node: Node, out: Node[]): void {
  if (node.name === 'shareButton') out.push(node);
  for (const child of node.children) walk(child, out);
}

/**
 * Lays the share panel out in Node with the same code, data and viewport size as the browser
 * page, and returns its visible Share buttons top to bottom with the friend each one belongs to.
 * Rows have fixed heights, so positions agree with Chromium's (only text widths may differ a bit).
 */
export async function shareButtons(friends: readonly RawFriend[], selfOpenid: string, width: number, height: number): Promise<ShareButton[]> {
  const scene = await renderScene({ panel: 'share', theme: 'light', state: 'ready', width, height, pixelRatio: 1, friends, selfOpenid });
  try {
    const root = scene.app.stage?.root;
    if (root === undefined) throw new Error('shareButtons: the app has no stage');
    const nodes: Node[] = [];
    walk(root, nodes);
    const buttons: ShareButton[] = [];
    for (const node of nodes) {
      const row = node.parent as (Node & { data?: { friend: { openid: string } } }) | undefined;
      const openid = row?.data?.friend.openid;
      const rect = node.absoluteRect();
      if (openid !== undefined && rect.y >= 0 && rect.y + rect.height <= height) buttons.push({ openid, rect });
    }
    return buttons.sort((a, b) => a.rect.y - b.rect.y);
  } finally {
    scene.app.dispose();
  }
}
