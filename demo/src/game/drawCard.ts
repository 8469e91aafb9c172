import type { GameContext2D } from '../dom.js';
import { CARD_RADIUS, CLOSE_BUTTON } from './constants.js';
import type { Box } from './constants.js';
import { roundRect } from './drawScene.js';

/** The shared canvas as the main domain sees it: something with a size that `drawImage` accepts. */
export interface SharedCanvasImage {
  readonly width: number;
  readonly height: number;
}

/**
 * Draws the panel card: a soft shadow and round corners at `card` (the viewport), and the shared
 * canvas scaled into `image` (the viewport itself, or the part of it an engine shows the canvas in).
 */
export function drawCard(ctx: GameContext2D, shared: SharedCanvasImage, card: Box, image: Box): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.45)';
  ctx.shadowBlur = 28;
  ctx.shadowOffsetY = 10;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.3)';
  roundRect(ctx, card, CARD_RADIUS);
  ctx.fill();
  ctx.restore();
  ctx.save();
  roundRect(ctx, card, CARD_RADIUS);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(shared, 0, 0, shared.width, shared.height, image.x, image.y, image.width, image.height);
  ctx.restore();
}

/** The close button of list panels, above the card's top-right corner. */
export function drawCloseButton(ctx: GameContext2D): void {
  const { x, y, r } = CLOSE_BUTTON;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#2b2140';
  ctx.lineWidth = 2.2;
  ctx.lineCap = 'round';
  const d = r * 0.36;
  ctx.beginPath();
  ctx.moveTo(x - d, y - d);
  ctx.lineTo(x + d, y + d);
  ctx.moveTo(x + d, y - d);
  ctx.lineTo(x - d, y + d);
  ctx.stroke();
}
