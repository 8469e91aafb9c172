import { formatScore } from '../../src/index.js';
import type { FriendDataSnapshot, Panel, PanelContext, PanelDefinition, PlainObject, RankingView, ThemeTokens } from '../../src/index.js';
import { FriendListBody, stateOf } from '../shared/FriendListBody.js';
import type { FriendRow, RowData } from '../shared/FriendRow.js';
import { PanelFrame } from '../shared/PanelFrame.js';
import { RankCache } from '../shared/RankCache.js';
import { readLeaderboardOptions } from './LeaderboardOptions.js';
import type { ResolvedLeaderboardOptions } from './LeaderboardOptions.js';

/**
 * The friend leaderboard: ranked by a score key, medals for the top three, the player's row
 * highlighted and pinned at the bottom while it is scrolled out of view; friends without a valid
 * score listed after without a rank, or hidden.
 */
class LeaderboardPanel implements Panel {
  private _options: ResolvedLeaderboardOptions;
  private readonly _frame: PanelFrame;
  private readonly _body: FriendListBody;
  private readonly _footer: FriendRow;
  private _selfIndex = -1;
  private readonly _ranks = new RankCache();
  private _range = { first: 0, last: -1 };
  /** What the list was last bound from, to skip rebinding when a data change does not touch it. */
  private _shown: { ranking: RankingView; options: ResolvedLeaderboardOptions; selfOpenid: string | undefined } | undefined;

  public constructor(private readonly _ctx: PanelContext, raw: PlainObject) {
    this._options = readLeaderboardOptions(raw, (m) => _ctx.warn(m));
    const theme = _ctx.theme();
    const labels = this._options.labels;
    this._frame = new PanelFrame(_ctx.root, theme, labels.title);
    this._frame.node.name = 'leaderboard';
    this._body = new FriendListBody(this._frame.body, theme, labels, {
      trailing: 'score',
      onRetry: () => _ctx.refresh(),
      onRangeChange: (first, last) => {
        this._range = { first, last };
        this._updateFooter();
      },
    });
    this._footer = this._body.createDetachedRow();
    this._footer.name = 'selfFooter';
    // The footer slot lays children out in a row (web default): grow to the list's full width.
    this._footer.setStyle({ flexGrow: 1 });
    this._footer.setPinned(true);
    this._sync(_ctx.data());
  }

  public update(raw: PlainObject): void {
    this._options = readLeaderboardOptions(raw, (m) => this._ctx.warn(m));
    const labels = this._options.labels;
    this._frame.setTitle(labels.title);
    this._body.setLabels(labels);
    this._sync(this._ctx.data());
  }

  public onDataChange(data: FriendDataSnapshot): void {
    this._sync(data);
  }

  public onThemeChange(theme: ThemeTokens): void {
    this._frame.applyTheme(theme);
    this._body.applyTheme(theme);
  }

  public scrollTo(target: 'top' | 'self', animated: boolean): void {
    const list = this._body.list;
    if (target === 'top') list.scrollTo(0, animated);
    else if (this._selfIndex >= 0 && this._selfIndex < list.count) list.scrollToIndex(this._selfIndex, { animated, align: 'center' });
  }

  public destroy(): void {
    this._frame.destroy();
  }

  private _sync(data: FriendDataSnapshot): void {
    const state = stateOf(data);
    this._frame.setCaption(state === 'ready' && data.refreshing ? this._options.labels.refreshing : undefined);
    if (state !== 'ready') {
      this._selfIndex = -1;
      this._shown = undefined;
      this._body.showState(state);
      this._updateFooter();
      return;
    }
    const o = this._options;
    // A view: a fresh score re-places the player in O(log n), and rows read only the entries they show.
    const ranking = this._ranks.view(data, o.scoreKey, o.order);
    // The refresh flag, a refresh returning the same friends or an identical score: nothing to rebind.
    const shown = this._shown;
    if (shown !== undefined && shown.ranking === ranking && shown.options === o && shown.selfOpenid === data.selfOpenid) return;
    this._shown = { ranking, options: o, selfOpenid: data.selfOpenid };
    const rankedCount = ranking.rankedCount;
    const unrankedCount = o.unranked === 'after' ? ranking.unrankedCount : 0;
    const count = rankedCount + unrankedCount;
    let selfUnranked = -1;
    if (ranking.selfIndex < 0 && data.selfOpenid !== undefined) {
      for (let u = 0; u < unrankedCount && selfUnranked < 0; u++) if (ranking.unrankedAt(u)!.openid === data.selfOpenid) selfUnranked = u;
    }
    const selfIndex = ranking.selfIndex >= 0 ? ranking.selfIndex : selfUnranked >= 0 ? rankedCount + selfUnranked : -1;
    // Only the player (inserted from a fresh score) is not "friends playing".
    const others = count - (selfIndex >= 0 ? 1 : 0) > 0;
    this._selfIndex = others ? selfIndex : -1;
    // Rows are built lazily: only the rows being bound are formatted, whatever the friend count.
    const noScore = o.labels.noScore;
    const selfOpenid = data.selfOpenid;
    this._body.setSource(others ? count : 0, (i): RowData | undefined => {
      const f = ranking.rankedAt(i);
      if (f !== undefined) return { friend: f, rank: f.rank, scoreText: formatScore(f.score, o.format), isSelf: f.isSelf };
      const u = i >= rankedCount && i < count ? ranking.unrankedAt(i - rankedCount) : undefined;
      return u === undefined ? undefined : { friend: u, rank: undefined, scoreText: noScore, isSelf: u.openid === selfOpenid };
    });
    this._updateFooter();
  }

  /** Pins a copy of the player's row over the bottom of the list while the real one is out of view. */
  private _updateFooter(): void {
    const i = this._selfIndex;
    const { first, last } = this._range;
    const entry = i >= 0 ? this._body.entryAt(i) : undefined;
    const away = entry !== undefined && last >= first && (i < first || i > last);
    const list = this._body.list;
    if (away) {
      this._footer.bind(entry);
      // Set once (one layout), then only shown and hidden: pinning while scrolling runs no layout.
      if (list.footer !== this._footer) list.setFooter(this._footer);
      list.setFooterVisible(true);
    } else {
      list.setFooterVisible(false);
    }
  }
}

/** The `leaderboard` panel definition: friends ranked by a score key. */
export const leaderboardPanel: PanelDefinition = Object.freeze({
  name: 'leaderboard',
  keys: (options: PlainObject): string[] => [readLeaderboardOptions(options, () => undefined).scoreKey],
  create: (context: PanelContext, options: PlainObject): Panel => new LeaderboardPanel(context, options),
});
