import { List, View } from '../../src/index.js';
import type { FriendDataSnapshot, Node, ThemeTokens } from '../../src/index.js';
import { FriendRow } from './FriendRow.js';
import type { RowData, RowTrailing } from './FriendRow.js';
import { sameRowData } from './RowData.js';
import type { PanelLabels } from './PanelLabels.js';
import { DEFAULT_ROW_GEOMETRY } from './rowGeometry.js';
import type { RowGeometry } from './rowGeometry.js';
import { ScrollEdgeMask } from './ScrollEdgeMask.js';
import { StateViews } from './StateViews.js';
import { surfaceFill } from './skinStyles.js';
import type { PanelState } from './StateViews.js';

/** Hooks of a {@link FriendListBody}. */
export interface FriendListBodyOptions {
  readonly trailing: RowTrailing;
  /** Called when the share button of a row is tapped (synchronously, inside the tap). */
  readonly onShare?: (row: FriendRow) => void;
  /** Error state's Retry. */
  readonly onRetry: () => void;
  /** The visible row range changed (pinned footer). */
  readonly onRangeChange?: (first: number, last: number) => void;
}

/** The list state a snapshot maps to before entries are known. */
export function stateOf(data: FriendDataSnapshot): Exclude<PanelState, 'none' | 'empty'> | 'ready' {
  if (data.status === 'ready') return 'ready';
  if (data.status === 'error') return 'error';
  if (data.status === 'unauthorized') return 'unauthorized';
  return 'loading';
}

/**
 * A virtualized list of {@link FriendRow}s plus the panel's state views, in one body. The list and
 * the state views are built once; data changes only change the row count, rebind rows in place
 * (keeping the scroll position) and toggle which of list or state view is displayed.
 */
export class FriendListBody {
  /** The list (exposed for scrolling and tests). */
  public readonly list: List;
  /** The loading / empty / not-authorised / error views. */
  public readonly states: StateViews;
  /** Rows built outside the list (the pinned footer); the list's own rows are read from the list. */
  private readonly _detached: FriendRow[] = [];
  private _count = 0;
  private _entryAt: (index: number) => RowData | undefined = () => undefined;
  /** The entry computed for the list's `rowKey` call, reused by the `bindRow` call that follows it. */
  private _keyedIndex = -1;
  private _keyedEntry: RowData | undefined;
  private _theme: ThemeTokens;
  private _labels: PanelLabels;
  private _shareAvailable = true;
  private _rowHeight: number;
  private _geometry: RowGeometry = DEFAULT_ROW_GEOMETRY;
  /** True while the list (not a state view) is shown. */
  private _listShown = false;
  /** Holds the list and the mask over its top edge; shown and hidden with the list. */
  private readonly _listBox: View;

  public constructor(body: Node, theme: ThemeTokens, labels: PanelLabels, private readonly _options: FriendListBodyOptions) {
    this._theme = theme;
    this._labels = labels;
    this._rowHeight = theme.metrics.rowHeight;
    this._listBox = body.appendChild(new View({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', display: 'none' }));
    this._listBox.name = 'listBox';
    this.list = this._listBox.appendChild(
      new List(
        {
          count: 0,
          // A fixed height keeps every list operation O(visible rows); a theme change calls setRowHeight.
          rowHeight: theme.metrics.rowHeight,
          createRow: () => this._createRow(),
          // A row keeps a held press while it shows the same friend (re-sent data, a share state change).
          rowKey: (index) => this._keyFor(index),
          bindRow: (row, index) => this._bindRow(row, index),
          onRangeChange: (r) => _options.onRangeChange?.(r.first, r.last),
          scrollbarColor: theme.colors.scrollbar,
        },
        { flexGrow: 1, flexShrink: 1, ...surfaceFill(theme), display: 'none' },
      ),
    );
    this.list.name = 'list';
    this._listBox.appendChild(new ScrollEdgeMask(this.list));
    this.states = new StateViews(theme, labels, () => _options.onRetry(), { trailing: _options.trailing });
    body.appendChild(this.states.node);
  }

  /** Number of rows shown. */
  public get count(): number {
    return this._count;
  }

  /** The data of row `index` (computed on demand by the panel), or undefined. */
  public entryAt(index: number): RowData | undefined {
    return index >= 0 && index < this._count ? this._entryAt(index) : undefined;
  }

  /**
   * Every row node held now: the list's live and pooled rows plus detached ones (the footer). Rows
   * the list discards are not kept, so this stays bounded by the list's window.
   */
  public get rows(): readonly FriendRow[] {
    const rows: FriendRow[] = [];
    this.list.forEachRow((row) => {
      if (row instanceof FriendRow) rows.push(row);
    });
    return rows.concat(this._detached);
  }

  /** Shows a state view instead of the list. */
  public showState(state: Exclude<PanelState, 'none'>): void {
    this._listShown = false;
    this.list.setStyle({ display: 'none' });
    this._listBox.setStyle({ display: 'none' });
    this.states.show(state);
  }

  /**
   * Shows `count` rows whose data `entryAt` computes when a row is bound, so a data change costs
   * O(visible rows) however many friends there are. Keeps the scroll position. Only the rows on
   * screen whose data reads differently are rebound (and so repainted): a fresh score that moves the
   * player leaves alone every row still showing the same friend at the same rank.
   */
  public setSource(count: number, entryAt: (index: number) => RowData | undefined): void {
    this._count = count;
    this._entryAt = entryAt;
    this._keyedIndex = -1;
    this._keyedEntry = undefined;
    if (count === 0) {
      this.showState('empty');
      return;
    }
    // A data change while the list shows (a fresh score) leaves the list's and state views' styles alone.
    if (!this._listShown) {
      this._listShown = true;
      this.states.show('none');
      this.list.setStyle({ display: 'flex' });
      this._listBox.setStyle({ display: 'flex' });
    }
    if (this.list.count !== count) this.list.setCount(count);
    this._rebindChanged();
  }

  /** Rebinds each live row whose entry no longer reads like what it shows (`sameRowData`). */
  private _rebindChanged(): void {
    const list = this.list;
    list.forEachRow((row) => {
      const index = list.indexOfRow(row);
      if (index < 0) return;
      const entry = this.entryAt(index);
      const shown = row instanceof FriendRow ? row.data : undefined;
      if (entry !== undefined && shown !== undefined && sameRowData(shown, entry)) return;
      // The entry is handed to the rowKey/bindRow calls of this rebind instead of being computed again.
      this._keyedIndex = index;
      this._keyedEntry = entry;
      list.refreshRow(index);
    });
    this._keyedIndex = -1;
    this._keyedEntry = undefined;
  }

  /** Rebinds the visible rows (a row's state changed). */
  public refresh(): void {
    if (this._count > 0) this.list.refresh();
  }

  /** Rebinds row `index` only, if it is on screen. */
  public refreshRow(index: number): void {
    if (index >= 0 && index < this._count) this.list.refreshRow(index);
  }

  /** Switches every row between share buttons and the update note. */
  public setShareAvailable(available: boolean): void {
    this._shareAvailable = available;
    for (const row of this.rows) row.setShareAvailable(available);
  }

  /** Replaces the strings in place. */
  public setLabels(labels: PanelLabels): void {
    this._labels = labels;
    this.states.setLabels(labels);
    for (const row of this.rows) row.setLabels(labels);
  }

  /**
   * Restyles the list, every row (live and pooled) and the state views in place. Nothing is rebound:
   * a theme changes how rows look, never whom they show, so a press held on a row survives it.
   */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    this.list.setStyle(surfaceFill(t));
    for (const row of this.rows) row.applyTheme(t);
    this.states.applyTheme(t);
    // Rows re-lay out at the new height (if it changed), in place.
    if (this._rowHeight !== t.metrics.rowHeight) {
      this._rowHeight = t.metrics.rowHeight;
      this.list.setRowHeight(this._rowHeight);
    }
  }

  /**
   * Sets the row boxes shared by every row (rank column width, extra columns) on live, pooled and
   * detached rows: one relayout per row now, none on the rebinds that follow.
   */
  public setGeometry(g: RowGeometry): void {
    if (g === this._geometry) return;
    this._geometry = g;
    for (const row of this.rows) row.setGeometry(g);
  }

  /** Builds a detached row styled like the list's rows (e.g. the pinned footer). */
  public createDetachedRow(): FriendRow {
    const row = this._createRow();
    this._detached.push(row);
    return row;
  }

  private _createRow(): FriendRow {
    const row = new FriendRow(this._theme, this._labels, this._options.trailing, this._options.onShare);
    row.setShareAvailable(this._shareAvailable);
    row.setGeometry(this._geometry);
    return row;
  }

  /** The friend row `index` shows (the list calls this right before `_bindRow` for the same index). */
  private _keyFor(index: number): string | undefined {
    if (this._keyedIndex !== index) {
      this._keyedIndex = index;
      this._keyedEntry = this.entryAt(index);
    }
    return this._keyedEntry?.friend.openid;
  }

  private _bindRow(row: Node, index: number): void {
    const entry = this._keyedIndex === index ? this._keyedEntry : this.entryAt(index);
    this._keyedIndex = -1;
    this._keyedEntry = undefined;
    if (entry === undefined || !(row instanceof FriendRow)) return;
    row.setAlternate(index % 2 === 1);
    row.bind(entry);
  }
}
