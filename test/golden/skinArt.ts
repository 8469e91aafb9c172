/**
 * Generated art for the image-skin golden: a game's own panel, header, rows, medals, buttons and
 * avatar frame, drawn with @napi-rs/canvas into PNG bytes and served to the sim under `sim://skin/…`.
 * The corners of each nine-slice piece carry detail (rivets, a notch) so a stretched corner would show.
 */
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ThemeOverrides } from '../../src/index.js';

function png(w: number, h: number, draw: (ctx: SKRSContext2D) => void): Buffer {
  const canvas = createCanvas(w, h);
  draw(canvas.getContext('2d'));
  return canvas.toBuffer('image/png');
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function vertical(ctx: SKRSContext2D, h: number, from: string, to: string): ReturnType<SKRSContext2D['createLinearGradient']> {
  const g = ctx.createLinearGradient(0, 0, 0, h);
  g.addColorStop(0, from);
  g.addColorStop(1, to);
  return g;
}

/** A 64 px frame: stone-blue rim with a gold rivet in each 20 px corner, slate inside. */
function panel(): Buffer {
  return png(64, 64, (ctx) => {
    roundRect(ctx, 0, 0, 64, 64, 14);
    ctx.fillStyle = '#27324f';
    ctx.fill();
    roundRect(ctx, 6, 6, 52, 52, 9);
    ctx.fillStyle = vertical(ctx, 64, '#3b4a75', '#1f2944');
    ctx.fill();
    ctx.fillStyle = '#ffcc4d';
    for (const [x, y] of [[10, 10], [54, 10], [54, 54], [10, 54]] as const) {
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, Math.PI * 2);
      ctx.fill();
    }
  });
}

/** A 48×32 banner: gold-edged crimson with notched ends. */
function header(): Buffer {
  return png(48, 32, (ctx) => {
    ctx.fillStyle = '#ffcc4d';
    ctx.fillRect(0, 0, 48, 32);
    ctx.fillStyle = vertical(ctx, 32, '#d8344a', '#8f1630');
    ctx.fillRect(3, 3, 42, 26);
    ctx.fillStyle = '#27324f';
    ctx.beginPath();
    ctx.moveTo(0, 10);
    ctx.lineTo(6, 16);
    ctx.lineTo(0, 22);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(48, 10);
    ctx.lineTo(42, 16);
    ctx.lineTo(48, 22);
    ctx.fill();
  });
}

/** A 32 px row plate with a light rim (`tint` sets the fill). */
function row(from: string, to: string, rim: string): Buffer {
  return png(32, 32, (ctx) => {
    roundRect(ctx, 2, 3, 28, 26, 8);
    ctx.fillStyle = vertical(ctx, 32, from, to);
    ctx.fill();
    ctx.strokeStyle = rim;
    ctx.lineWidth = 2;
    ctx.stroke();
  });
}

/** A 40 px medal: a ring, a face and a shine. */
function medal(face: string, rim: string): Buffer {
  return png(40, 40, (ctx) => {
    ctx.fillStyle = rim;
    ctx.beginPath();
    ctx.arc(20, 20, 19, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = face;
    ctx.beginPath();
    ctx.arc(20, 20, 15, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = 'rgba(255, 255, 255, 0.55)';
    ctx.beginPath();
    ctx.ellipse(15, 13, 7, 4, -0.6, 0, Math.PI * 2);
    ctx.fill();
  });
}

/** A 36×32 pill button with a darker lower lip (`pressed`: sunk, no lip). */
function button(top: string, bottom: string, lip: string, pressed: boolean): Buffer {
  return png(36, 32, (ctx) => {
    if (!pressed) {
      roundRect(ctx, 0, 4, 36, 28, 12);
      ctx.fillStyle = lip;
      ctx.fill();
    }
    roundRect(ctx, 0, pressed ? 4 : 0, 36, 28, 12);
    ctx.fillStyle = vertical(ctx, 32, top, bottom);
    ctx.fill();
  });
}

/** A 64 px gold ring with a transparent middle (stretched over the avatar). */
function avatarFrame(): Buffer {
  return png(64, 64, (ctx) => {
    ctx.strokeStyle = '#ffcc4d';
    ctx.lineWidth = 5;
    ctx.beginPath();
    ctx.arc(32, 32, 29, 0, Math.PI * 2);
    ctx.stroke();
    ctx.strokeStyle = '#8f5a00';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(32, 32, 26, 0, Math.PI * 2);
    ctx.stroke();
  });
}

/** The skin's PNGs by URL. */
export function skinPngs(): Record<string, Buffer> {
  return {
    'sim://skin/panel.png': panel(),
    'sim://skin/header.png': header(),
    'sim://skin/row.png': row('#34426b', '#2b375a', 'rgba(255, 255, 255, 0.12)'),
    'sim://skin/rowAlt.png': row('#2e3b60', '#263152', 'rgba(255, 255, 255, 0.08)'),
    'sim://skin/rowSelf.png': row('#7a5a12', '#5b420b', '#ffcc4d'),
    'sim://skin/medal1.png': medal('#ffd84a', '#b8860b'),
    'sim://skin/medal2.png': medal('#e3e9f2', '#8592a6'),
    'sim://skin/medal3.png': medal('#f0a060', '#8f4f1f'),
    'sim://skin/button.png': button('#6fe36a', '#2fae3a', '#1d6e25', false),
    'sim://skin/buttonPressed.png': button('#2fae3a', '#238a2d', '#1d6e25', true),
    'sim://skin/buttonDisabled.png': button('#7b8296', '#5d6375', '#3f4452', false),
    'sim://skin/avatarFrame.png': avatarFrame(),
  };
}

/** The theme tokens of the image skin (over the dark preset: its colours are the fallback). */
export const SKIN_TOKENS: ThemeOverrides = {
  images: {
    panel: { src: 'sim://skin/panel.png', slice: { top: 20, right: 20, bottom: 20, left: 20 } },
    header: { src: 'sim://skin/header.png', slice: { top: 6, right: 12, bottom: 6, left: 12 } },
    row: { src: 'sim://skin/row.png', slice: { top: 10, right: 10, bottom: 10, left: 10 } },
    rowAlt: { src: 'sim://skin/rowAlt.png', slice: { top: 10, right: 10, bottom: 10, left: 10 } },
    rowSelf: { src: 'sim://skin/rowSelf.png', slice: { top: 10, right: 10, bottom: 10, left: 10 } },
    medals: { 1: 'sim://skin/medal1.png', 2: 'sim://skin/medal2.png', 3: 'sim://skin/medal3.png' },
    button: { src: 'sim://skin/button.png', slice: { top: 12, right: 14, bottom: 14, left: 14 } },
    buttonPressed: { src: 'sim://skin/buttonPressed.png', slice: { top: 14, right: 14, bottom: 12, left: 14 } },
    buttonDisabled: { src: 'sim://skin/buttonDisabled.png', slice: { top: 12, right: 14, bottom: 14, left: 14 } },
    avatarFrame: 'sim://skin/avatarFrame.png',
  },
  colors: { background: '#1f2944', surface: '#27324f', selfHighlight: '#5b420b', buttonBackground: '#2fae3a', buttonText: '#ffffff', accent: '#ffcc4d' },
  metrics: { radius: 14, cardPadding: 8 },
};
