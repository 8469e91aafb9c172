import { View } from '../../src/index.js';
import type { Radii, Style, ThemeTokens } from '../../src/index.js';
import { ROUNDED_AVATAR_FRACTION, STATE_ICON_TINT } from './constants.js';
import { mixColor } from './mixColor.js';

/** The glyph a state badge shows: two people (empty), a padlock (not authorised), "!" (error). */
export type StateIconKind = 'friends' | 'locked' | 'alert';

/** A box in fractions of the badge size: x, y, width, height. */
type Box = readonly [number, number, number, number];

/**
 * Glyph geometry as fractions of the badge size, so one drawing serves the 64 px state view badge
 * and the avatar-sized banner badge. Each glyph's ink is centred on the badge.
 */
const FRIEND_BACK_HEAD: Box = [0.53, 0.24, 0.2, 0.2];
const FRIEND_BACK_BODY: Box = [0.46, 0.47, 0.34, 0.2];
const FRIEND_FRONT_HEAD: Box = [0.3, 0.28, 0.24, 0.24];
const FRIEND_FRONT_BODY: Box = [0.2, 0.54, 0.44, 0.23];
/** Share of the badge size of the cut-out ring that separates the front person from the back one. */
const FRIEND_CUT = 0.04;
/** Opacity of the person behind (drawn in the secondary text colour), so the pair reads as "you and others". */
const FRIEND_BACK_OPACITY = 0.7;
const LOCK_SHACKLE: Box = [0.36, 0.2, 0.28, 0.3];
const LOCK_STROKE = 0.065;
const LOCK_BODY: Box = [0.28, 0.42, 0.44, 0.34];
const LOCK_HOLE: Box = [0.455, 0.52, 0.09, 0.09];
const LOCK_SLOT: Box = [0.48, 0.56, 0.04, 0.1];
const ALERT_BAR: Box = [0.455, 0.23, 0.09, 0.32];
const ALERT_DOT: Box = [0.45, 0.62, 0.1, 0.1];

function place(box: Box, size: number, radius: Radii): Style {
  const px = (f: number): number => Math.round(f * size * 2) / 2;
  return { position: 'absolute', left: px(box[0]), top: px(box[1]), width: px(box[2]), height: px(box[3]), borderRadius: radius };
}

/** `box` grown by `by` (a fraction of the badge size) on every side. */
function grow(box: Box, by: number): Box {
  return [box[0] - by, box[1] - by, box[2] + 2 * by, box[3] + 2 * by];
}

function group(): Style {
  return { position: 'absolute', left: 0, top: 0, right: 0, bottom: 0 };
}

/**
 * A tinted badge (the avatar shape of the theme) with a glyph drawn from plain views, shown above a
 * state view's headline. No images or text glyphs: it renders identically on every host and font,
 * and it carries no string, so every string of a panel stays a label. All three glyphs are built
 * once; `show` toggles them and `applyTheme` restyles them in place.
 */
export class StateIcon {
  /** The badge node. */
  public readonly node: View;
  private readonly _friends: View;
  private readonly _backHead: View;
  private readonly _backBody: View;
  private readonly _frontHeadCut: View;
  private readonly _frontBodyCut: View;
  private readonly _frontHead: View;
  private readonly _frontBody: View;
  private readonly _lock: View;
  private readonly _shackle: View;
  private readonly _lockBody: View;
  private readonly _hole: View;
  private readonly _slot: View;
  private readonly _alert: View;
  private readonly _bar: View;
  private readonly _dot: View;
  private _kind: StateIconKind = 'friends';
  private _theme: ThemeTokens;
  private _size: number;

  public constructor(theme: ThemeTokens, size: number) {
    this._theme = theme;
    this._size = size;
    this.node = new View();
    this.node.name = 'stateIcon';
    this.node.pointerEvents = 'none';
    this._friends = this.node.appendChild(new View());
    this._friends.name = 'glyph:friends';
    this._backHead = this._friends.appendChild(new View());
    this._backBody = this._friends.appendChild(new View());
    this._frontHeadCut = this._friends.appendChild(new View());
    this._frontBodyCut = this._friends.appendChild(new View());
    this._frontHead = this._friends.appendChild(new View());
    this._frontBody = this._friends.appendChild(new View());
    this._lock = this.node.appendChild(new View());
    this._lock.name = 'glyph:locked';
    this._shackle = this._lock.appendChild(new View());
    this._lockBody = this._lock.appendChild(new View());
    this._hole = this._lock.appendChild(new View());
    this._slot = this._lock.appendChild(new View());
    this._alert = this.node.appendChild(new View());
    this._alert.name = 'glyph:alert';
    this._bar = this._alert.appendChild(new View());
    this._dot = this._alert.appendChild(new View());
    this.applyTheme(theme, size);
  }

  /** Switches the glyph (and its colours) without creating nodes. */
  public show(kind: StateIconKind): void {
    if (kind === this._kind) return;
    this._kind = kind;
    this.applyTheme(this._theme, this._size);
  }

  /** Restyles the badge and every glyph part for `t`, at `size` logical px. */
  public applyTheme(t: ThemeTokens, size: number): void {
    this._theme = t;
    this._size = size;
    const kind = this._kind;
    // Errors are drawn in the error colour; the calm states in the accent.
    const ink = kind === 'alert' ? t.colors.buttonError : t.colors.accent;
    // A neutral lift of the surface (text mixed in) suits every preset: an accent tint turns muddy
    // where the accent is the surface's complement (arcade's yellow on purple).
    const tint = mixColor(t.colors.text, t.colors.surface, STATE_ICON_TINT);
    const s = size;
    const badgeRadius = t.avatarShape === 'circle' ? s / 2 : Math.round(s * ROUNDED_AVATAR_FRACTION);
    this.node.setStyle({ width: s, height: s, flexShrink: 0, borderRadius: badgeRadius, backgroundColor: tint });

    this._friends.setStyle({ ...group(), display: kind === 'friends' ? 'flex' : 'none' });
    const shoulders = (box: Box): Radii => {
      const r = (box[2] * s) / 2;
      return [r, r, r / 4, r / 4];
    };
    const round = (box: Box): number => (box[2] * s) / 2;
    // The person behind is neutral: an accent at partial opacity turns muddy on some surfaces.
    const back = { backgroundColor: t.colors.textSecondary, opacity: FRIEND_BACK_OPACITY };
    this._backHead.setStyle({ ...place(FRIEND_BACK_HEAD, s, round(FRIEND_BACK_HEAD)), ...back });
    this._backBody.setStyle({ ...place(FRIEND_BACK_BODY, s, shoulders(FRIEND_BACK_BODY)), ...back });
    // Slightly larger shapes in the badge tint cut the front person out of the person behind (a
    // border would leave an anti-aliased ring of ink around the cut).
    const headCut = grow(FRIEND_FRONT_HEAD, FRIEND_CUT);
    const bodyCut = grow(FRIEND_FRONT_BODY, FRIEND_CUT);
    this._frontHeadCut.setStyle({ ...place(headCut, s, round(headCut)), backgroundColor: tint });
    this._frontBodyCut.setStyle({ ...place(bodyCut, s, shoulders(bodyCut)), backgroundColor: tint });
    this._frontHead.setStyle({ ...place(FRIEND_FRONT_HEAD, s, round(FRIEND_FRONT_HEAD)), backgroundColor: ink });
    this._frontBody.setStyle({ ...place(FRIEND_FRONT_BODY, s, shoulders(FRIEND_FRONT_BODY)), backgroundColor: ink });

    this._lock.setStyle({ ...group(), display: kind === 'locked' ? 'flex' : 'none' });
    const arch = (LOCK_SHACKLE[2] * s) / 2;
    this._shackle.setStyle({
      ...place(LOCK_SHACKLE, s, [arch, arch, 0, 0]),
      borderWidth: Math.max(1, Math.round(LOCK_STROKE * s * 2) / 2),
      borderColor: ink,
    });
    this._lockBody.setStyle({ ...place(LOCK_BODY, s, Math.round(LOCK_BODY[2] * s * 0.16)), backgroundColor: ink });
    this._hole.setStyle({ ...place(LOCK_HOLE, s, (LOCK_HOLE[2] * s) / 2), backgroundColor: tint });
    this._slot.setStyle({ ...place(LOCK_SLOT, s, (LOCK_SLOT[2] * s) / 2), backgroundColor: tint });

    this._alert.setStyle({ ...group(), display: kind === 'alert' ? 'flex' : 'none' });
    this._bar.setStyle({ ...place(ALERT_BAR, s, (ALERT_BAR[2] * s) / 2), backgroundColor: ink });
    this._dot.setStyle({ ...place(ALERT_DOT, s, (ALERT_DOT[2] * s) / 2), backgroundColor: ink });
  }
}
