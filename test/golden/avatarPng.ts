import { createCanvas } from '@napi-rs/canvas';

/** Side of generated avatar pictures, in px. */
const AVATAR_PX = 96;

const PALETTES: ReadonlyArray<readonly [string, string, string]> = [
  ['#ff9a8b', '#ff6a88', '#4a1942'],
  ['#a1c4fd', '#c2e9fb', '#1d3557'],
  ['#84fab0', '#8fd3f4', '#0b4f4a'],
  ['#fddb92', '#f6a54c', '#5b3000'],
  ['#5ee7df', '#b490ca', '#24204a'],
  ['#f093fb', '#f5576c', '#42032c'],
];

/**
 * A deterministic profile picture for simulated friend `index` as PNG bytes: a two-tone gradient
 * with a head-and-shoulders silhouette, distinct from friendcanvas's initials placeholders.
 */
export function avatarPng(index: number): Buffer {
  const [from, to, ink] = PALETTES[index % PALETTES.length] as readonly [string, string, string];
  const canvas = createCanvas(AVATAR_PX, AVATAR_PX);
  const ctx = canvas.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, AVATAR_PX, AVATAR_PX);
  g.addColorStop(0, from);
  g.addColorStop(1, to);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, AVATAR_PX, AVATAR_PX);
  ctx.fillStyle = ink;
  ctx.beginPath();
  ctx.arc(48, 38, 17, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(14, 96);
  ctx.bezierCurveTo(16, 74, 30, 62, 48, 62);
  ctx.bezierCurveTo(66, 62, 80, 74, 82, 96);
  ctx.closePath();
  ctx.fill();
  return canvas.toBuffer('image/png');
}
