/**
 * Every string a prebuilt panel draws. Games localise by sending a `labels` object in the `show`
 * options; missing keys keep the English defaults. `{name}` and `{n}` are replaced where noted.
 */
export interface PanelLabels {
  /** Title bar text (leaderboard, share). */
  title: string;
  /** Caption under the skeleton rows while friends load. */
  loading: string;
  /** Empty state headline. */
  empty: string;
  /** Empty state hint. */
  emptyHint: string;
  /** Not-authorised state headline. */
  unauthorized: string;
  /** Not-authorised state hint. */
  unauthorizedHint: string;
  /** Error state headline. */
  error: string;
  /** Error state hint. */
  errorHint: string;
  /** Error state button (also the app's error state, shown when a panel's code failed). */
  retry: string;
  /** The app's error state, shown in place of a panel whose code failed (with Retry). */
  panelError: string;
  /** Share button, idle. */
  share: string;
  /** Share button while the card is being sent. */
  sending: string;
  /** Share button once sent. */
  sent: string;
  /** Share button after a failed send (tap to try again). */
  shareRetry: string;
  /** Shown beside the Retry button after a failed send. */
  shareFailed: string;
  /** Replaces the share buttons on clients without `shareToUser`. */
  updateToShare: string;
  /** Name shown for a friend who has not shared a name. */
  placeholderName: string;
  /** Name shown for the player's own entry when the list has no name for them. */
  you: string;
  /** Score column of friends without a valid score. */
  /** Caption of the score over the extra columns (leaderboard `columns`). */
  scoreColumn: string;
  noScore: string;
  /** Small indicator while a refresh runs with the old list on screen. */
  refreshing: string;
  /** Surpass headline; `{name}` is the friend to beat. */
  beat: string;
  /** Surpass gap for plain integer scores; `{n}` is the formatted gap. */
  pointsToGo: string;
  /** Surpass gap for time and unit formats; `{n}` is the formatted gap (e.g. "0:01.250"). */
  toGo: string;
  /** Surpass state when nobody is ahead. */
  ahead: string;
  /** Surpass state when the player has no score yet. */
  noSelfScore: string;
}

/** English defaults shared by every panel (each panel overrides `title`). */
export const DEFAULT_LABELS: Readonly<PanelLabels> = Object.freeze({
  title: 'Friends',
  loading: 'Loading friends…',
  empty: 'No friends playing yet',
  emptyHint: 'Invite friends to play and compare scores.',
  unauthorized: 'Connect your friends',
  unauthorizedHint: 'Allow friend access in the game to see and compare scores.',
  error: "Couldn't load friends",
  errorHint: 'Check your connection and try again.',
  retry: 'Retry',
  panelError: 'Something went wrong.',
  share: 'Share',
  sending: 'Sending…',
  sent: 'Sent',
  shareRetry: 'Retry',
  shareFailed: 'Not sent',
  updateToShare: 'Update TikTok to share',
  placeholderName: 'TikTok Player',
  you: 'You',
  scoreColumn: 'Score',
  noScore: '—',
  refreshing: 'Updating…',
  beat: 'Beat {name}',
  pointsToGo: '{n} points to go',
  toGo: '{n} to go',
  ahead: "You're ahead of all your friends!",
  noSelfScore: 'Play a round to see who to beat',
});

/** True when two label sets draw the same strings (a re-sent `show` then restyles nothing). */
export function sameLabels(a: Readonly<PanelLabels>, b: Readonly<PanelLabels>): boolean {
  for (const key of Object.keys(DEFAULT_LABELS) as Array<keyof PanelLabels>) if (a[key] !== b[key]) return false;
  return true;
}
