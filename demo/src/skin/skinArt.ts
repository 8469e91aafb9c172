/**
 * The generated art of the image skin: a game's own panel, header, rows, medals, buttons and avatar
 * frame, drawn with 2D canvas calls, so no binary art is committed. The simulator draws it in the page
 * and serves it to the open data domain under `sim://skin/…` (like the generated avatars); the
 * image-skin goldens draw the same pieces with @napi-rs/canvas (test/golden/skinArt.ts).
 * The corners of each nine-slice piece carry detail (rivets, a notch) so a stretched corner would show.
 */

/** The gradient a {@link ArtContext2D} makes. */
export interface ArtGradient {
  addColorStop(offset: number, color: string): void;
}

/** The 2D calls the art uses: a browser's `CanvasRenderingContext2D` and @napi-rs/canvas's context both fit. */
export interface ArtContext2D {
  fillStyle: string | object;
  strokeStyle: string | object;
  lineWidth: number;
  beginPath(): void;
  roundRect(x: number, y: number, w: number, h: number, r: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): ArtGradient;
}

/** One picture of the skin: its size in px and how to draw it. */
export interface SkinPiece {
  readonly width: number;
  readonly height: number;
  draw(ctx: ArtContext2D): void;
}

/** The names of the skin's pictures (each served as `sim://skin/<name>.png`). */
export type SkinPieceName =
  | 'panel'
  | 'header'
  | 'row'
  | 'rowAlt'
  | 'rowSelf'
  | 'medal1'
  | 'medal2'
  | 'medal3'
  | 'button'
  | 'buttonPressed'
  | 'buttonDisabled'
  | 'avatarFrame';

/** The URL a skin picture is requested by (the simulated host resolves it locally: no network). */
export function skinArtUrl(name: SkinPieceName): string {
  return `sim://skin/${name}.png`;
}

function roundRect(ctx: ArtContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function vertical(ctx: ArtContext2D, h: number, from: string, to: string): ArtGradient {
  const g = ctx.createLinearGradient(0, 0, 0, h);
  g.addColorStop(0, from);
  g.addColorStop(1, to);
  return g;
}

/** A 64 px frame: stone-blue rim with a gold rivet in each 20 px corner, slate inside. */
const panel: SkinPiece = {
  width: 64,
  height: 64,
  draw: (ctx) => {
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
  },
};

/** A 48×32 banner: gold-edged crimson with notched ends. */
const header: SkinPiece = {
  width: 48,
  height: 32,
  draw: (ctx) => {
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
  },
};

/** A 32 px row plate with a light rim, filled top to bottom from `from` to `to`. */
function row(from: string, to: string, rim: string): SkinPiece {
  return {
    width: 32,
    height: 32,
    draw: (ctx) => {
      roundRect(ctx, 2, 3, 28, 26, 8);
      ctx.fillStyle = vertical(ctx, 32, from, to);
      ctx.fill();
      ctx.strokeStyle = rim;
      ctx.lineWidth = 2;
      ctx.stroke();
    },
  };
}

/** A 40 px medal: a ring, a face and a shine. */
function medal(face: string, rim: string): SkinPiece {
  return {
    width: 40,
    height: 40,
    draw: (ctx) => {
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
    },
  };
}

/** A 36×32 pill button with a darker lower lip (`pressed`: sunk, no lip). */
function button(top: string, bottom: string, lip: string, pressed: boolean): SkinPiece {
  return {
    width: 36,
    height: 32,
    draw: (ctx) => {
      if (!pressed) {
        roundRect(ctx, 0, 4, 36, 28, 12);
        ctx.fillStyle = lip;
        ctx.fill();
      }
      roundRect(ctx, 0, pressed ? 4 : 0, 36, 28, 12);
      ctx.fillStyle = vertical(ctx, 32, top, bottom);
      ctx.fill();
    },
  };
}

/** A 64 px gold ring with a transparent middle (stretched over the avatar). */
const avatarFrame: SkinPiece = {
  width: 64,
  height: 64,
  draw: (ctx) => {
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
  },
};

/** Every picture of the skin by name (a missing one does not compile). */
export const SKIN_PIECES: Readonly<Record<SkinPieceName, SkinPiece>> = {
  panel,
  header,
  row: row('#34426b', '#2b375a', 'rgba(255, 255, 255, 0.12)'),
  rowAlt: row('#2e3b60', '#263152', 'rgba(255, 255, 255, 0.08)'),
  rowSelf: row('#7a5a12', '#5b420b', '#ffcc4d'),
  medal1: medal('#ffd84a', '#b8860b'),
  medal2: medal('#e3e9f2', '#8592a6'),
  medal3: medal('#f0a060', '#8f4f1f'),
  button: button('#6fe36a', '#2fae3a', '#1d6e25', false),
  buttonPressed: button('#2fae3a', '#238a2d', '#1d6e25', true),
  buttonDisabled: button('#7b8296', '#5d6375', '#3f4452', false),
  avatarFrame,
};

/** The skin's picture names, in a stable order. */
export const SKIN_PIECE_NAMES = Object.keys(SKIN_PIECES) as readonly SkinPieceName[];
