/**
 * Profile pictures for simulated friends, drawn locally as small SVG data URLs (the demo never uses
 * the network). Each friend index gets a stable picture: one of a few motifs on a two-tone
 * gradient, so they look like photos at a glance and unlike friendcanvas's own initials
 * placeholders (which appear for friends without an avatar or when loading fails).
 */

/** Side of the generated pictures, in px (avatars are drawn at most ~48 logical px × 3). */
const ART_SIZE_PX = 96;

const PALETTES: ReadonlyArray<readonly [string, string, string]> = [
  ['#ff9a8b', '#ff6a88', '#4a1942'],
  ['#a1c4fd', '#c2e9fb', '#1d3557'],
  ['#84fab0', '#8fd3f4', '#0b4f4a'],
  ['#fbc2eb', '#a6c1ee', '#3d2c5e'],
  ['#fddb92', '#f6a54c', '#5b3000'],
  ['#5ee7df', '#b490ca', '#24204a'],
  ['#f093fb', '#f5576c', '#42032c'],
  ['#43e97b', '#38f9d7', '#0d3b2e'],
  ['#30cfd0', '#330867', '#fef9d7'],
  ['#ffecd2', '#fcb69f', '#5e2d1a'],
];

/** A small deterministic hash so neighbouring indices look unrelated. */
function mix(n: number): number {
  let h = (n + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function motif(kind: number, ink: string, h: number): string {
  switch (kind) {
    case 0: // head and shoulders
      return `<circle cx="48" cy="38" r="17" fill="${ink}"/><path d="M14 96c2-22 16-34 34-34s32 12 34 34z" fill="${ink}"/>`;
    case 1: // cat
      return (
        `<path d="M24 30l8-20 14 14zM72 30l-8-20-14 14z" fill="${ink}"/><circle cx="48" cy="50" r="28" fill="${ink}"/>` +
        `<circle cx="38" cy="46" r="4" fill="#fff"/><circle cx="58" cy="46" r="4" fill="#fff"/>` +
        `<path d="M44 58q4 4 8 0" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/>`
      );
    case 2: // landscape
      return (
        `<circle cx="${30 + (h % 36)}" cy="32" r="12" fill="#fff" opacity=".85"/>` +
        `<path d="M0 96V70l24-22 18 16 20-26 34 34v24z" fill="${ink}"/>`
      );
    default: // friendly blob
      return (
        `<ellipse cx="48" cy="56" rx="30" ry="27" fill="${ink}"/><circle cx="39" cy="50" r="5" fill="#fff"/>` +
        `<circle cx="57" cy="50" r="5" fill="#fff"/><circle cx="40" cy="51" r="2.5" fill="#111"/><circle cx="58" cy="51" r="2.5" fill="#111"/>` +
        `<path d="M40 63q8 7 16 0" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/>`
      );
  }
}

/** The SVG markup of friend `index`'s picture. */
export function avatarSvg(index: number): string {
  const h = mix(index);
  const [from, to, ink] = PALETTES[h % PALETTES.length] as readonly [string, string, string];
  const angle = (h >>> 8) % 2 === 0 ? 'x2="1" y2="1"' : 'x2="0" y2="1"';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${ART_SIZE_PX}" height="${ART_SIZE_PX}" viewBox="0 0 96 96">` +
    `<defs><linearGradient id="g" x1="0" y1="0" ${angle}><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="96" height="96" fill="url(#g)"/>${motif((h >>> 4) % 4, ink, h)}</svg>`
  );
}

/** A `data:` URL of friend `index`'s picture. */
export function avatarDataUrl(index: number): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(avatarSvg(index))}`;
}

/** The friend index of a simulated avatar URL (`sim://avatar/<n>.png`), or undefined for other URLs. */
export function simAvatarIndex(url: string): number | undefined {
  const m = /^sim:\/\/avatar\/(\d+)\.png$/.exec(url);
  return m === null ? undefined : Number(m[1]);
}
