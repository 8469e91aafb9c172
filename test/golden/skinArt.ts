/**
 * The image skin of the goldens: the simulator's generated art (demo/src/skin/skinArt.ts) drawn with
 * @napi-rs/canvas into PNG bytes, served to the sim under `sim://skin/…`, and its theme tokens.
 */
import { createCanvas } from '@napi-rs/canvas';
import { SKIN_PIECE_NAMES, SKIN_PIECES, skinArtUrl } from '../../demo/src/skin/skinArt.js';

export { IMAGE_SKIN_TOKENS as SKIN_TOKENS } from '../../demo/src/skin/skins.js';

/** The skin's PNGs by URL. */
export function skinPngs(): Record<string, Buffer> {
  const pngs: Record<string, Buffer> = {};
  for (const name of SKIN_PIECE_NAMES) {
    const piece = SKIN_PIECES[name];
    const canvas = createCanvas(piece.width, piece.height);
    piece.draw(canvas.getContext('2d'));
    pngs[skinArtUrl(name)] = canvas.toBuffer('image/png');
  }
  return pngs;
}
