import type { GameContext2D } from '../dom.js';
import { BUTTONS, GROUND_Y, SCREEN } from './constants.js';
import type { Box } from './constants.js';

/** What one frame of the game's own scene shows. */
export interface SceneState {
  /** Milliseconds since the game started (drives the animation). */
  readonly t: number;
  /** The hero's height above the ground, in logical px. */
  readonly heroLift: number;
  readonly score: number;
  readonly best: number;
  /** Which bottom button is pressed, if any. */
  readonly pressed: string | undefined;
}

const STARS = makeStars(48);

/** Fixed star positions from a tiny LCG, so every frame (and every screenshot) agrees. */
function makeStars(count: number): Array<{ x: number; y: number; r: number; phase: number }> {
  let s = 12345;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 0x100000000;
  };
  return Array.from({ length: count }, () => ({ x: next() * SCREEN.width, y: next() * 330, r: 0.6 + next() * 1.3, phase: next() * 6.28 }));
}

/** Rounded rectangle path. */
export function roundRect(ctx: GameContext2D, b: Box, r: number): void {
  const rr = Math.min(r, b.width / 2, b.height / 2);
  ctx.beginPath();
  ctx.moveTo(b.x + rr, b.y);
  ctx.arcTo(b.x + b.width, b.y, b.x + b.width, b.y + b.height, rr);
  ctx.arcTo(b.x + b.width, b.y + b.height, b.x, b.y + b.height, rr);
  ctx.arcTo(b.x, b.y + b.height, b.x, b.y, rr);
  ctx.arcTo(b.x, b.y, b.x + b.width, b.y, rr);
  ctx.closePath();
}

function ridge(ctx: GameContext2D, base: number, amp: number, wave: number, offset: number, color: string): void {
  ctx.beginPath();
  ctx.moveTo(0, SCREEN.height);
  for (let x = 0; x <= SCREEN.width; x += 5) {
    const y = base - amp * (0.6 * Math.sin((x + offset) / wave) + 0.4 * Math.sin((x + offset) / (wave * 0.37)));
    ctx.lineTo(x, y);
  }
  ctx.lineTo(SCREEN.width, SCREEN.height);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

function drawHero(ctx: GameContext2D, x: number, lift: number, t: number): void {
  const y = GROUND_Y - 22 - lift;
  const squash = lift < 2 ? 1.12 : 1;
  ctx.fillStyle = 'rgba(0,0,0,0.25)';
  ctx.beginPath();
  ctx.ellipse(x, GROUND_Y + 4, 20 - lift / 10, 5, 0, 0, Math.PI * 2);
  ctx.fill();
  const body = ctx.createRadialGradient(x - 7, y - 8, 3, x, y, 26);
  body.addColorStop(0, '#fff1a8');
  body.addColorStop(1, '#ffb703');
  ctx.fillStyle = body;
  ctx.beginPath();
  ctx.ellipse(x, y, 22 * squash, 22 / squash, 0, 0, Math.PI * 2);
  ctx.fill();
  const blink = Math.sin(t / 900) > 0.97 ? 0.5 : 4;
  ctx.fillStyle = '#2b2d42';
  for (const dx of [-7, 7]) {
    ctx.beginPath();
    ctx.ellipse(x + dx, y - 4, 3.2, blink, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = '#2b2d42';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(x, y + 3, 6, 0.15 * Math.PI, 0.85 * Math.PI);
  ctx.stroke();
}

function pill(ctx: GameContext2D, b: Box, label: string, value: string): void {
  ctx.fillStyle = 'rgba(12, 8, 40, 0.45)';
  roundRect(ctx, b, b.height / 2);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = 'rgba(255,255,255,0.65)';
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.fillText(label, b.x + 14, b.y + b.height / 2);
  ctx.fillStyle = '#ffffff';
  ctx.font = '700 15px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.fillText(value, b.x + b.width - 14, b.y + b.height / 2 + 0.5);
}

function drawButtons(ctx: GameContext2D, pressed: string | undefined): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = '700 16px system-ui, sans-serif';
  for (const { panel, label, box } of BUTTONS) {
    const down = pressed === panel;
    const b = down ? { ...box, y: box.y + 2 } : box;
    ctx.fillStyle = 'rgba(0,0,0,0.3)';
    roundRect(ctx, { ...box, y: box.y + 4 }, 16);
    ctx.fill();
    const g = ctx.createLinearGradient(0, b.y, 0, b.y + b.height);
    g.addColorStop(0, down ? '#ff6f91' : '#ff8fa3');
    g.addColorStop(1, down ? '#d9375f' : '#ff4d6d');
    ctx.fillStyle = g;
    roundRect(ctx, b, 16);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(label, b.x + b.width / 2, b.y + b.height / 2 + 1);
  }
}

/** Draws the game's own scene (sky, hills, hero, score bar, buttons) in logical px. */
export function drawScene(ctx: GameContext2D, s: SceneState): void {
  const sky = ctx.createLinearGradient(0, 0, 0, SCREEN.height);
  sky.addColorStop(0, '#1b1740');
  sky.addColorStop(0.45, '#4a3a8c');
  sky.addColorStop(0.8, '#f08a8a');
  sky.addColorStop(1, '#ffc38a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, SCREEN.width, SCREEN.height);

  for (const star of STARS) {
    ctx.globalAlpha = 0.45 + 0.45 * Math.sin(s.t / 700 + star.phase);
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(star.x, star.y, star.r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  const glow = ctx.createRadialGradient(292, 176, 10, 292, 176, 90);
  glow.addColorStop(0, 'rgba(255, 236, 200, 0.55)');
  glow.addColorStop(1, 'rgba(255, 236, 200, 0)');
  ctx.fillStyle = glow;
  ctx.fillRect(180, 70, 220, 220);
  ctx.fillStyle = '#fff3d6';
  ctx.beginPath();
  ctx.arc(292, 176, 30, 0, Math.PI * 2);
  ctx.fill();

  ridge(ctx, 430, 46, 70, s.t / 90, '#5b3f91');
  ridge(ctx, 490, 30, 48, s.t / 45, '#3d2a6e');
  ridge(ctx, GROUND_Y + 6, 8, 30, s.t / 18, '#24184a');
  ctx.fillStyle = '#1a1036';
  ctx.fillRect(0, GROUND_Y + 6, SCREEN.width, SCREEN.height - GROUND_Y);

  // Coins drift towards the hero.
  for (let i = 0; i < 4; i++) {
    const x = SCREEN.width + 30 - ((s.t / 6 + i * 110) % (SCREEN.width + 60));
    const y = GROUND_Y - 70 - 26 * Math.sin(i * 1.7);
    ctx.fillStyle = '#ffd166';
    ctx.beginPath();
    ctx.ellipse(x, y, 7 * Math.abs(Math.cos(s.t / 300 + i)) + 1, 7, 0, 0, Math.PI * 2);
    ctx.fill();
  }

  drawHero(ctx, 96, s.heroLift, s.t);
  pill(ctx, { x: 16, y: 18, width: 165, height: 34 }, 'SCORE', s.score.toLocaleString('en-US'));
  pill(ctx, { x: 194, y: 18, width: 165, height: 34 }, 'BEST', s.best.toLocaleString('en-US'));
  drawButtons(ctx, s.pressed);
}
