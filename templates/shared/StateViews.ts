import { Button, Text, View } from '../../src/index.js';
import { BalancedText } from './BalancedText.js';
import type { ThemeTokens } from '../../src/index.js';
import {
  BUTTON_HEIGHT,
  BUTTON_MIN_WIDTH,
  RANK_COLUMN_WIDTH,
  SKELETON_BAR_HEIGHT,
  SKELETON_FADE_STEP,
  SKELETON_NAME_WIDTHS,
  SKELETON_RANK_WIDTH,
  SKELETON_ROWS,
  SKELETON_SCORE_WIDTH,
  STATE_BUTTON_HEIGHT,
  STATE_BUTTON_MIN_WIDTH,
  STATE_ICON_SIZE,
  STATE_SPACE_ABOVE,
  STATE_SPACE_BELOW,
} from './constants.js';
import type { RowTrailing } from './FriendRow.js';
import type { PanelLabels } from './PanelLabels.js';
import { StateIcon } from './StateIcon.js';
import type { StateIconKind } from './StateIcon.js';
import { bannerDetailStyle, bannerHeadlineStyle, stateBoxStyle, stateHintStyle, stateTextsStyle, stateTitleStyle } from './stateStyles.js';
import { surfaceFill } from './skinStyles.js';
import { avatarStyle, buttonLabelColor, buttonProps, buttonStyle, captionStyle, rowDividerStyle, rowStyle, skeletonStyle } from './themeStyles.js';

/** Which non-list state is on screen; `'none'` hides every state view (the list shows). */
export type PanelState = 'loading' | 'empty' | 'unauthorized' | 'error' | 'none';

/** How a {@link StateViews} is laid out. */
export interface StateViewsOptions {
  /** One skeleton row and a one-line message in a row, for banners. */
  readonly compact?: boolean;
  /** What the panel's rows end with, so skeleton rows mirror them (default `'score'`). */
  readonly trailing?: RowTrailing;
}

interface SkeletonRow {
  readonly row: View;
  readonly rank: View;
  readonly avatar: View;
  readonly name: View;
  readonly trailing: View;
  readonly divider: View;
}

const ICONS: Record<'empty' | 'unauthorized' | 'error', StateIconKind> = { empty: 'friends', unauthorized: 'locked', error: 'alert' };

/**
 * The loading (skeleton rows), empty, not-authorised and error-with-retry views of a panel. Built
 * once; switching state toggles `display` and swaps strings, and a theme change restyles the same
 * nodes, so nothing is rebuilt and the canvas is never blank. Skeleton rows mirror the panel's real
 * rows (rank column, avatar, name, score or button) so nothing jumps when data arrives; messages
 * carry a drawn badge above the headline and sit at the optical centre. `compact` draws one skeleton
 * row and a one-line message beside the badge, for banners.
 */
export class StateViews {
  /** The container to add to the panel body. */
  public readonly node: View;
  private readonly _skeleton: View;
  private readonly _skeletonRows: SkeletonRow[] = [];
  private readonly _captionBox: View;
  private readonly _loadingCaption: Text;
  private readonly _captionBar: View;
  private readonly _message: View;
  private readonly _spaceAbove: View;
  private readonly _icon: StateIcon;
  private readonly _texts: View;
  private readonly _title: Text;
  private readonly _hint: Text;
  private readonly _retry: Button;
  private readonly _spaceBelow: View;
  private readonly _compact: boolean;
  private readonly _trailing: RowTrailing;
  private _state: PanelState = 'none';
  private _labels: PanelLabels;

  public constructor(theme: ThemeTokens, labels: PanelLabels, onRetry: () => void, options: StateViewsOptions = {}) {
    this._compact = options.compact ?? false;
    this._trailing = options.trailing ?? 'score';
    this._labels = labels;
    this.node = new View();
    this.node.name = 'states';
    this._skeleton = this.node.appendChild(new View());
    this._skeleton.name = 'state:loading';
    const rows = this._compact ? 1 : SKELETON_ROWS;
    for (let i = 0; i < rows; i++) {
      const row = this._skeleton.appendChild(new View());
      const rank = row.appendChild(new View());
      const avatar = row.appendChild(new View());
      const name = row.appendChild(new View());
      const trailing = row.appendChild(new View());
      const divider = row.appendChild(new View());
      this._skeletonRows.push({ row, rank, avatar, name, trailing, divider });
    }
    this._captionBox = (this._compact ? this._skeletonRows[0]!.row : this._skeleton).appendChild(new View());
    this._loadingCaption = this._captionBox.appendChild(new Text(labels.loading));
    this._captionBar = this._captionBox.appendChild(new View());
    this._message = this.node.appendChild(new View());
    this._message.name = 'state:message';
    this._spaceAbove = this._message.appendChild(new View());
    this._icon = new StateIcon(theme, STATE_ICON_SIZE);
    this._message.appendChild(this._icon.node);
    this._texts = this._message.appendChild(new View());
    this._title = this._texts.appendChild(new BalancedText(''));
    this._title.name = 'stateTitle';
    this._hint = this._texts.appendChild(new BalancedText(''));
    this._hint.name = 'stateHint';
    this._retry = this._message.appendChild(new Button({ label: labels.retry, onPress: () => onRetry() }));
    this._retry.name = 'retry';
    this._spaceBelow = this._message.appendChild(new View());
    this.applyTheme(theme);
    this.show('loading');
  }

  /** The state on screen. */
  public get state(): PanelState {
    return this._state;
  }

  /** Switches the visible state (no nodes created). */
  public show(state: PanelState): void {
    this._state = state;
    const l = this._labels;
    this.node.setStyle({ display: state === 'none' ? 'none' : 'flex' });
    this._skeleton.setStyle({ display: state === 'loading' ? 'flex' : 'none' });
    const message = state === 'empty' || state === 'unauthorized' || state === 'error';
    this._message.setStyle({ display: message ? 'flex' : 'none' });
    if (state === 'empty') this._setMessage(l.empty, l.emptyHint);
    else if (state === 'unauthorized') this._setMessage(l.unauthorized, l.unauthorizedHint);
    else if (state === 'error') this._setMessage(l.error, l.errorHint);
    if (message) this._icon.show(ICONS[state]);
    // A banner is too narrow for the badge, the headline and Retry side by side: Retry is the
    // anchor there, and the headline keeps the room it needs.
    if (this._compact) this._icon.node.setStyle({ display: state === 'error' ? 'none' : 'flex' });
    this._retry.setStyle({ display: state === 'error' ? 'flex' : 'none' });
  }

  /** Replaces the strings in place. */
  public setLabels(labels: PanelLabels): void {
    this._labels = labels;
    this._loadingCaption.setText(labels.loading);
    this._retry.setProps({ label: labels.retry });
    this.show(this._state);
  }

  /** Restyles every node in place for new theme tokens. */
  public applyTheme(t: ThemeTokens): void {
    const compact = this._compact;
    this.node.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', ...surfaceFill(t) });
    this._skeleton.setStyle({ flexGrow: 1, flexDirection: 'column', overflow: 'hidden' });
    this._skeletonRows.forEach((s, i) => this._styleSkeletonRow(t, s, i));
    // Full: the caption centred under the fading rows. Compact: the caption where the banner's
    // headline goes, over a bar where its detail line goes.
    this._captionBox.setStyle(
      compact
        ? { flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, alignItems: 'flex-start', justifyContent: 'center' }
        : { flexDirection: 'column', alignSelf: 'center', marginTop: t.metrics.padding * 1.5 },
    );
    this._loadingCaption.setStyle({
      ...captionStyle(t),
      marginLeft: 0,
      flexShrink: 1,
      fontSize: compact ? t.font.sizeBody : t.font.sizeSmall + 1,
    });
    this._captionBar.setStyle({
      ...skeletonStyle(t, SKELETON_SCORE_WIDTH * 2, SKELETON_BAR_HEIGHT, true),
      marginTop: t.metrics.gap / 2,
      display: compact ? 'flex' : 'none',
    });
    this._styleMessage(t);
    this._retry.setProps(buttonProps(t, 'idle'));
    this._retry.label.setStyle({ color: buttonLabelColor(t, 'idle'), fontSize: compact ? t.font.sizeSmall + 1 : t.font.sizeBody });
  }

  private _styleSkeletonRow(t: ThemeTokens, s: SkeletonRow, index: number): void {
    const compact = this._compact;
    const withRank = this._trailing === 'score';
    const bar = SKELETON_BAR_HEIGHT;
    s.row.setStyle({
      ...rowStyle(t, false),
      ...(compact ? { flexGrow: 1, height: undefined } : {}),
      // Rows fade towards the caption: a list "still arriving" rather than six identical stripes.
      opacity: compact ? 1 : 1 - index * SKELETON_FADE_STEP,
    });
    const rankMargin = (RANK_COLUMN_WIDTH - SKELETON_RANK_WIDTH) / 2;
    s.rank.setStyle({
      ...skeletonStyle(t, SKELETON_RANK_WIDTH, bar, true),
      marginLeft: rankMargin,
      marginRight: rankMargin + t.metrics.gap,
      display: withRank && !compact ? 'flex' : 'none',
    });
    const avatar = avatarStyle(t);
    const size = t.metrics.avatarSize;
    s.avatar.setStyle({ ...avatar, backgroundColor: t.colors.skeleton, borderRadius: t.avatarShape === 'circle' ? size / 2 : avatar.borderRadius });
    const nameWidth = SKELETON_NAME_WIDTHS[index % SKELETON_NAME_WIDTHS.length]!;
    s.name.setStyle({ ...skeletonStyle(t, nameWidth, bar, true), display: compact ? 'none' : 'flex' });
    s.trailing.setStyle(
      this._trailing === 'share'
        ? { ...skeletonStyle(t, BUTTON_MIN_WIDTH, BUTTON_HEIGHT, false), borderRadius: t.metrics.buttonRadius, marginLeft: 'auto', display: compact ? 'none' : 'flex' }
        : { ...skeletonStyle(t, SKELETON_SCORE_WIDTH, bar, true), marginLeft: 'auto', display: compact ? 'none' : 'flex' },
    );
    s.divider.setStyle({ ...rowDividerStyle(t, withRank), display: compact ? 'none' : 'flex' });
  }

  private _styleMessage(t: ThemeTokens): void {
    const m = t.metrics;
    if (this._compact) {
      this._message.setStyle({ ...stateBoxStyle(t), flexDirection: 'row', alignItems: 'center', paddingHorizontal: m.padding });
      this._spaceAbove.setStyle({ display: 'none' });
      this._spaceBelow.setStyle({ display: 'none' });
      this._icon.applyTheme(t, m.avatarSize);
      this._icon.node.setStyle({ marginRight: m.gap, marginBottom: 0 });
      this._texts.setStyle({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, justifyContent: 'center' });
      this._title.setStyle(bannerHeadlineStyle(t));
      this._hint.setStyle({ ...bannerDetailStyle(t), display: this._hintDisplay() });
      this._retry.setStyle({ ...buttonStyle(t, 'idle'), marginLeft: m.gap, marginTop: 0 });
      return;
    }
    this._message.setStyle(stateBoxStyle(t));
    this._spaceAbove.setStyle({ flexGrow: STATE_SPACE_ABOVE, flexShrink: 1, display: 'flex' });
    this._spaceBelow.setStyle({ flexGrow: STATE_SPACE_BELOW, flexShrink: 1, display: 'flex' });
    this._icon.applyTheme(t, STATE_ICON_SIZE);
    this._icon.node.setStyle({ marginRight: 0, marginBottom: m.padding });
    this._texts.setStyle(stateTextsStyle());
    this._title.setStyle(stateTitleStyle(t));
    this._hint.setStyle({ ...stateHintStyle(t), display: this._hintDisplay() });
    this._retry.setStyle({
      ...buttonStyle(t, 'idle'),
      height: STATE_BUTTON_HEIGHT,
      minWidth: STATE_BUTTON_MIN_WIDTH,
      borderRadius: Math.min(t.metrics.buttonRadius, STATE_BUTTON_HEIGHT / 2),
      marginLeft: 0,
      marginTop: m.padding * 1.25,
    });
  }

  private _setMessage(title: string, hint: string): void {
    this._title.setText(title);
    this._hint.setText(hint);
    this._hint.setStyle({ display: this._hintDisplay() });
  }

  /** A hint left empty by a game's labels takes no room under the headline. */
  private _hintDisplay(): 'flex' | 'none' {
    return this._hint.text === '' ? 'none' : 'flex';
  }
}
