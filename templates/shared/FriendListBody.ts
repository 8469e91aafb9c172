import { List } from '../../src/index.js';
import type { FriendDataSnapshot, Node, ThemeTokens } from '../../src/index.js';
import { FriendRow } from './FriendRow.js';
import type { RowData, RowTrailing } from './FriendRow.js';
import type { PanelLabels } from './PanelLabels.js';
import { StateViews } from './StateViews.js';
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
  private readonly _rows: FriendRow[] = [];
  private _count = 0;
  private _entryAt: (index: number) => RowData | undefined = () => undefined;
  private _theme: ThemeTokens;
  private _labels: PanelLabels;
  private _shareAvailable = true;
  private _rowHeight: number;

  public constructor(body: Node, theme: ThemeTokens, labels: PanelLabels, private readonly _options: FriendListBodyOptions) {
    this._theme = theme;
    this._labels = labels;
    this._rowHeight = theme.metrics.rowHeight;
    this.list = body.appendChild(
      new List(
        {
          count: 0,
          // A fixed height keeps every list operation O(visible rows); a theme change calls setRowHeight.
          rowHeight: theme.metrics.rowHeight,
          createRow: () => this._createRow(),
          bindRow: (row, index) => this._bindRow(row, index),
          onRangeChange: (r) => _options.onRangeChange?.(r.first, r.last),
          scrollbarColor: theme.colors.scrollbar,
        },
        { flexGrow: 1, flexShrink: 1, backgroundColor: theme.colors.surface, display: 'none' },
      ),
    );
    this.list.name = 'list';
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

  /** Every row node created so far (live and pooled). */
  public get rows(): readonly FriendRow[] {
    return this._rows;
  }

  /** Shows a state view instead of the list. */
  public showState(state: Exclude<PanelState, 'none'>): void {
    this.list.setStyle({ display: 'none' });
    this.states.show(state);
  }

  /**
   * Shows `count` rows whose data `entryAt` computes when a row is bound, so a data change costs
   * O(visible rows) however many friends there are. Keeps the scroll position.
   */
  public setSource(count: number, entryAt: (index: number) => RowData | undefined): void {
    this._count = count;
    this._entryAt = entryAt;
    if (count === 0) {
      this.showState('empty');
      return;
    }
    this.states.show('none');
    this.list.setStyle({ display: 'flex' });
    if (this.list.count !== count) this.list.setCount(count);
    this.list.refresh();
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
    for (const row of this._rows) row.setShareAvailable(available);
  }

  /** Replaces the strings in place. */
  public setLabels(labels: PanelLabels): void {
    this._labels = labels;
    this.states.setLabels(labels);
    for (const row of this._rows) row.setLabels(labels);
  }

  /** Restyles the list, every row (live and pooled) and the state views in place. */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    this.list.setStyle({ backgroundColor: t.colors.surface });
    for (const row of this._rows) row.applyTheme(t);
    this.states.applyTheme(t);
    // Rows re-lay out at the new height (if it changed) and are rebound in place.
    if (this._rowHeight !== t.metrics.rowHeight) {
      this._rowHeight = t.metrics.rowHeight;
      this.list.setRowHeight(this._rowHeight);
    }
    this.refresh();
  }

  /** Builds a detached row styled like the list's rows (e.g. the pinned footer). */
  public createDetachedRow(): FriendRow {
    return this._createRow();
  }

  private _createRow(): FriendRow {
    const row = new FriendRow(this._theme, this._labels, this._options.trailing, this._options.onShare);
    row.setShareAvailable(this._shareAvailable);
    this._rows.push(row);
    return row;
  }

  private _bindRow(row: Node, index: number): void {
    const entry = this.entryAt(index);
    if (entry !== undefined && row instanceof FriendRow) row.bind(entry);
  }
}
