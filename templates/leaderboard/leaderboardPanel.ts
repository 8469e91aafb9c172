import { formatScore } from '../../src/index.js';
import type { FriendDataSnapshot, Panel, PanelContext, PanelDefinition, PlainObject, RankingView, ThemeTokens } from '../../src/index.js';
import { ColumnHeader } from '../shared/ColumnHeader.js';
import { FriendListBody, stateOf } from '../shared/FriendListBody.js';
import type { FriendRow, RowData } from '../shared/FriendRow.js';
import { PanelFrame } from '../shared/PanelFrame.js';
import { RankCache } from '../shared/RankCache.js';
import { PanelFitter } from '../shared/PanelFitter.js';
import { rowTextMeasure, sameRowFonts } from '../shared/rowFonts.js';
import { DEFAULT_ROW_GEOMETRY, sameGeometry } from '../shared/rowGeometry.js';
import type { RowGeometry } from '../shared/rowGeometry.js';
import { TabBar } from '../shared/TabBar.js';
import { columnText, leaderboardWidths } from './leaderboardGeometry.js';
import type { LeaderboardWidths } from './leaderboardGeometry.js';
import { leaderboardKeys, readLeaderboardOptions } from './LeaderboardOptions.js';
import type { ResolvedLeaderboardOptions } from './LeaderboardOptions.js';

/**
 * The friend leaderboard: ranked by a score key (or by the selected tab's), medals for the top three,
 * up to two extra score columns, the player's row highlighted and pinned at the bottom while it is
 * scrolled out of view; friends without a valid score listed after without a rank, or hidden. Rows
 * fit the panel's width (see `fitRow`) and the rank column fits the widest rank shown.
 */
class LeaderboardPanel implements Panel {
  private _options: ResolvedLeaderboardOptions;
  private readonly _frame: PanelFrame;
  private readonly _tabs: TabBar;
  private readonly _header: ColumnHeader;
  private readonly _body: FriendListBody;
  private readonly _footer: FriendRow;
  private readonly _fitter: PanelFitter;
  private _selfIndex = -1;
  private readonly _ranks = new RankCache();
  private _range = { first: 0, last: -1 };
  /** What the list was last bound from, to skip rebinding when a data change does not touch it. */
  private _shown: { ranking: RankingView; options: ResolvedLeaderboardOptions; selfOpenid: string | undefined; key: string } | undefined;
  /** The score key ranked by: the selected tab's, kept across re-shows unless the options change it. */
  private _key: string;
  private _widths: LeaderboardWidths | undefined;
  /** What `_widths` was measured from: a data or theme change measures again only when these change (see `_measure`). */
  private _measured:
    | { options: ResolvedLeaderboardOptions; theme: ThemeTokens; ranking: RankingView; data: FriendDataSnapshot; lastRank: number | undefined; firstScore: number | undefined; lastScore: number | undefined }
    | undefined;
  /** Formatted scores by value in `_scoreFormat`: rows rebound after a fresh score mostly show scores formatted before. */
  private readonly _scoreTexts = new Map<number, string>();
  private _scoreFormat: ResolvedLeaderboardOptions['format'] | undefined;
  private _geometry: RowGeometry = DEFAULT_ROW_GEOMETRY;

  public constructor(private readonly _ctx: PanelContext, raw: PlainObject) {
    this._options = readLeaderboardOptions(raw, (m) => _ctx.warn(m));
    this._key = this._options.scoreKey;
    const theme = _ctx.theme();
    const labels = this._options.labels;
    this._frame = new PanelFrame(_ctx.root, theme, labels.title);
    this._frame.node.name = 'leaderboard';
    this._tabs = new TabBar(theme, (key) => this._selectTab(key));
    this._frame.body.appendChild(this._tabs.node);
    this._header = new ColumnHeader(theme);
    this._frame.body.appendChild(this._header.node);
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
    this._fitter = new PanelFitter(_ctx.root, theme, () => this._refit());
    this._tabs.setTabs(this._tabItems(), this._key);
    this._sync(_ctx.data());
  }

  public update(raw: PlainObject): void {
    const prev = this._options;
    this._options = readLeaderboardOptions(raw, (m) => this._ctx.warn(m));
    const o = this._options;
    // A re-show keeps the chosen tab unless it names another one or the tab is gone.
    if (o.scoreKey !== prev.scoreKey || !o.tabs.some((t) => t.scoreKey === this._key)) this._key = o.scoreKey;
    this._tabs.setTabs(this._tabItems(), this._key);
    this._frame.setTitle(o.labels.title);
    this._body.setLabels(o.labels);
    this._sync(this._ctx.data());
  }

  public onDataChange(data: FriendDataSnapshot): void {
    this._sync(data);
  }

  public onThemeChange(theme: ThemeTokens): void {
    this._fitter.setTheme(theme);
    // Widths are measured in the row fonts: a theme that changes them measures again before fitting
    // (a bigger rank font needs a wider rank column); one that keeps them (colours, metrics) does not.
    const shown = this._shown;
    if (shown !== undefined) this._widths = this._measure(shown.ranking, this._ctx.data(), this._options);
    this._refit();
  }

  public scrollTo(target: 'top' | 'self', animated: boolean): void {
    const list = this._body.list;
    if (target === 'top') list.scrollTo(0, animated);
    else if (this._selfIndex >= 0 && this._selfIndex < list.count) list.scrollToIndex(this._selfIndex, { animated, align: 'center' });
  }

  public destroy(): void {
    this._fitter.destroy();
    this._frame.destroy();
  }

  private _tabItems(): Array<{ key: string; label: string }> {
    return this._options.tabs.map((t) => ({ key: t.scoreKey, label: t.label }));
  }

  /** A tab tap: re-rank the data on hand by that key (every tab key was fetched up front). */
  private _selectTab(key: string): void {
    if (key === this._key) return;
    this._key = key;
    this._tabs.select(key);
    this._sync(this._ctx.data());
    this._body.list.scrollTo(0, false);
  }

  /**
   * Fits rows to the panel (metrics, extra columns shown) and applies what changed: a new theme
   * restyles in place, a new geometry relayouts each row once. Never called per scroll frame.
   */
  private _refit(): void {
    const w = this._widths;
    const o = this._options;
    const { fit, themeChanged } = this._fitter.fit({
      rankWidth: w?.rankWidth ?? DEFAULT_ROW_GEOMETRY.rankWidth,
      trailingWidth: w?.scoreWidth ?? 0,
      columnWidths: w?.columnWidths ?? [],
      nameMinWidth: w?.nameMinWidth ?? 0,
    });
    if (themeChanged) {
      const t = fit.theme;
      this._frame.applyTheme(t);
      this._tabs.applyTheme(t);
      this._header.applyTheme(t);
      this._body.applyTheme(t);
    }
    const columnWidths = (w?.columnWidths ?? []).slice(0, fit.columns);
    const g: RowGeometry = {
      rankWidth: w?.rankWidth ?? DEFAULT_ROW_GEOMETRY.rankWidth,
      columnWidths,
      scoreWidth: columnWidths.length > 0 ? (w?.scoreWidth ?? 0) : 0,
    };
    if (!sameGeometry(g, this._geometry)) {
      this._geometry = g;
      this._body.setGeometry(g);
      // Rows bound before the change carry the old column strings: rebind the ones on screen.
      this._body.refresh();
    }
    const shownLabels = o.columns.slice(0, fit.columns).map((c) => c.label);
    this._header.set(shownLabels, o.tabs.find((t) => t.scoreKey === this._key)?.label ?? o.labels.scoreColumn, this._body.count > 0 ? g : undefined);
  }

  private _sync(data: FriendDataSnapshot): void {
    const state = stateOf(data);
    this._frame.setCaption(state === 'ready' && data.refreshing ? this._options.labels.refreshing : undefined);
    if (state !== 'ready') {
      this._selfIndex = -1;
      this._shown = undefined;
      this._body.showState(state);
      this._refit();
      this._updateFooter();
      return;
    }
    const o = this._options;
    const key = this._key;
    // A view: a fresh score re-places the player in O(log n), and rows read only the entries they show.
    const ranking = this._ranks.view(data, key, o.order);
    // The refresh flag, a refresh returning the same friends or an identical score: nothing to rebind.
    const shown = this._shown;
    if (shown !== undefined && shown.ranking === ranking && shown.options === o && shown.selfOpenid === data.selfOpenid && shown.key === key) return;
    const widths = this._measure(ranking, data, o);
    // Fitting reads the widths, the options, the tab and whether rows exist: a fresh score that changes
    // none of them (the common case) skips it.
    const refit = widths !== this._widths || shown === undefined || shown.options !== o || shown.key !== key;
    this._widths = widths;
    const shownCount = this._body.count;
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
    const columns = (): typeof o.columns => o.columns.slice(0, this._geometry.columnWidths.length);
    this._body.setSource(others ? count : 0, (i): RowData | undefined => {
      const f = ranking.rankedAt(i);
      if (f !== undefined) {
        const columnTexts = columns().map((c) => columnText(f, c, data, noScore));
        return { friend: f, rank: f.rank, scoreText: this._scoreText(f.score, o.format), isSelf: f.isSelf, columnTexts };
      }
      const u = i >= rankedCount && i < count ? ranking.unrankedAt(i - rankedCount) : undefined;
      if (u === undefined) return undefined;
      return { friend: u, rank: undefined, scoreText: noScore, isSelf: u.openid === selfOpenid, columnTexts: columns().map((c) => columnText(u, c, data, noScore)) };
    });
    // Fitting may change the geometry (a wider rank, a dropped column): rows are rebound after it.
    if (refit || (shownCount > 0) !== (this._body.count > 0)) this._refit();
    this._shown = { ranking, options: o, selfOpenid: data.selfOpenid, key };
    this._updateFooter();
  }

  /**
   * The widths the rows need (`leaderboardWidths`), measured again only when what they are read from
   * changed: the options, the row fonts (a theme changing only colours or metrics keeps them), the last
   * rank and the first and last scores; with extra columns, which read every friend, also the data and
   * the ranking.
   */
  private _measure(ranking: RankingView, data: FriendDataSnapshot, o: ResolvedLeaderboardOptions): LeaderboardWidths {
    const theme = this._fitter.baseTheme;
    const first = ranking.rankedAt(0);
    const last = ranking.rankedAt(ranking.rankedCount - 1);
    const m = this._measured;
    const w = this._widths;
    if (
      w !== undefined &&
      m !== undefined &&
      m.options === o &&
      sameRowFonts(m.theme, theme) &&
      m.lastRank === last?.rank &&
      m.firstScore === first?.score &&
      m.lastScore === last?.score &&
      (o.columns.length === 0 || (m.data === data && m.ranking === ranking))
    ) {
      return w;
    }
    this._measured = { options: o, theme, ranking, data, lastRank: last?.rank, firstScore: first?.score, lastScore: last?.score };
    return leaderboardWidths(ranking, data, o, rowTextMeasure(this._ctx.root, theme));
  }

  /** `formatScore(score, format)`, remembered per value while the format stays (at most 512 values). */
  private _scoreText(score: number, format: ResolvedLeaderboardOptions['format']): string {
    const texts = this._scoreTexts;
    if (format !== this._scoreFormat || texts.size >= 512) {
      texts.clear();
      this._scoreFormat = format;
    }
    let text = texts.get(score);
    if (text === undefined) {
      text = formatScore(score, format);
      texts.set(score, text);
    }
    return text;
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
  keys: (options: PlainObject): string[] => leaderboardKeys(readLeaderboardOptions(options, () => undefined)),
  create: (context: PanelContext, options: PlainObject): Panel => new LeaderboardPanel(context, options),
});
