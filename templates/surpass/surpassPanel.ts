import { BalancedText, Image, SkinView, Text, View, formatScore, nextToSurpass, placeholderAvatar } from '../../src/index.js';
import type { Canvas2D, FriendDataSnapshot, Panel, PanelContext, PanelDefinition, PlainObject, ThemeTokens } from '../../src/index.js';
import { paintCardBorder } from '../shared/PanelCard.js';
import { stateOf } from '../shared/FriendListBody.js';
import { displayName } from '../shared/RowData.js';
import { fillTemplate } from '../shared/fillTemplate.js';
import { RankCache } from '../shared/RankCache.js';
import { StateViews } from '../shared/StateViews.js';
import { bannerDetailStyle, bannerHeadlineStyle } from '../shared/stateStyles.js';
import { avatarProps, avatarStyle, rankBadgeStyle, rankTextStyle } from '../shared/themeStyles.js';
import { gradientOf, medalEffects } from '../shared/skinStyles.js';
import { readSurpassOptions } from './SurpassOptions.js';
import type { ResolvedSurpassOptions } from './SurpassOptions.js';

/**
 * The banner's card: the theme's surface (or the panel image once it has loaded) and, over whatever the
 * banner shows (a state view fills it edge to edge), the card border. A compact banner keeps no room
 * for the card's shadow.
 */
class BannerCard extends SkinView {
  private _border: ThemeTokens['effects']['cardBorder'];

  public setBorder(border: ThemeTokens['effects']['cardBorder']): void {
    this._border = border;
    this.markPaintDirty();
  }

  public override paintAfterChildren(ctx: Canvas2D): void {
    if (!this.skinReady) paintCardBorder(ctx, this._border, this.style.borderRadius, 0, this.width, this.height);
  }
}

/** What the banner shows once data is ready. */
type BannerMode = 'target' | 'ahead' | 'noScore';

/**
 * A compact in-game banner (e.g. 320×72): the next friend to beat with their avatar and the points
 * still needed, a "you're ahead" state, or a prompt to play when the player has no score yet.
 */
class SurpassPanel implements Panel {
  private _options: ResolvedSurpassOptions;
  private readonly _ranks = new RankCache();
  private readonly _banner: BannerCard;
  private readonly _content: View;
  private readonly _badge: View;
  private readonly _badgeText: Text;
  private readonly _avatar: Image;
  private readonly _texts: View;
  private readonly _headline: Text;
  private readonly _detail: Text;
  private readonly _states: StateViews;
  private _mode: BannerMode = 'noScore';
  private _avatarKey = '';

  public constructor(private readonly _ctx: PanelContext, raw: PlainObject) {
    this._options = readSurpassOptions(raw, (m) => _ctx.warn(m));
    const theme = _ctx.theme();
    this._banner = _ctx.root.appendChild(new BannerCard());
    this._banner.name = 'surpass';
    this._content = this._banner.appendChild(new View());
    this._badge = this._content.appendChild(new View());
    this._badgeText = this._badge.appendChild(new Text('1'));
    this._avatar = this._content.appendChild(new Image({}));
    this._texts = this._content.appendChild(new View());
    // Balanced: the two-line states ("ahead", "play a round") split evenly instead of orphaning a word.
    this._headline = this._texts.appendChild(new BalancedText(''));
    this._headline.name = 'headline';
    this._detail = this._texts.appendChild(new Text(''));
    this._detail.name = 'detail';
    this._states = new StateViews(theme, this._options.labels, () => _ctx.refresh(), { compact: true });
    this._banner.appendChild(this._states.node);
    this.onThemeChange(theme);
    this._sync(_ctx.data());
  }

  public update(raw: PlainObject): void {
    this._options = readSurpassOptions(raw, (m) => this._ctx.warn(m));
    this._states.setLabels(this._options.labels);
    this._sync(this._ctx.data());
  }

  public onDataChange(data: FriendDataSnapshot): void {
    this._sync(data);
  }

  public onThemeChange(t: ThemeTokens): void {
    const m = t.metrics;
    this._banner.setStyle({
      flexGrow: 1,
      flexDirection: 'row',
      alignItems: 'stretch',
      backgroundColor: t.colors.surface,
      backgroundGradient: gradientOf(t, 'surface'),
      borderRadius: m.radius,
      overflow: 'hidden',
    });
    this._banner.setSkin(t.images.panel);
    this._banner.setBorder(t.effects.cardBorder);
    this._content.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'row', alignItems: 'center', paddingHorizontal: m.padding });
    this._badge.setStyle({ ...rankBadgeStyle(t, 1), ...medalEffects(t, 1), marginRight: m.gap, width: m.avatarSize, height: m.avatarSize, borderRadius: m.avatarSize / 2 });
    this._badgeText.setStyle({ ...rankTextStyle(t, 1), fontSize: t.font.sizeTitle });
    this._avatar.setStyle(avatarStyle(t));
    this._avatar.setProps(avatarProps(t));
    // Not stretched: balanced text measures its own (narrower) width.
    this._texts.setStyle({ flexGrow: 1, flexShrink: 1, flexBasis: 0, flexDirection: 'column', justifyContent: 'center', alignItems: 'flex-start' });
    this._headline.setStyle({ ...bannerHeadlineStyle(t), maxLines: this._mode === 'target' ? 1 : 2 });
    this._detail.setStyle(bannerDetailStyle(t));
    this._states.applyTheme(t);
  }

  public scrollTo(): void {
    // A banner does not scroll.
  }

  public destroy(): void {
    this._banner.destroy();
  }

  private _sync(data: FriendDataSnapshot): void {
    const state = stateOf(data);
    if (state !== 'ready') return this._showState(state);
    const o = this._options;
    const l = o.labels;
    const ranking = this._ranks.rank(data, o.scoreKey, o.order);
    if (!data.friends.some((f) => f.openid !== data.selfOpenid)) return this._showState('empty');
    const self = ranking.selfIndex >= 0 ? ranking.ranked[ranking.selfIndex] : undefined;
    this._states.show('none');
    this._content.setStyle({ display: 'flex' });
    if (self === undefined) {
      this._setMode('noScore', l.noSelfScore, undefined);
      return;
    }
    const next = nextToSurpass(ranking);
    if (next === undefined) {
      this._setMode('ahead', l.ahead, undefined);
      return;
    }
    const f = next.friend;
    const gap = formatScore(next.delta, o.format);
    const detail = fillTemplate(o.format.kind === 'integer' ? l.pointsToGo : l.toGo, { n: gap });
    this._setMode('target', fillTemplate(l.beat, { name: displayName(f, false, l) }), detail);
    const key = `${f.openid}\u0000${f.avatarUrl ?? ''}`;
    if (key !== this._avatarKey) {
      this._avatarKey = key;
      this._avatar.setProps({ src: f.avatarUrl, placeholder: placeholderAvatar(f.openid, f.hasName ? f.nickname : '') });
    }
  }

  private _showState(state: 'loading' | 'empty' | 'unauthorized' | 'error'): void {
    this._content.setStyle({ display: 'none' });
    this._states.show(state);
  }

  private _setMode(mode: BannerMode, headline: string, detail: string | undefined): void {
    this._mode = mode;
    this._badge.setStyle({ display: mode === 'ahead' ? 'flex' : 'none' });
    this._avatar.setStyle({ display: mode === 'target' ? 'flex' : 'none' });
    this._headline.setText(headline);
    this._headline.setStyle({ maxLines: mode === 'target' ? 1 : 2 });
    this._detail.setStyle({ display: detail === undefined ? 'none' : 'flex' });
    if (detail !== undefined) this._detail.setText(detail);
  }
}

/** The `surpass` panel definition: a compact "next friend to beat" banner. */
export const surpassPanel: PanelDefinition = Object.freeze({
  name: 'surpass',
  keys: (options: PlainObject): string[] => [readSurpassOptions(options, () => undefined).scoreKey],
  create: (context: PanelContext, options: PlainObject): Panel => new SurpassPanel(context, options),
});
