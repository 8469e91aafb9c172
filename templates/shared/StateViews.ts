import { Button, Text, View } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import { SKELETON_NAME_WIDTH, SKELETON_ROWS, SKELETON_SCORE_WIDTH, SKELETON_BAR_HEIGHT } from './constants.js';
import type { PanelLabels } from './PanelLabels.js';
import {
  avatarStyle,
  buttonLabelColor,
  buttonProps,
  buttonStyle,
  captionStyle,
  rowDividerStyle,
  rowStyle,
  skeletonStyle,
  stateBoxStyle,
  stateHintStyle,
  stateTitleStyle,
} from './themeStyles.js';

/** Which non-list state is on screen; `'none'` hides every state view (the list shows). */
export type PanelState = 'loading' | 'empty' | 'unauthorized' | 'error' | 'none';

interface SkeletonRow {
  readonly row: View;
  readonly avatar: View;
  readonly name: View;
  readonly score: View;
  readonly divider: View;
}

/**
 * The loading (skeleton rows), empty, not-authorised and error-with-retry views of a panel. Built
 * once; switching state toggles `display` and swaps strings, and a theme change restyles the same
 * nodes, so nothing is rebuilt and the canvas is never blank. `compact` draws one skeleton row and
 * a one-line message for banners.
 */
export class StateViews {
  /** The container to add to the panel body. */
  public readonly node: View;
  private readonly _skeleton: View;
  private readonly _skeletonRows: SkeletonRow[] = [];
  private readonly _loadingCaption: Text;
  private readonly _message: View;
  private readonly _title: Text;
  private readonly _hint: Text;
  private readonly _retry: Button;
  private _state: PanelState = 'none';
  private _labels: PanelLabels;
  private _theme: ThemeTokens;

  public constructor(theme: ThemeTokens, labels: PanelLabels, onRetry: () => void, private readonly _compact = false) {
    this._theme = theme;
    this._labels = labels;
    this.node = new View();
    this.node.name = 'states';
    this._skeleton = this.node.appendChild(new View());
    this._skeleton.name = 'state:loading';
    const rows = _compact ? 1 : SKELETON_ROWS;
    for (let i = 0; i < rows; i++) {
      const row = this._skeleton.appendChild(new View());
      const avatar = row.appendChild(new View());
      const name = row.appendChild(new View());
      const score = row.appendChild(new View());
      const divider = row.appendChild(new View());
      this._skeletonRows.push({ row, avatar, name, score, divider });
    }
    this._loadingCaption = (_compact ? this._skeletonRows[0]!.row : this._skeleton).appendChild(new Text(labels.loading));
    this._message = this.node.appendChild(new View());
    this._message.name = 'state:message';
    this._title = this._message.appendChild(new Text(''));
    this._hint = this._message.appendChild(new Text(''));
    this._retry = this._message.appendChild(new Button({ label: labels.retry, onPress: () => onRetry() }));
    this._retry.name = 'retry';
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
    this._theme = t;
    const compact = this._compact;
    this.node.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', backgroundColor: t.colors.surface });
    this._skeleton.setStyle({ flexGrow: 1, flexDirection: 'column', overflow: 'hidden' });
    const bar = SKELETON_BAR_HEIGHT;
    for (const s of this._skeletonRows) {
      s.row.setStyle({ ...rowStyle(t, false), ...(compact ? { flexGrow: 1, height: undefined } : {}) });
      const size = t.metrics.avatarSize;
      s.avatar.setStyle({ ...avatarStyle(t), backgroundColor: t.colors.skeleton, borderRadius: t.avatarShape === 'circle' ? size / 2 : avatarStyle(t).borderRadius });
      s.name.setStyle({ ...skeletonStyle(t, SKELETON_NAME_WIDTH, bar, true), display: compact ? 'none' : 'flex' });
      s.score.setStyle({ ...skeletonStyle(t, SKELETON_SCORE_WIDTH, bar, true), marginLeft: 'auto', display: compact ? 'none' : 'flex' });
      s.divider.setStyle({ ...rowDividerStyle(t), display: compact ? 'none' : 'flex' });
    }
    this._loadingCaption.setStyle({
      ...captionStyle(t),
      marginLeft: 0,
      ...(compact ? { flexGrow: 1, flexShrink: 1 } : { alignSelf: 'center', marginTop: t.metrics.padding }),
    });
    this._message.setStyle({
      ...stateBoxStyle(t),
      ...(compact ? { flexDirection: 'row', padding: t.metrics.padding, justifyContent: 'space-between' } : {}),
    });
    this._title.setStyle({ ...stateTitleStyle(t), ...(compact ? { maxLines: 2, flexShrink: 1, textAlign: 'left' } : {}) });
    this._hint.setStyle({ ...stateHintStyle(t), display: compact ? 'none' : 'flex' });
    this._retry.setStyle({ ...buttonStyle(t, 'idle'), marginLeft: compact ? t.metrics.gap : 0, marginTop: compact ? 0 : t.metrics.padding });
    this._retry.setProps(buttonProps(t, 'idle'));
    this._retry.label.setStyle({ color: buttonLabelColor(t, 'idle') });
  }

  private _setMessage(title: string, hint: string): void {
    this._title.setText(title);
    this._hint.setText(hint);
  }
}
