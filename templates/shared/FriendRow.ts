import { Button, Image, SkinView, Text, View, placeholderAvatar } from '../../src/index.js';
import type { Style, ThemeTokens } from '../../src/index.js';
import type { PanelLabels } from './PanelLabels.js';
import {
  avatarProps,
  avatarStyle,
  buttonLabelColor,
  buttonProps,
  buttonStyle,
  nameTextStyle,
  noteTextStyle,
  rankColumnStyle,
  rowDividerStyle,
  rowRankBadgeStyle,
  rowRankTextStyle,
  rowScoreStyle,
  rowStyle,
  selfMarkStyle,
} from './themeStyles.js';
import { RowNameText } from './RowNameText.js';
import { displayTextEffects, rowRankStyles, rowSkin, rowSurfaceStyle } from './skinStyles.js';
import { RowColumns } from './RowColumns.js';
import { DEFAULT_ROW_GEOMETRY, trailingCellStyle, trailingCells } from './rowGeometry.js';
import type { RowGeometry } from './rowGeometry.js';
import { displayName, medalOf, sameRowData } from './RowData.js';
import type { RowData } from './RowData.js';

export type { RowData } from './RowData.js';

/** What a row shows on its right: a score (leaderboard) or a share button / note (share list). */
export type RowTrailing = 'score' | 'share';

/**
 * One friend row: rank column (medal circle for 1-3), avatar (theme shape, generated placeholder),
 * one-line nickname with ellipsis, and a right-aligned score or share button. Rows are recycled by
 * the list: `bind` swaps content in place, `applyTheme` restyles in place, so neither creates nodes.
 *
 * A fixed template: no box depends on the content a leaderboard row shows. The rank number lies over
 * the whole rank column, the score spans from the name to the row's edge (right-aligned), and the name
 * keeps room for the score only when painted, so `bind` with another friend, rank or score changes what
 * is drawn and runs no layout (share rows relayout only when a button changes state).
 */
export class FriendRow extends SkinView {
  private readonly _rankColumn: View;
  private readonly _rankBadge: SkinView;
  private readonly _rankText: Text;
  private readonly _avatar: Image;
  private readonly _name: RowNameText;
  private readonly _score: Text | undefined;
  private readonly _columns: RowColumns | undefined;
  private _geometry: RowGeometry = DEFAULT_ROW_GEOMETRY;
  private readonly _button: Button | undefined;
  private readonly _note: Text | undefined;
  private readonly _divider: View;
  private readonly _selfMark: View;
  private _pinned = false;
  private _theme: ThemeTokens;
  private _labels: PanelLabels;
  private _data: RowData | undefined;
  private _shareAvailable = true;
  /** Odd rows of the list wear the `rowAlt` image. */
  private _alternate = false;

  public constructor(
    theme: ThemeTokens,
    labels: PanelLabels,
    private readonly _trailing: RowTrailing,
    onShare?: (row: FriendRow) => void,
  ) {
    super();
    this._theme = theme;
    this._labels = labels;
    this._rankColumn = this.appendChild(new View());
    this._rankBadge = this._rankColumn.appendChild(new SkinView());
    this._rankText = this._rankColumn.appendChild(new Text(''));
    this._avatar = this.appendChild(new Image({}));
    this._name = this.appendChild(new RowNameText(''));
    if (_trailing === 'score') {
      this._score = this.appendChild(new Text(''));
      this._score.pointerEvents = 'none';
    } else {
      // The note goes before the button: a failure note must not push Retry away from where the
      // finger just tapped Share (the button keeps its place at the row's end).
      this._note = this.appendChild(new Text(labels.updateToShare));
      this._button = this.appendChild(new Button({ label: labels.share, onPress: () => onShare?.(this) }));
      this._button.name = 'shareButton';
    }
    this._divider = this.appendChild(new View());
    this._divider.pointerEvents = 'none';
    if (_trailing === 'score') this._columns = new RowColumns(this, this._divider);
    this._selfMark = this.appendChild(new View());
    this._selfMark.pointerEvents = 'none';
    this._rankColumn.setStyle({ display: _trailing === 'score' ? 'flex' : 'none' });
    // Every child sits inside the row: the paint walk skips overscan and parked rows whole.
    this.containsPaint = true;
    this.applyTheme(theme);
  }

  /** The data this row currently shows. */
  public get data(): RowData | undefined {
    return this._data;
  }

  /** The share button (share rows). */
  public get button(): Button | undefined {
    return this._button;
  }

  /** The nickname text node. */
  public get nameText(): Text {
    return this._name;
  }

  /** Shows new content in the same nodes; the same content again (a rebind after a data change elsewhere) costs nothing. */
  public bind(data: RowData): void {
    const prev = this._data;
    if (prev !== undefined && sameRowData(prev, data)) {
      this._data = data;
      return;
    }
    this._show(data);
  }

  private _show(data: RowData): void {
    const prev = this._data;
    this._data = data;
    const f = data.friend;
    const t = this._theme;
    if (prev === undefined || prev.isSelf !== data.isSelf) {
      this.setStyle(this._rowStyle(t, data.isSelf));
      this._name.setStyle(nameTextStyle(t, data.isSelf));
      this._selfMark.setStyle(selfMarkStyle(t, data.isSelf));
      this._styleDivider();
      this._styleSkin();
    }
    // Styles are rebuilt only when what they depend on changes: a rebind of the same shape sets strings only.
    if (prev === undefined || medalOf(prev.rank) !== medalOf(data.rank)) this._styleRank(t, data.rank);
    this._rankText.setText(data.rank === undefined ? '' : String(data.rank));
    if (prev === undefined || prev.friend.openid !== f.openid || prev.friend.avatarUrl !== f.avatarUrl || prev.friend.nickname !== f.nickname) {
      this._avatar.setProps({ src: f.avatarUrl, placeholder: placeholderAvatar(f.openid, f.hasName ? f.nickname : '') });
    }
    this._name.setText(displayName(f, data.isSelf, this._labels));
    if (this._score !== undefined) {
      this._score.setText(data.scoreText);
      if (prev === undefined || (prev.rank === undefined) !== (data.rank === undefined)) this._score.setStyle(this._scoreStyle(t, data.rank !== undefined));
    }
    this._columns?.setTexts(data.columnTexts);
    if (prev === undefined || prev.shareState !== data.shareState) this._applyShare();
  }

  /** Marks the row as an odd row of the list (the theme's `rowAlt` image), in place. */
  public setAlternate(alternate: boolean): void {
    if (alternate === this._alternate) return;
    this._alternate = alternate;
    this._styleSkin();
  }

  /** Switches between share buttons and the "update TikTok" note. */
  public setShareAvailable(available: boolean): void {
    if (available === this._shareAvailable) return;
    this._shareAvailable = available;
    this._applyShare();
  }

  /**
   * Marks the row as pinned over the list (the leaderboard's player footer): its hairline moves to
   * the top edge, full width, so the row reads as sitting above the rows scrolling under it.
   */
  public setPinned(pinned: boolean): void {
    this._pinned = pinned;
    this.setStyle(this._rowStyle(this._theme, this._data?.isSelf ?? false));
    this._styleDivider();
    this._styleSkin();
  }

  /** Replaces the strings in place (rebinding the current data). */
  public setLabels(labels: PanelLabels): void {
    this._labels = labels;
    if (this._data !== undefined) this._show(this._data);
    else this._applyShare();
  }

  /** Restyles every node in place. */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    const d = this._data;
    this.setStyle(this._rowStyle(t, d?.isSelf ?? false));
    this._rankColumn.setStyle(rankColumnStyle(t, this._geometry.rankWidth));
    this._styleRank(t, d?.rank);
    this._avatar.setStyle(avatarStyle(t));
    this._avatar.setProps(avatarProps(t));
    this._name.setStyle(nameTextStyle(t, d?.isSelf ?? false));
    this._score?.setStyle(this._scoreStyle(t, d?.rank !== undefined));
    this._applyColumns(t);
    this._note?.setStyle(noteTextStyle(t));
    this._styleDivider();
    this._selfMark.setStyle(selfMarkStyle(t, d?.isSelf ?? false));
    this._styleSkin();
    this._applyShare();
  }

  /** The row's fill (see `rowSurfaceStyle`). */
  private _rowStyle(t: ThemeTokens, isSelf: boolean): Style {
    return rowSurfaceStyle(t, rowStyle(t, isSelf), isSelf, this._pinned);
  }

  /** The row's image skin (the player's, alternate or plain row), drawn once loaded over its colours. */
  private _styleSkin(): void {
    this.setSkin(rowSkin(this._theme, this._data?.isSelf ?? false, this._alternate && !this._pinned));
  }

  /** The rank column's medal (colour, gradient, ring, image) and number. */
  private _styleRank(t: ThemeTokens, rank: number | undefined): void {
    const r = rowRankStyles(t, rank, rowRankBadgeStyle(t, rank), rowRankTextStyle(t, rank));
    this._rankBadge.setStyle(r.badge);
    this._rankBadge.setSkin(r.skin);
    this._rankText.setStyle(r.text);
  }

  /** The player's tinted row has edges of its own: a hairline inside it would only add noise. */
  private _styleDivider(): void {
    // Row images are plates with edges of their own: no hairlines between them.
    const hidden = (!this._pinned && this._data?.isSelf === true) || this._theme.images.row !== undefined;
    // Hidden by opacity, a paint key: a recycled row switching to or from the player runs no layout.
    this._divider.setStyle({
      ...rowDividerStyle(this._theme, this._trailing === 'score', this._pinned, this._geometry.rankWidth),
      opacity: hidden ? 0 : undefined,
    });
  }

  /**
   * Sets the boxes shared by every row of the list (rank column width, extra columns): called once
   * per data or size change, it relayouts the row once; rebinding afterwards runs no layout.
   */
  public setGeometry(g: RowGeometry): void {
    if (this._trailing !== 'score' || g === this._geometry) return;
    this._geometry = g;
    const t = this._theme;
    this._rankColumn.setStyle(rankColumnStyle(t, g.rankWidth));
    this._score?.setStyle(this._scoreStyle(t, this._data?.rank !== undefined));
    this._applyColumns(t);
    this._styleDivider();
  }

  /** The score's box: spanning from the name (the name leaves room when painted), or a fixed cell beside extra columns. */
  private _scoreStyle(t: ThemeTokens, hasScore: boolean): Style {
    const g = this._geometry;
    const style = { ...rowScoreStyle(t, hasScore, g.rankWidth), ...displayTextEffects(t) };
    return g.columnWidths.length === 0 ? { ...style, width: undefined } : { ...style, ...trailingCellStyle(trailingCells(t, g).scoreRight, g.scoreWidth) };
  }

  /** Extra columns: fixed cells the name keeps clear of by a margin; without them the name keeps room for the score. */
  private _applyColumns(t: ThemeTokens): void {
    const columns = this._columns;
    if (columns === undefined) {
      this._name.setTrailing(this._score, t.metrics.gap);
      return;
    }
    const g = this._geometry;
    columns.applyGeometry(t, g);
    columns.setTexts(this._data?.columnTexts);
    const withCells = g.columnWidths.length > 0;
    this._name.setTrailing(withCells ? undefined : this._score, t.metrics.gap);
    this._name.setStyle({ marginRight: withCells ? trailingCells(t, g).nameReserve : undefined });
  }

  /**
   * The trailing share controls: the button in its state, and the note, which says "update TikTok"
   * on clients without `shareToUser` and why the button reads Retry after a failed send.
   */
  private _applyShare(): void {
    const button = this._button;
    const note = this._note;
    if (button === undefined || note === undefined) return;
    const state = this._data?.shareState ?? 'idle';
    const l = this._labels;
    const failed = this._shareAvailable && state === 'failed';
    button.setStyle({ display: this._shareAvailable ? 'flex' : 'none' });
    note.setStyle({ display: this._shareAvailable && !failed ? 'none' : 'flex' });
    note.setText(this._shareAvailable ? l.shareFailed : l.updateToShare);
    if (!this._shareAvailable) return;
    const t = this._theme;
    const label = state === 'sending' ? l.sending : state === 'sent' ? l.sent : state === 'failed' ? l.shareRetry : l.share;
    button.setStyle(buttonStyle(t, state));
    button.setProps({ ...buttonProps(t, state), label });
    button.label.setStyle({ color: buttonLabelColor(t, state) });
  }
}
