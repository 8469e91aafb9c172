import type { FriendDataSnapshot, Panel, PanelContext, PanelDefinition, PlainObject, ShareToUserOptions, ThemeTokens } from '../../src/index.js';
import { FriendListBody, stateOf } from '../shared/FriendListBody.js';
import type { FriendRow, RowData } from '../shared/FriendRow.js';
import { BUTTON_MIN_WIDTH } from '../shared/constants.js';
import { PanelFitter } from '../shared/PanelFitter.js';
import { PanelFrame } from '../shared/PanelFrame.js';
import { nameMinWidth, rowTextMeasure } from '../shared/rowFonts.js';
import { sameLabels } from '../shared/PanelLabels.js';
import { readShareOptions } from './ShareOptions.js';
import type { ResolvedShareOptions } from './ShareOptions.js';
import { ShareTracker } from './ShareTracker.js';

/**
 * The friend share list: one Share button per friend. A tap calls `shareToUser` synchronously
 * inside the tap (platforms reject shares that are not user initiated); the button then shows
 * sending, and sent (disabled for the rest of the panel's life) or failed (tap to retry). On clients
 * without `shareToUser` every button is replaced by an "update TikTok" note.
 */
class SharePanel implements Panel {
  private _options: ResolvedShareOptions;
  private readonly _frame: PanelFrame;
  private readonly _body: FriendListBody;
  private readonly _tracker: ShareTracker;
  private readonly _fitter: PanelFitter;
  private _indexOf = new Map<string, number>();
  /** What the list shows now, to skip rebuilding when a data change does not touch it. */
  private _shown: { friends: FriendDataSnapshot['friends']; selfOpenid: string | undefined } | undefined;

  public constructor(private readonly _ctx: PanelContext, raw: PlainObject) {
    this._options = this._read(raw);
    const theme = _ctx.theme();
    const labels = this._options.labels;
    this._frame = new PanelFrame(_ctx.root, theme, labels.title);
    this._frame.node.name = 'share';
    this._body = new FriendListBody(this._frame.body, theme, labels, {
      trailing: 'share',
      onRetry: () => _ctx.refresh(),
      onShare: (row) => this._share(row),
    });
    this._body.setShareAvailable(_ctx.share !== undefined);
    // Button states are keyed by openid; a change rebinds the visible rows in place.
    // A button state change rebinds that friend's row only (O(1)), never the whole list.
    this._tracker = new ShareTracker(
      (openid) => this._body.refreshRow(this._indexOf.get(openid) ?? -1),
      (openid, err) => _ctx.warn(`friendcanvas: share failed; the row offers Retry (${describeShareError(err, openid)})`),
    );
    this._fitter = new PanelFitter(_ctx.root, theme, () => this._refit());
    this._sync(_ctx.data());
  }

  /** New options: the card fields apply to the next share; rows are touched only when the labels changed. */
  public update(raw: PlainObject): void {
    const labels = this._options.labels;
    this._options = this._read(raw);
    if (!sameLabels(labels, this._options.labels)) {
      this._frame.setTitle(this._options.labels.title);
      this._body.setLabels(this._options.labels);
    }
    this._sync(this._ctx.data());
  }

  public onDataChange(data: FriendDataSnapshot): void {
    this._sync(data);
  }

  public onThemeChange(theme: ThemeTokens): void {
    this._fitter.setTheme(theme);
    this._refit();
  }

  /** Fits rows to the panel's width (see `fitRow`): the name keeps four characters beside the button. */
  private _refit(): void {
    const minName = nameMinWidth(rowTextMeasure(this._ctx.root, this._fitter.baseTheme));
    const { fit, themeChanged } = this._fitter.fit({ rankWidth: 0, trailingWidth: BUTTON_MIN_WIDTH, columnWidths: [], nameMinWidth: minName });
    if (!themeChanged) return;
    this._frame.applyTheme(fit.theme);
    this._body.applyTheme(fit.theme);
  }

  public scrollTo(target: 'top' | 'self', animated: boolean): void {
    // The player is not in their own share list: both targets mean the top.
    if (target === 'top' || target === 'self') this._body.list.scrollTo(0, animated);
  }

  public destroy(): void {
    this._tracker.dispose();
    this._fitter.destroy();
    this._frame.destroy();
  }

  private _read(raw: PlainObject): ResolvedShareOptions {
    const options = readShareOptions(raw, (m) => this._ctx.warn(m));
    if (options.imageUrl === '' && this._ctx.share !== undefined) {
      this._ctx.warn('friendcanvas: share: option "imageUrl" is missing; shareToUser requires a card image');
    }
    return options;
  }

  /** Runs synchronously inside the button's tap. */
  private _share(row: FriendRow): void {
    const send = this._ctx.share;
    const openid = row.data?.friend.openid;
    if (send === undefined || openid === undefined) return;
    const o = this._options;
    const opts: ShareToUserOptions = { openid, imageUrl: o.imageUrl };
    if (o.title !== undefined) opts.title = o.title;
    if (o.subtitle !== undefined) opts.subtitle = o.subtitle;
    if (o.templateType !== undefined) opts.templateType = o.templateType;
    this._tracker.request(openid, () => send(opts));
  }

  private _sync(data: FriendDataSnapshot): void {
    const state = stateOf(data);
    this._frame.setCaption(state === 'ready' && data.refreshing ? this._options.labels.refreshing : undefined);
    if (state !== 'ready') {
      this._shown = undefined;
      this._body.showState(state);
      return;
    }
    // A `score` message or a refresh flag changes nothing in this list: skip the O(n) rebuild.
    const shown = this._shown;
    if (shown !== undefined && shown.friends === data.friends && shown.selfOpenid === data.selfOpenid) return;
    this._shown = { friends: data.friends, selfOpenid: data.selfOpenid };
    // Nobody sends a card to themselves.
    const friends = data.selfOpenid === undefined ? data.friends : data.friends.filter((f) => f.openid !== data.selfOpenid);
    const index = new Map<string, number>();
    for (let i = 0; i < friends.length; i++) index.set(friends[i]!.openid, i);
    this._indexOf = index;
    const tracker = this._tracker;
    this._body.setSource(friends.length, (i): RowData | undefined => {
      const friend = friends[i];
      return friend === undefined ? undefined : { friend, rank: undefined, scoreText: '', isSelf: false, shareState: tracker.state(friend.openid) };
    });
  }
}

/** The `share` panel definition: friends with a Share button each. */
export const sharePanel: PanelDefinition = Object.freeze({
  name: 'share',
  keys: (): string[] => [],
  create: (context: PanelContext, options: PlainObject): Panel => new SharePanel(context, options),
});

/** The reason a share failed, for the developer's console; the friend's openid is never printed. */
function describeShareError(err: unknown, openid: string): string {
  const message = err instanceof Error ? err.message : 'unknown error';
  return openid === '' ? message : message.split(openid).join('…');
}
