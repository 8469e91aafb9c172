/** Layout and tuning of the sample game, in the screen's logical px unless noted. */

/** The game's screen (matches the simulated phone). */
export const SCREEN = { width: 375, height: 667 } as const;

/** A rectangle in screen logical px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where list panels (leaderboard, share) are shown: a card over the dimmed game. */
export const LIST_VIEWPORT: Box = { x: 20, y: 96, width: 335, height: 476 };

/** Where the surpass banner is shown: under the score bar, over the running game. */
export const BANNER_VIEWPORT: Box = { x: 16, y: 64, width: 343, height: 72 };

/** Corner radius the game clips the shared canvas to. */
export const CARD_RADIUS = 18;

/** The close button of list panels (centre and radius), above the card's top-right corner. */
export const CLOSE_BUTTON = { x: LIST_VIEWPORT.x + LIST_VIEWPORT.width - 16, y: LIST_VIEWPORT.y - 22, r: 15 } as const;

/** The bottom bar buttons. */
export const BUTTONS: ReadonlyArray<{ readonly panel: 'leaderboard' | 'share' | 'surpass'; readonly label: string; readonly box: Box }> = [
  { panel: 'leaderboard', label: 'Friends', box: { x: 16, y: 596, width: 108, height: 48 } },
  { panel: 'share', label: 'Invite', box: { x: 133, y: 596, width: 109, height: 48 } },
  { panel: 'surpass', label: 'Rivals', box: { x: 251, y: 596, width: 108, height: 48 } },
];

/** The ground line the hero hops on. */
export const GROUND_Y = 560;

/** Points a hop earns. */
export const POINTS_PER_HOP = 250;

/** A touch that moves less than this is a tap, in logical px. */
export const TAP_SLOP_PX = 10;

/** Hop height, in logical px, and duration, in ms. */
export const HOP = { height: 90, durationMs: 520 } as const;

/** Wheel `deltaMode` line height used to convert line deltas to px. */
export const WHEEL_LINE_PX = 16;

/** Card image the share panel attaches to each direct message (a local path: the demo has no network). */
export const SHARE_CARD_URL = 'https://example.com/sky-hopper/share-card.png';

/** Panels the game opens. */
export type GamePanel = 'leaderboard' | 'share' | 'surpass' | 'diagnostics';

/** A size in px. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Cocos Creator 3 `SubContextView` sizes the shared canvas to its design resolution (640×960 by
 * default) and shows it "show all" in the node (../shared/PLATFORM.md). The game keeps the default for
 * list panels (so the card shows the letterbox), and a banner-shaped one (2× the banner) for surpass.
 */
export const COCOS_DESIGN_RESOLUTION: Readonly<Record<'list' | 'banner', Size>> = {
  list: { width: 640, height: 960 },
  banner: { width: 686, height: 144 },
};

/**
 * LayaAir 3 `OpenDataContextView` sizes the shared canvas to the component's size in stage (design)
 * units. The game's stage is 750 wide on the 375-px screen, so a component covering a rect of the screen
 * is this many times its logical size.
 */
export const LAYA_DESIGN_SCALE = 2;
