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
  private _entries: readonly RowData[] = [];
  private _theme: ThemeTokens;
  private _labels: PanelLabels;
  private _shareAvailable = true;

  public constructor(body: Node, theme: ThemeTokens, labels: PanelLabels, private readonly _options: FriendListBodyOptions) {
    this._theme = theme;
    this._labels = labels;
    this.list = body.appendChild(
      new List(
        {
          count: 0,
          // A function so a theme change with another row height is picked up by `refresh`.
          rowHeight: () => this._theme.metrics.rowHeight,
          createRow: () => this._createRow(),
          bindRow: (row, index) => this._bindRow(row, index),
          onRangeChange: (r) => _options.onRangeChange?.(r.first, r.last),
          scrollbarColor: theme.colors.scrollbar,
        },
        { flexGrow: 1, flexShrink: 1, backgroundColor: theme.colors.surface, display: 'none' },
      ),
    );
    this.list.name = 'list';
    this.states = new StateViews(theme, labels, () => _options.onRetry());
    body.appendChild(this.states.node);
  }

  /** The rows shown, in order. */
  public get entries(): readonly RowData[] {
    return this._entries;
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

  /** Shows `entries` (the empty state when there are none), keeping the scroll position. */
  public setEntries(entries: readonly RowData[]): void {
    this._entries = entries;
    if (entries.length === 0) {
      this.showState('empty');
      return;
    }
    this.states.show('none');
    this.list.setStyle({ display: 'flex' });
    if (this.list.count !== entries.length) this.list.setCount(entries.length);
    this.list.refresh();
  }

  /** Rebinds the visible rows (a row's state changed). */
  public refresh(): void {
    if (this._entries.length > 0) this.list.refresh();
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
    // Re-reads the row height (rows re-lay out at the new size) and rebinds in place.
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
    const entry = this._entries[index];
    if (entry !== undefined && row instanceof FriendRow) row.bind(entry);
  }
}
