/**
 * Serves the image skin's generated art (demo/src/skin/skinArt.ts) to the simulated client: each
 * `sim://skin/<name>.png` the open data domain asks for resolves to a PNG `data:` URL drawn in the
 * page, like the generated avatars (no network, no binary art in the repository).
 */
import type { DomCanvas, DomDocument } from '../dom.js';
import { SKIN_PIECE_NAMES, SKIN_PIECES, skinArtUrl } from '../skin/skinArt.js';

/**
 * A resolver from skin URLs to PNG data URLs, `undefined` for any other URL. The pictures are drawn
 * on the first skin request (a simulator that never shows the image skin draws nothing).
 */
export function createSkinArtResolver(doc: DomDocument): (url: string) => string | undefined {
  let urls: Map<string, string> | undefined;
  return (url) => {
    if (!url.startsWith('sim://skin/')) return undefined;
    urls ??= drawSkinArt(doc);
    return urls.get(url);
  };
}

function drawSkinArt(doc: DomDocument): Map<string, string> {
  const urls = new Map<string, string>();
  for (const name of SKIN_PIECE_NAMES) {
    const piece = SKIN_PIECES[name];
    const canvas = doc.createElement('canvas') as DomCanvas;
    canvas.width = piece.width;
    canvas.height = piece.height;
    const ctx = canvas.getContext('2d');
    if (ctx === null) continue;
    piece.draw(ctx);
    urls.set(skinArtUrl(name), canvas.toDataURL('image/png'));
  }
  return urls;
}
