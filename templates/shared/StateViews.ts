import { BalancedText, Button, Text, View } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import {
  SKELETON_BAR_HEIGHT,
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
import { SkeletonRows } from './SkeletonRows.js';
import { StateIcon } from './StateIcon.js';
import type { StateIconKind } from './StateIcon.js';
import { bannerDetailStyle, bannerHeadlineStyle, stateBoxStyle, stateHintStyle, stateTextsStyle, stateTitleStyle } from './stateStyles.js';
import { surfaceFill } from './skinStyles.js';
import { avatarBoxRadius, avatarStyle, buttonLabelColor, buttonProps, buttonStyle, captionStyle, rowStyle, skeletonStyle } from './themeStyles.js';

/** Which non-list state is on screen; `'none'` hides every state view (the list shows). */
export type PanelState = 'loading' | 'empty' | 'unauthorized' | 'error' | 'none';

/** How a {@link StateViews} is laid out. */
export interface StateViewsOptions {
  /** One skeleton row and a one-line message in a row, for banners. */
  readonly compact?: boolean;
  /** What the panel's rows end with, so skeleton rows mirror them (default `'score'`). */
  readonly trailing?: RowTrailing;
}

/** The message view's nodes (empty, not authorised, error), built the first time one shows. */
interface MessageParts {
  readonly message: View;
  readonly spaceAbove: View;
  readonly icon: StateIcon;
  readonly texts: View;
  readonly title: Text;
  readonly hint: Text;
  readonly retry: Button;
  readonly spaceBelow: View;
}

/** A banner's one skeleton row: an avatar, with the loading caption beside it. */
interface CompactRow {
  readonly row: View;
  readonly avatar: View;
}

const ICONS: Record<'empty' | 'unauthorized' | 'error', StateIconKind> = { empty: 'friends', unauthorized: 'locked', error: 'alert' };

/**
 * The loading (skeleton rows), empty, not-authorised and error-with-retry views of a panel. Built
 * once (the message view the first time a message shows: most opens never need it, and its 24 nodes
 * would cost every open their creation and layout); switching state toggles `display` and swaps
 * strings, and a theme change restyles the same nodes, so nothing is rebuilt and the canvas is never blank. Skeleton rows mirror the panel's real
 * rows (rank column, avatar, name, score or button) so nothing jumps when data arrives; messages
 * carry a drawn badge above the headline and sit at the optical centre. `compact` draws one skeleton
 * row and a one-line message beside the badge, for banners.
 */
export class StateViews {
  /** The container to add to the panel body. */
  public readonly node: View;
  private readonly _skeleton: View;
  /** The full views' placeholder rows (one node), or a banner's one row of nodes. */
  private readonly _rows: SkeletonRows | undefined;
  private readonly _compactRow: CompactRow | undefined;
  private readonly _captionBox: View;
  private readonly _loadingCaption: Text;
  private readonly _captionBar: View;
  private _parts: MessageParts | undefined;
  private _theme: ThemeTokens;
  private readonly _onRetry: () => void;
  private readonly _compact: boolean;
  private readonly _trailing: RowTrailing;
  private _state: PanelState = 'none';
  private _labels: PanelLabels;

  public constructor(theme: ThemeTokens, labels: PanelLabels, onRetry: () => void, options: StateViewsOptions = {}) {
    this._compact = options.compact ?? false;
    this._theme = theme;
    this._onRetry = onRetry;
    this._trailing = options.trailing ?? 'score';
    this._labels = labels;
    this.node = new View();
    this.node.name = 'states';
    this._skeleton = this.node.appendChild(new View());
    this._skeleton.name = 'state:loading';
    if (this._compact) {
      const row = this._skeleton.appendChild(new View());
      this._compactRow = { row, avatar: row.appendChild(new View()) };
      this._captionBox = row.appendChild(new View());
    } else {
      this._rows = this._skeleton.appendChild(new SkeletonRows());
      this._captionBox = this._skeleton.appendChild(new View());
    }
    this._loadingCaption = this._captionBox.appendChild(new Text(labels.loading));
    this._captionBar = this._captionBox.appendChild(new View());
    this.applyTheme(theme);
    this.show('loading');
  }

  /** The state on screen. */
  public get state(): PanelState {
    return this._state;
  }

  /** Switches the visible state (nodes are created once: the message view the first time a message shows). */
  public show(state: PanelState): void {
    this._state = state;
    const l = this._labels;
    this.node.setStyle({ display: state === 'none' ? 'none' : 'flex' });
    this._skeleton.setStyle({ display: state === 'loading' ? 'flex' : 'none' });
    const message = state === 'empty' || state === 'unauthorized' || state === 'error';
    const p = message ? this._message() : this._parts;
    if (p === undefined) return;
    p.message.setStyle({ display: message ? 'flex' : 'none' });
    if (state === 'empty') this._setMessage(p, l.empty, l.emptyHint);
    else if (state === 'unauthorized') this._setMessage(p, l.unauthorized, l.unauthorizedHint);
    else if (state === 'error') this._setMessage(p, l.error, l.errorHint);
    if (message) p.icon.show(ICONS[state]);
    // A banner is too narrow for the badge, the headline and Retry side by side: Retry is the
    // anchor there, and the headline keeps the room it needs.
    if (this._compact) p.icon.node.setStyle({ display: state === 'error' ? 'none' : 'flex' });
    p.retry.setStyle({ display: state === 'error' ? 'flex' : 'none' });
  }

  /** The message view, built and styled on first use (after the skeleton: the same order as always). */
  private _message(): MessageParts {
    if (this._parts !== undefined) return this._parts;
    const message = this.node.appendChild(new View());
    message.name = 'state:message';
    const spaceAbove = message.appendChild(new View());
    const icon = new StateIcon(this._theme, STATE_ICON_SIZE);
    message.appendChild(icon.node);
    const texts = message.appendChild(new View());
    const title = texts.appendChild(new BalancedText(''));
    title.name = 'stateTitle';
    const hint = texts.appendChild(new BalancedText(''));
    hint.name = 'stateHint';
    const onRetry = this._onRetry;
    const retry = message.appendChild(new Button({ label: this._labels.retry, onPress: () => onRetry() }));
    retry.name = 'retry';
    const spaceBelow = message.appendChild(new View());
    const parts: MessageParts = { message, spaceAbove, icon, texts, title, hint, retry, spaceBelow };
    this._parts = parts;
    this._styleMessage(this._theme, parts);
    return parts;
  }

  /** Replaces the strings in place. */
  public setLabels(labels: PanelLabels): void {
    this._labels = labels;
    this._loadingCaption.setText(labels.loading);
    this._parts?.retry.setProps({ label: labels.retry });
    this.show(this._state);
  }

  /** Restyles every node in place for new theme tokens. */
  public applyTheme(t: ThemeTokens): void {
    const compact = this._compact;
    this._theme = t;
    this.node.setStyle({ flexGrow: 1, flexShrink: 1, flexDirection: 'column', ...surfaceFill(t) });
    this._skeleton.setStyle({ flexGrow: 1, flexDirection: 'column', overflow: 'hidden' });
    this._rows?.configure({ theme: t, rows: SKELETON_ROWS, trailing: this._trailing });
    if (this._compactRow !== undefined) this._styleCompactRow(t, this._compactRow);
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
    if (this._parts !== undefined) this._styleMessage(t, this._parts);
  }

  private _styleCompactRow(t: ThemeTokens, r: CompactRow): void {
    r.row.setStyle({ ...rowStyle(t, false), flexGrow: 1, height: undefined });
    r.avatar.setStyle({ ...avatarStyle(t), backgroundColor: t.colors.skeleton, borderRadius: avatarBoxRadius(t) });
  }

  private _styleMessage(t: ThemeTokens, p: MessageParts): void {
    const m = t.metrics;
    if (this._compact) {
      p.message.setStyle({ ...stateBoxStyle(t), flexDirection: 'row', alignItems: 'center', paddingHorizontal: m.padding });
      p.spaceAbove.setStyle({ display: 'none' });
      p.spaceBelow.setStyle({ display: 'none' });
      p.icon.applyTheme(t, m.avatarSize);
      p.icon.node.setStyle({ marginRight: m.gap, marginBottom: 0 });
      p.texts.setStyle({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, justifyContent: 'center' });
      p.title.setStyle(bannerHeadlineStyle(t));
      p.hint.setStyle({ ...bannerDetailStyle(t), display: hintDisplay(p.hint) });
      p.retry.setStyle({ ...buttonStyle(t, 'idle'), marginLeft: m.gap, marginTop: 0 });
      styleRetry(t, p.retry, true);
      return;
    }
    p.message.setStyle(stateBoxStyle(t));
    p.spaceAbove.setStyle({ flexGrow: STATE_SPACE_ABOVE, flexShrink: 1, display: 'flex' });
    p.spaceBelow.setStyle({ flexGrow: STATE_SPACE_BELOW, flexShrink: 1, display: 'flex' });
    p.icon.applyTheme(t, STATE_ICON_SIZE);
    p.icon.node.setStyle({ marginRight: 0, marginBottom: m.padding });
    p.texts.setStyle(stateTextsStyle());
    p.title.setStyle(stateTitleStyle(t));
    p.hint.setStyle({ ...stateHintStyle(t), display: hintDisplay(p.hint) });
    p.retry.setStyle({
      ...buttonStyle(t, 'idle'),
      height: STATE_BUTTON_HEIGHT,
      minWidth: STATE_BUTTON_MIN_WIDTH,
      borderRadius: Math.min(t.metrics.buttonRadius, STATE_BUTTON_HEIGHT / 2),
      marginLeft: 0,
      marginTop: m.padding * 1.25,
    });
    styleRetry(t, p.retry, false);
  }

  private _setMessage(p: MessageParts, title: string, hint: string): void {
    p.title.setText(title);
    p.hint.setText(hint);
    p.hint.setStyle({ display: hintDisplay(p.hint) });
  }
}

/** A hint left empty by a game's labels takes no room under the headline. */
function hintDisplay(hint: Text): 'flex' | 'none' {
  return hint.text === '' ? 'none' : 'flex';
}

/** Retry's colours and label size (a banner's is smaller). */
function styleRetry(t: ThemeTokens, retry: Button, compact: boolean): void {
  retry.setProps(buttonProps(t, 'idle'));
  retry.label.setStyle({ color: buttonLabelColor(t, 'idle'), fontSize: compact ? t.font.sizeSmall + 1 : t.font.sizeBody });
}
